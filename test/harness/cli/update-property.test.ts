// Property: for random docs (inspect calls over Int/String/Bool values with
// missing, right or wrong content, LF or CRLF, blocks at top level, in lists
// and in block quotes), `--update` then a plain run passes, and a second
// `--update` changes no byte (the files are not even rewritten).
//
// One property run (a fresh seed each time) writes a batch of docs, each with
// up to six blocks, to one folder and spawns the CLI three times for all of
// them: every CLI run costs two processes plus one per doc (node:test isolates
// each module), so one run with a batch keeps the test time modest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { runCli, tempDir } from './helpers.ts';

/** MoonBit string literal, written independently of harness/update/format.ts. */
function lit(s: string): string {
  return `"${[...s].map((ch) => {
    switch (ch) {
      case '\\': return '\\\\';
      case '"': return '\\"';
      case '\n': return '\\n';
      case '\t': return '\\t';
      case '\r': return '\\r';
    }
    const c = ch.codePointAt(0)!;
    return c < 0x20 ? `\\u{${c.toString(16).padStart(2, '0')}}` : ch;
  }).join('')}"`;
}

type Value = { src: string; shown: string };
const intValue = fc.integer({ min: -100000, max: 100000 }).map((n): Value => ({ src: String(n), shown: String(n) }));
const boolValue = fc.boolean().map((b): Value => ({ src: String(b), shown: String(b) }));
const text = fc.string({ unit: fc.oneof({ weight: 6, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) }, fc.constantFrom('\n', '\t', '\r', '"', '\\', 'é', '😀', '#|', '\u0001')), maxLength: 12 });
const stringValue = text.map((s): Value => ({ src: lit(s), shown: s }));
const value = fc.oneof(intValue, boolValue, stringValue);

type Content = { kind: 'missing' } | { kind: 'right' } | { kind: 'wrong'; text: string; multiline: boolean };
const content: fc.Arbitrary<Content> = fc.oneof(
  fc.constant<Content>({ kind: 'missing' }),
  fc.constant<Content>({ kind: 'right' }),
  fc.record({ kind: fc.constant('wrong' as const), text, multiline: fc.boolean() }),
);
const shape = fc.constantFrom('plain', 'trailing-comma', 'split');

const call = fc.record({ value, content, shape });
const block = fc.array(call, { minLength: 1, maxLength: 5 });
const container = fc.constantFrom('none', 'list', 'ordered', 'quote', 'nested');
const docArb = fc.record({ eol: fc.constantFrom('\n', '\r\n'), blocks: fc.array(fc.record({ container, calls: block }), { minLength: 2, maxLength: 6 }) });

type Call = { value: Value; content: Content; shape: string };

function callLines(c: Call): string[] {
  let arg = '';
  if (c.content.kind === 'right') arg = `, content=${lit(c.value.shown)}`;
  if (c.content.kind === 'wrong') {
    const wrong = c.content.text === c.value.shown ? `${c.content.text}x` : c.content.text;
    arg = c.content.multiline && !/[\r\n\u0001]/.test(wrong)
      ? `, content=(\n  #|${wrong}\n  #|second\n)`
      : `, content=${lit(wrong)}`;
  }
  switch (c.shape) {
    case 'trailing-comma':
      return `inspect(${c.value.src}${arg},)`.split('\n');
    case 'split':
      return ['inspect(', `  ${c.value.src}${arg.replace(/^, /, ',\n  ')},`, ')'].join('\n').split('\n');
    default:
      return `inspect(${c.value.src}${arg})`.split('\n');
  }
}

type Doc = typeof docArb extends fc.Arbitrary<infer T> ? T : never;

function render(d: Doc): string {
  const out: string[] = ['# Random doc', ''];
  d.blocks.forEach((b, i) => {
    const code = ['```mbt test', ...b.calls.flatMap(callLines), '```'];
    out.push(`Block ${i}:`, '');
    switch (b.container) {
      case 'none':
        out.push(...code);
        break;
      case 'list':
        out.push('- item', '', ...code.map((l) => `  ${l}`));
        break;
      case 'ordered':
        out.push('1. item', '', ...code.map((l) => `   ${l}`));
        break;
      case 'quote':
        out.push(...code.map((l) => `> ${l}`));
        break;
      case 'nested':
        out.push('> - item', '>', ...code.map((l) => `>   ${l}`));
        break;
    }
    out.push('');
  });
  return out.join(d.eol);
}

test('random docs: --update, then the plain run passes and a second --update changes nothing', { timeout: 120_000 }, async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(docArb, { minLength: 4, maxLength: 4 }), async (docs) => {
      const dir = tempDir('doctest-prop-');
      const files = docs.map((d, i) => {
        const file = join(dir, `doc${String(i).padStart(2, '0')}.md`);
        writeFileSync(file, render(d));
        return file;
      });
      const first = await runCli(['--update', dir]);
      assert.equal(first.code, 0, `--update failed:\n${first.stdout}\n${first.stderr}`);
      const plain = await runCli([dir]);
      assert.equal(plain.code, 0, `plain run after --update failed:\n${plain.stdout}\n${plain.stderr}`);
      const bytes = files.map((f) => readFileSync(f));
      const stats = files.map((f) => statSync(f));
      docs.forEach((d, i) => {
        const s = bytes[i]!.toString('utf8');
        if (d.eol === '\r\n') assert.doesNotMatch(s, /(?<!\r)\n/, `${files[i]} keeps CRLF`);
        else assert.doesNotMatch(s, /\r/, `${files[i]} stays LF`);
      });
      const second = await runCli(['--update', dir]);
      assert.equal(second.code, 0, second.stderr);
      files.forEach((f, i) => {
        assert.deepEqual(readFileSync(f), bytes[i], `${f} changed on the second --update`);
        assert.equal(statSync(f).mtimeMs, stats[i]!.mtimeMs, `${f} rewritten on the second --update`);
      });
    }),
    { numRuns: 1, endOnFailure: true },
  );
});
