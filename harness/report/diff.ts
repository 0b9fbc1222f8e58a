// An `inspect` mismatch as a line diff: `-` lines hold the expected content,
// `+` lines the actual rendering, and within a changed line the characters
// that differ are marked, so the difference reads without colour too.
import { diffArrays, diffChars } from 'diff';
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';

export function inspectDiff(expected: string | null, actual: string): Element {
  const lines: ElementContent[] = [];
  // Whole lines, so that a trailing newline shows as an empty last line.
  const parts = diffArrays(expected === null ? [] : expected.split('\n'), actual.split('\n'));
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const next = parts[i + 1];
    if (part.removed && next?.added) {
      const before = part.value;
      const after = next.value;
      // Lines changed one for one: mark the characters; otherwise whole lines.
      const paired = before.length === after.length;
      before.forEach((line, j) => lines.push(changed('del', line, paired ? after[j]! : undefined)));
      after.forEach((line, j) => lines.push(changed('ins', line, paired ? before[j]! : undefined)));
      i++;
      continue;
    }
    for (const line of part.value) {
      lines.push(part.removed ? changed('del', line) : part.added ? changed('ins', line) : h('span.same', `  ${line}\n`));
    }
  }
  return h('div.diff', [
    h('p.diff-legend', [
      h('span.legend-del', '- expected'),
      expected === null ? ' (no content given) ' : ' ',
      h('span.legend-ins', '+ actual'),
    ]),
    h('pre', [h('code', lines)]),
  ]);
}

/** One removed or added line; `other` is the line it replaces, to mark what differs. */
function changed(tag: 'del' | 'ins', line: string, other?: string): Element {
  const sign = tag === 'del' ? '- ' : '+ ';
  if (other === undefined) return h(tag, `${sign}${line}\n`);
  const pieces = tag === 'del' ? diffChars(line, other) : diffChars(other, line);
  const content: ElementContent[] = [{ type: 'text', value: sign }];
  for (const p of pieces) {
    if (tag === 'del' ? p.added : p.removed) continue;
    const differs = tag === 'del' ? p.removed : p.added;
    content.push(differs ? h('mark', p.value) : { type: 'text', value: p.value });
  }
  content.push({ type: 'text', value: '\n' });
  return h(tag, content);
}
