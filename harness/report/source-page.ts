// A doc's source, line by line, each line an anchor (`#L12`) that the
// verdicts link to; the line where a block starts ends with its verdict.
import { h } from 'hastscript';
import { renderPage } from './layout.ts';
import type { DocResult } from './model.ts';
import { badge, text } from './parts.ts';

export function renderSourcePage(doc: DocResult, source: string): string {
  const starts = new Map(doc.blocks.map((b) => [b.line, b]));
  const lines = source.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return renderPage({
    title: `${doc.file} (source)`,
    nav: [text(' › '), h('a', { href: doc.page }, doc.file), text(' › source')],
    main: [
      h('h1', [h('code', doc.file)]),
      h('pre.source', { tabIndex: 0 }, [h('code', lines.map((line, i) => {
        const n = i + 1;
        const block = starts.get(n);
        return h('span.src-line', { id: `L${n}`, dataLine: String(n) }, [
          line,
          ...(block ? [h('a.src-verdict', { href: `${doc.page}#L${n}` }, [badge(block.verdict)])] : []),
          '\n',
        ]);
      }))]),
    ],
  });
}
