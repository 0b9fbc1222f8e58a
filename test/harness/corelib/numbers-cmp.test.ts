// @cmp, the free `compare` and `hash`, and the Hasher entries of the core
// library table. Every expected string is what the real compiler printed for
// the MoonBit expression beside it (`println(expr)`, /tmp/moonbit-oracle).
// The oracle's JS backend seeds `Hasher::new()` randomly, so hashes are
// asked for with an explicit `seed=0`, the seed core's other backends use
// (and the corpus was recorded on), which is also what `hash(x)` and
// `Hasher()` without a seed give here.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entry, ty, method, checkCases, type Case } from './numbers-helpers.ts';
import { Hasher } from '../../../harness/runtime/hasher.ts';

const e = entry;
const rev = (x: unknown) => ({ _0: x });

/** A fresh Hasher::new(seed=…), fed by `feed`, finalized. */
function hashed(seed: number | undefined, feed: (h: Hasher) => void): number {
  const h = e('Hasher::new')(seed) as Hasher;
  feed(h);
  return e('Hasher::finalize')(h);
}

test('@cmp', () => {
  const cases: Case[] = [
    [`@cmp.maximum(3, 4)`, 'Int', () => e('@cmp.maximum')(ty('Int'), 3, 4), "4"],
    [`@cmp.minimum(3, 4)`, 'Int', () => e('@cmp.minimum')(ty('Int'), 3, 4), "3"],
    [`@cmp.minmax(4, 3)`, '(Int, Int)', () => e('@cmp.minmax')(ty('Int'), 4, 3), "(3, 4)"],
    [`@cmp.minmax(3, 3)`, '(Int, Int)', () => e('@cmp.minmax')(ty('Int'), 3, 3), "(3, 3)"],
    [`@cmp.maximum(1.0, @double.not_a_number)`, 'Double', () => e('@cmp.maximum')(ty('Double'), 1, NaN), "NaN"],
    [`@cmp.minimum(@double.not_a_number, 1.0)`, 'Double', () => e('@cmp.minimum')(ty('Double'), NaN, 1), "NaN"],
    [`@cmp.maximum_by_key("hello", "hi", String::length)`, 'String', () => e('@cmp.maximum_by_key')(ty('Int'), 'hello', 'hi', (s: string) => s.length), "hello"],
    [`@cmp.minimum_by_key("ab", "cd", String::length)`, 'String', () => e('@cmp.minimum_by_key')(ty('Int'), 'ab', 'cd', (s: string) => s.length), "ab"],
    [`@cmp.maximum_by_key("ab", "cd", String::length)`, 'String', () => e('@cmp.maximum_by_key')(ty('Int'), 'ab', 'cd', (s: string) => s.length), "cd"],
    [`@cmp.minmax_by_key(-3, 2, Int::abs)`, '(Int, Int)', () => e('@cmp.minmax_by_key')(ty('Int'), -3, 2, Math.abs), "(2, -3)"],
    [`@cmp.minmax_by_key(3, -3, Int::abs)`, '(Int, Int)', () => e('@cmp.minmax_by_key')(ty('Int'), 3, -3, Math.abs), "(3, -3)"],
    [`@cmp.Reverse(1).compare(@cmp.Reverse(2))`, 'Int', () => method('@cmp.Reverse[Int]', 'Compare.compare')(rev(1), rev(2)), "1"],
    [`@cmp.Reverse(2).compare(@cmp.Reverse(1))`, 'Int', () => method('@cmp.Reverse[Int]', 'Compare.compare')(rev(2), rev(1)), "-1"],
    [`@cmp.Reverse(1).compare(@cmp.Reverse(1))`, 'Int', () => method('@cmp.Reverse[Int]', 'Compare.compare')(rev(1), rev(1)), "0"],
    [`@cmp.maximum(@cmp.Reverse(1), @cmp.Reverse(2))`, '@cmp.Reverse[Int]', () => e('@cmp.maximum')(ty('@cmp.Reverse[Int]'), rev(1), rev(2)), "Reverse(1)"],
    [`@cmp.minmax(@cmp.Reverse(1), @cmp.Reverse(2))`, '(@cmp.Reverse[Int], @cmp.Reverse[Int])', () => e('@cmp.minmax')(ty('@cmp.Reverse[Int]'), rev(1), rev(2)), "(Reverse(2), Reverse(1))"],
    [`@cmp.Reverse("a")`, '@cmp.Reverse[String]', () => rev('a'), "Reverse(\"a\")"],
    [`@cmp.Reverse(1) == @cmp.Reverse(1)`, 'Bool', () => method('@cmp.Reverse[Int]', 'Eq.equal')(rev(1), rev(1)), "true"],
    [`@cmp.Reverse(1) == @cmp.Reverse(2)`, 'Bool', () => method('@cmp.Reverse[Int]', 'Eq.equal')(rev(1), rev(2)), "false"],
    [`Hasher::new(seed=0)..combine(@cmp.Reverse(1)).finalize()`, 'Int', () => method('@cmp.Reverse[Int]', 'Hash.hash')(rev(1)), "-205818221"],
    [`(2).compare(1) /* the free compare (newer core) is Compare::compare */`, 'Int', () => e('compare')(ty('Int'), 2, 1), "1"],
  ];
  checkCases(cases);
});

/** `..combine(1)..combine(2L)..combine("a")`: generic combines through descriptors. */
function mixed(h: Hasher): void {
  e('Hasher::combine')(ty('Int'), h, 1);
  e('Hasher::combine')(ty('Int64'), h, 2n);
  e('Hasher::combine')(ty('String'), h, 'a');
}

test('Hasher', () => {
  const cases: Case[] = [
    [`Hasher::new(seed=0)..combine_unit().finalize()`, 'Int', () => hashed(0, (h) => e('Hasher::combine_unit')(h)), "148298089"],
    [`Hasher::new(seed=7)..combine_unit().finalize()`, 'Int', () => hashed(7, (h) => e('Hasher::combine_unit')(h)), "351342752"],
    [`Hasher::new(seed=0)..combine_bool(false).finalize()`, 'Int', () => hashed(0, (h) => e('Hasher::combine_bool')(h, false)), "148298089"],
    [`Hasher::new(seed=0)..combine_int(-5).finalize()`, 'Int', () => hashed(0, (h) => e('Hasher::combine_int')(h, -5)), "1640242495"],
    [`Hasher::new(seed=0)..combine_uint(5U).finalize()`, 'Int', () => hashed(0, (h) => e('Hasher::combine_uint')(h, 5)), "-2146748363"],
    [`Hasher::new(seed=0)..combine_int64(-5L).finalize()`, 'Int', () => hashed(0, (h) => e('Hasher::combine_int64')(h, -5n)), "-578873574"],
    [`Hasher::new(seed=0)..combine_uint64(1UL << 63).finalize()`, 'Int', () => hashed(0, (h) => e('Hasher::combine_uint64')(h, 1n << 63n)), "483163611"],
    [`Hasher::new(seed=0)..combine_double(0.1).finalize()`, 'Int', () => hashed(0, (h) => e('Hasher::combine_double')(h, 0.1)), "1840903062"],
    [`Hasher::new(seed=0)..combine_float((0.1 : Float)).finalize()`, 'Int', () => hashed(0, (h) => e('Hasher::combine_float')(h, Math.fround(0.1))), "1101647392"],
    [`Hasher::new(seed=0)..combine_byte(b'\\xFF').finalize()`, 'Int', () => hashed(0, (h) => e('Hasher::combine_byte')(h, 0xff)), "1955036104"],
    [`Hasher::new(seed=0)..combine_bytes(b"abcdefg").finalize()`, 'Int', () => hashed(0, (h) => e('Hasher::combine_bytes')(h, new TextEncoder().encode('abcdefg'))), "1860724052"],
    [`Hasher::new(seed=0)..combine_string("héllo").finalize()`, 'Int', () => hashed(0, (h) => e('Hasher::combine_string')(h, 'héllo')), "1926180663"],
    [`Hasher::new(seed=0)..combine_char('😀').finalize()`, 'Int', () => hashed(0, (h) => e('Hasher::combine_char')(h, 0x1f600)), "-1531280631"],
    [`Hasher::new(seed=0)..combine(1)..combine(2L)..combine("a").finalize()`, 'Int', () => hashed(0, mixed), "2008535876"],
  ];
  checkCases(cases);
  // Without a seed (and through `Hasher()`, the newer core's constructor)
  // the seed is 0, as on core's non-JS backends.
  assert.equal(hashed(undefined, (h) => e('Hasher::combine_int')(h, 1)), hashed(0, (h) => e('Hasher::combine_int')(h, 1)));
  const viaCtor = e('Hasher::Hasher')(undefined) as Hasher;
  e('Hasher::combine_int')(viaCtor, 1);
  assert.equal(e('Hasher::finalize')(viaCtor), hashed(0, (h) => e('Hasher::combine_int')(h, 1)));
  // `hash(x)` (newer core) is `Hash::hash`, the default method: a fresh seedless Hasher.
  assert.equal(e('hash')(ty('Int'), 1), hashed(0, (h) => e('Hasher::combine_int')(h, 1)));
  assert.equal(e('hash')(ty('UInt64'), 42n), -1962516083); // the corpus's uint64 README records this value
});

test('Hasher.combine_bytes_view: the Hash of Bytes and BytesView', () => {
  // Oracle: Hasher::new(seed=0)..combine(b"abcdefg").finalize() and
  // ..combine(b"abcdefg"[1:6]) and ..combine(b"").
  const bytes = new TextEncoder().encode('abcdefg');
  const viewHash = (start: number, end: number, of = bytes) => {
    const h = new Hasher(0);
    h.combine_bytes_view(of, start, end);
    return h.finalize();
  };
  assert.equal(viewHash(0, 7), 1837701371);
  assert.equal(viewHash(1, 6), 500180426);
  assert.equal(viewHash(0, 0, new Uint8Array(0)), 46947589);
});
