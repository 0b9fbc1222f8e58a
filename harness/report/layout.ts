// The shell every page of the report shares, and the one way they become HTML.
import type { ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';

export const STYLESHEET = 'report.css';

export interface PageParts {
  title: string;
  /** Links in the page's header after the report's name. */
  nav?: ElementContent[];
  main: ElementContent[];
  /** A small inline script (the index's sorting and filtering). */
  script?: string;
}

export function renderPage(parts: PageParts): string {
  const root: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'en' }, [
        h('head', [
          h('meta', { charset: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('meta', { name: 'color-scheme', content: 'light dark' }),
          h('title', parts.title),
          h('link', { rel: 'stylesheet', href: STYLESHEET }),
        ]),
        h('body', [
          h('a.skip', { href: '#main' }, 'Skip to content'),
          h('header.site', [h('nav', { ariaLabel: 'Report' }, [h('a', { href: 'index.html' }, 'Conformance report'), ...(parts.nav ?? [])])]),
          h('main#main', parts.main),
          ...(parts.script ? [h('script', parts.script)] : []),
        ]),
      ]),
    ],
  };
  return `${unified().use(rehypeStringify).stringify(root)}\n`;
}
