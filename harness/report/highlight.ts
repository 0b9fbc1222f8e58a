// MoonBit highlighting with Shiki: only the MoonBit grammar and two themes
// are loaded, with Shiki's JavaScript regular-expression engine (no
// WebAssembly). Each token gets inline colours for both themes, the dark one
// as a CSS variable that the stylesheet switches to under
// `prefers-color-scheme: dark`, so a page needs nothing at view time.
import type { Element } from 'hast';
import { createHighlighterCore } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';

export interface HighlightOptions {
  /** The doc line of the code's first line: lines are numbered from it (a CSS counter). */
  firstLine: number;
  /** Doc lines to mark (a failure or a refusal points there). */
  flagged: ReadonlySet<number>;
}

export type Highlight = (code: string, options?: HighlightOptions) => Element;

export async function loadHighlighter(): Promise<Highlight> {
  const highlighter = await createHighlighterCore({
    langs: [import('shiki/langs/moonbit.mjs')],
    themes: [import('shiki/themes/github-light-default.mjs'), import('shiki/themes/github-dark-default.mjs')],
    engine: createJavaScriptRegexEngine(),
  });
  return (code, options) => {
    const root = highlighter.codeToHast(code, {
      lang: 'moonbit',
      themes: { light: 'github-light-default', dark: 'github-dark-default' },
      transformers: options ? [{
        pre(pre) {
          pre.properties.style = `${pre.properties.style ?? ''};counter-reset:doc-line ${options.firstLine - 1}`;
        },
        line(line, n) {
          if (options.flagged.has(options.firstLine + n - 1)) this.addClassToHast(line, 'flagged');
        },
      }] : [],
    });
    const pre = root.children[0];
    if (pre?.type !== 'element') throw new Error('Shiki returned no <pre> element');
    return pre;
  };
}
