// A doc's Markdown as a syntax tree (remark with GitHub's extensions: tables,
// task lists, footnotes, strikethrough, autolinks), parsed once and used both
// for its headings and for its page.
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { blankFrontMatter } from '../markdown/front-matter.ts';

const parser = unified().use(remarkParse).use(remarkGfm);

/** Front matter is not Markdown: its lines parse as blank ones, so positions stay the doc's. */
export function parseMarkdown(source: string): Root {
  return parser.parse(blankFrontMatter(source));
}

/** The text of the nearest heading starting before each line. */
export function headingLookup(tree: Root): (line: number) => string | null {
  const headings: { line: number; text: string }[] = [];
  const visit = (node: Root | Root['children'][number]): void => {
    if (node.type === 'heading' && node.position) headings.push({ line: node.position.start.line, text: toString(node) });
    else if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return (line) => headings.filter((x) => x.line < line).at(-1)?.text ?? null;
}
