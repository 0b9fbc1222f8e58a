// The literal forms --update writes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { contentValue, stringLiteral, writable } from '../../../harness/update/format.ts';
import { parseExpression } from '../../../harness/syntax/index.ts';

const SPECIAL = ['\n', '\r', '\t', '\b', '"', '\\', '\u0000', '\u001f', '\u007f', '\\{', '#|', '$|', '\ud800', '\udc00', '😀', ' '];
const text = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...SPECIAL),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 30,
});

function valueOf(source: string): string {
  const e = parseExpression(source) as { kind: string; value?: string; inner?: unknown };
  assert.equal(e.kind, 'StringLit', `${JSON.stringify(source)} parsed as ${e.kind}`);
  return e.value!;
}

test('single-line literals use MoonBit escapes', () => {
  assert.equal(stringLiteral('a"b\\c\n\t\r\b\u0001\u007f'), '"a\\"b\\\\c\\n\\t\\r\\b\\u{01}\\u{7f}"');
  assert.equal(stringLiteral('\ud83d\ude00'), '"\ud83d\ude00"');
  assert.equal(writable('\ud83d\ude00'), true);
  assert.equal(writable('a\ud800x'), false);
  assert.equal(writable('\udc00'), false);
});

test('multi-line values use #| lines at the call indentation plus two', () => {
  assert.equal(contentValue('a\n\nb\n', { prefix: '> ', indent: '  ', eol: '\r\n' }), '(\r\n>     #|a\r\n>     #|\r\n>     #|b\r\n>     #|\r\n>   )');
  assert.equal(contentValue('a\rb\nc', { prefix: '', indent: '', eol: '\n' }), '"a\\rb\\nc"', 'a CR cannot stand in a raw line');
});

test('every value round-trips through the parser', () => {
  fc.assert(
    fc.property(text, fc.constantFrom('\n', '\r\n'), fc.constantFrom('', '  ', '\t'), (s, eol, indent) => {
      if (!writable(s)) {
        assert.throws(() => valueOf(stringLiteral(s)), /not a Unicode scalar value/);
        return;
      }
      const literal = contentValue(s, { prefix: '', indent, eol });
      assert.equal(valueOf(literal), s);
    }),
    { numRuns: 500 },
  );
});
