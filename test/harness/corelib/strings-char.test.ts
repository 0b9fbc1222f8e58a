// Char entries of the core library table. Every expected value below was
// printed by the real MoonBit compiler and core (/tmp/moonbit-oracle) for
// the same call, then copied here; none is typed from memory.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import mod from '../../../harness/corelib/builtin/char.ts';
import { Hasher } from '../../../harness/runtime/hasher.ts';
import { caller, cp, cps, methods, panics, shown } from './strings-helpers.ts';

const call = caller(mod);
const each = (key: string, chars: number[], ...args: unknown[]) => chars.map((c) => call(key, c, ...args));

test('ASCII classes', () => {
  assert.equal(call('Char::is_ascii', cp('A')), true);
  assert.equal(call('Char::is_ascii', cp('λ')), false);
  assert.equal(call('Char::is_ascii_alphabetic', cp('Z')), true);
  assert.equal(call('Char::is_ascii_alphabetic', cp('1')), false);
  assert.equal(call('Char::is_ascii_uppercase', cp('A')), true);
  assert.equal(call('Char::is_ascii_lowercase', cp('A')), false);
  assert.equal(call('Char::is_ascii_digit', cp('5')), true);
  assert.equal(call('Char::is_ascii_hexdigit', cp('G')), false);
  assert.equal(call('Char::is_ascii_octdigit', cp('8')), false);
  assert.deepEqual(each('Char::is_ascii_punctuation', cps('!/:@[`{~a')), [true, true, true, true, true, true, true, true, false]);
  assert.deepEqual(each('Char::is_ascii_graphic', [0x20, 0x21, 0x7e, 0x7f]), [false, true, true, false]);
  assert.deepEqual(each('Char::is_ascii_control', [0x7f, 0x1f, 0x20]), [true, true, false]);
  assert.deepEqual(each('Char::is_ascii_whitespace', [0x0b, 0x0c, 0x20, 0x85]), [true, true, true, false]);
});

test('is_digit by radix; a radix outside 2..36 panics', () => {
  assert.deepEqual(each('Char::is_digit', cps('09azAZgG'), 16), [true, true, true, false, true, false, false, false]);
  assert.deepEqual(each('Char::is_digit', cps('09azAZ'), 36), [true, true, true, true, true, true]);
  assert.deepEqual(each('Char::is_digit', cps('012'), 2), [true, true, false]);
  assert.equal(call('Char::is_digit', cp('5'), 6), true);
  assert.equal(call('Char::is_digit', cp('6'), 6), false);
  panics(() => call('Char::is_digit', cp('1'), 1));
  panics(() => call('Char::is_digit', cp('1'), 37));
});

test('Unicode classes', () => {
  assert.deepEqual(each('Char::is_whitespace', [0x85, 0xa0, 0x3000, 0x0b, 0x61, 0x2028, 0xfeff]), [
    true, true, true, true, false, true, false,
  ]);
  assert.deepEqual(each('Char::is_numeric', [cp('5'), cp('²'), cp('٣'), cp('①'), cp('a'), 0x1fbf9]), [
    true, true, true, true, false, true,
  ]);
  assert.deepEqual(each('Char::is_control', [0x9f, 0xa0, 0x7f]), [true, false, true]);
  assert.deepEqual(each('Char::is_printable', [cp('a'), 0xad, 0xe000, 0xfdd0, 0x10fffe, cp('😀'), 0x2029]), [
    true, false, false, false, false, true, false,
  ]);
});

test('conversions', () => {
  assert.equal(call('Char::to_int', cp('a')), 97);
  assert.equal(call('Char::to_uint', cp('😀')), 128512);
  assert.equal(call('Char::utf16_len', cp('😀')), 2);
  assert.equal(call('Char::utf16_len', cp('a')), 1);
  assert.equal(call('Char::is_bmp', cp('😀')), false);
  assert.equal(call('Char::to_ascii_uppercase', cp('a')), cp('A'));
  assert.equal(call('Char::to_ascii_uppercase', cp('é')), cp('é'));
  assert.equal(call('Char::to_ascii_lowercase', cp('Q')), cp('q'));
  assert.equal(call('Char::from_int', 98), 98);
});

test('Show quotes and escapes; to_string is the char itself', () => {
  const show = methods(mod, 'Show for Char');
  const rendered = [0x27, 0x5c, 0x0a, 0x0d, 0x08, 0x09, 0x00, 0x1f, 0x7f, 0x80, 0x9f, 0xa0, 0xad, cp('é'), cp('😀'), 0x200b, 0x2028, 0xe000, 0xfffe, 0x10ffff, 0x22, 0x20, 0x7e]
    .map((c) => shown(show.output!, c))
    .join(', ');
  assert.equal(
    rendered,
    "'\\'', '\\\\', '\\n', '\\r', '\\b', '\\t', '\\u{00}', '\\u{1f}', '\\u{7f}', '\\u{80}', '\\u{9f}', '\u00a0', '\\u{ad}', 'é', '😀', '\\u{200b}', '\\u{2028}', '\\u{e000}', '\\u{fffe}', '\\u{10ffff}', '\"', ' ', '~'",
  );
  assert.equal(shown(show.output!, 0xe0001), "'\\u{0e0001}'");
  assert.equal(shown(show.output!, 0x1234), "'ሴ'");
  assert.equal(show.to_string!(cp('😀')), '😀');
  assert.equal(call('Char::escape', cp('a'), undefined), "'a'");
  assert.equal(call('Char::escape', 0x0a, false), '\\n');
});

test('Eq, Compare, Hash, Default', () => {
  assert.equal(methods(mod, 'Eq for Char').equal!(cp('a'), cp('a')), true);
  const cmp = methods(mod, 'Compare for Char').compare!;
  assert.equal(cmp(cp('a'), cp('z')), -1);
  assert.equal(cmp(cp('z'), cp('a')), 1);
  const hash = (c: number) => {
    const h = new Hasher();
    methods(mod, 'Hash for Char').hash_combine!(c, h);
    return h.finalize();
  };
  assert.equal(hash(cp('a')), 2079483668);
  assert.equal(hash(cp('😀')), -1531280631);
  assert.equal(methods(mod, 'Default for Char').default!(), 0);
});
