// A doc's page: its Markdown rendered with unified (remark-rehype,
// rehype-slug, rehype-stringify), each MoonBit block highlighted and shown
// beside its verdict, its duration, a link to its line in the source, and
// what went wrong: a diff for each failed `inspect`, the message of a raised
// error, the located reason of a refusal.
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { h } from 'hastscript';
import type { Code, Root } from 'mdast';
import rehypeSlug from 'rehype-slug';
import remarkRehype, { defaultHandlers, type Options } from 'remark-rehype';
import { unified } from 'unified';
import { inspectDiff } from './diff.ts';
import type { Highlight } from './highlight.ts';
import { renderPage } from './layout.ts';
import type { BlockResult, DocResult, TestResult } from './model.ts';
import { badge, formatDuration, text, total } from './parts.ts';
import { SHOWN, VERDICTS } from './verdicts.ts';

type CodeHandler = NonNullable<NonNullable<Options['handlers']>['code']>;

export function renderDocPage(doc: DocResult, tree: Root, highlight: Highlight): string {
  const blocks = new Map(doc.blocks.map((b) => [b.line, b]));
  const code: CodeHandler = (state, node: Code) => {
    if (node.lang !== 'mbt' && node.lang !== 'moonbit') return defaultHandlers.code(state, node);
    const block = blocks.get(node.position?.start.line ?? -1);
    if (!block) return highlight(node.value);
    const flagged = new Set([...block.diagnostics.map((d) => d.line), ...block.tests.flatMap((t) => t.failures.map((f) => f.line))]);
    const pre = highlight(node.value, { firstLine: block.line + 1, flagged });
    return blockFigure(doc, block, pre, [node.lang, node.meta].filter(Boolean).join(' '));
  };
  // Headings get GitHub's ids, so that the doc's own `#section` links work.
  const content = unified().use(remarkRehype, { handlers: { code } }).use(rehypeSlug).runSync(tree) as HastRoot;
  const hasTitle = tree.children.some((n) => n.type === 'heading' && n.depth === 1);
  return renderPage({
    title: `${doc.file}: conformance report`,
    nav: [text(' › '), h('a', { href: doc.sourcePage }, `${doc.file} (source)`)],
    main: [
      h('section.doc-summary', { ariaLabel: 'Verdicts of this doc' }, [
        h('p', [h('code', doc.file), `: ${total(doc.counts)} block${total(doc.counts) === 1 ? '' : 's'}`]),
        h('ul.counts', VERDICTS.filter((v) => doc.counts[v] > 0).map((v) => h('li', [badge(v), `: ${doc.counts[v]}`]))),
      ]),
      h('article.doc', [...(hasTitle ? [] : [h('h1', doc.file)]), ...(content.children as ElementContent[])]),
    ],
  });
}

function blockFigure(doc: DocResult, block: BlockResult, pre: Element, info: string): Element {
  // The page names the doc's path once; its links name the file and line.
  const name = doc.file.slice(doc.file.lastIndexOf('/') + 1);
  const at = (line: number, column?: number) =>
    h('a', { href: `${doc.sourcePage}#L${line}`, title: `${doc.file}:${line}` }, `${name}:${line}${column === undefined ? '' : `:${column}`}`);
  const caption: ElementContent[] = [
    h('p.verdict-line', [
      badge(block.verdict),
      h('span.sep', { ariaHidden: 'true' }, ' · '),
      at(block.line),
      h('span.sep', { ariaHidden: 'true' }, ' · '),
      h('code.info', info),
      ...(block.tests.length ? [h('span.sep', { ariaHidden: 'true' }, ' · '), h('span.duration', formatDuration(block.duration))] : []),
    ]),
  ];
  if (block.reason) caption.push(h('p.reason', block.reason));
  if (block.diagnostics.length) {
    caption.push(h('ul.diagnostics', block.diagnostics.map((d) => h('li', [
      h('span.visually-hidden', 'Refused at '), at(d.line, d.column), h('pre.message', d.message),
    ]))));
  }
  // One test: its details are the block's. Several (`mbt check`): each is listed.
  if (block.tests.length === 1) caption.push(...testDetails(block.tests[0]!, at));
  else if (block.tests.length > 1) {
    caption.push(h('ol.tests', block.tests.map((t) => h(`li.${SHOWN[t.verdict].className}`, [
      h('p', [badge(t.verdict), ' ', h('span.test-name', testLabel(t, doc.file)), h('span.sep', { ariaHidden: 'true' }, ' · '), at(t.line), h('span.sep', { ariaHidden: 'true' }, ' · '), h('span.duration', formatDuration(t.duration))]),
      ...testDetails(t, at),
    ]))));
  }
  return h(`figure.block.${SHOWN[block.verdict].className}`, { id: `L${block.line}` }, [
    h('div.block-code', [pre]),
    h('figcaption.block-verdict', caption),
  ]);
}

/** What went wrong in a test: a diff per failed `inspect`, otherwise the error's message. */
function testDetails(test: TestResult, at: (line: number, column?: number) => Element): ElementContent[] {
  if (test.verdict === 'refused' || test.verdict === 'passed') return [];
  if (test.failures.length) {
    return test.failures.map((f) => h('div.failure', [h('p', ['inspect at ', at(f.line, f.column)]), inspectDiff(f.expected, f.actual)]));
  }
  return test.error === undefined ? [] : [h('pre.message', test.error)];
}

/** A test's name without the doc location it starts with (shown as a link beside it). */
function testLabel(test: TestResult, file: string): string {
  const prefix = `${file}:${test.line}`;
  const rest = test.name.startsWith(prefix) ? test.name.slice(prefix.length).trim() : test.name;
  return rest.includes('›') ? rest.slice(rest.lastIndexOf('›') + 1).trim() : rest || test.name;
}
