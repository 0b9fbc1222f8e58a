// The collection modules' table entries are well formed: each function's
// implementation takes exactly the arguments its signature implies (one
// descriptor per trait-bounded type parameter, then every parameter), and
// each generic impl factory takes one descriptor per type argument. A cheap
// structural parse, enough to catch a forgotten descriptor or parameter.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CoreModule } from '../../../harness/corelib/define.ts';
import arrayMod from '../../../harness/corelib/builtin/array.ts';
import viewMod from '../../../harness/corelib/builtin/arrayview.ts';
import fixedMod from '../../../harness/corelib/builtin/fixedarray.ts';
import iterMod from '../../../harness/corelib/builtin/iter.ts';
import mapMod from '../../../harness/corelib/builtin/map.ts';
import optionMod from '../../../harness/corelib/builtin/option.ts';
import resultMod from '../../../harness/corelib/builtin/result.ts';
import tupleMod from '../../../harness/corelib/builtin/tuple.ts';
import pkgArray from '../../../harness/corelib/array.ts';
import pkgHashmap from '../../../harness/corelib/hashmap.ts';
import pkgHashset from '../../../harness/corelib/hashset.ts';
import pkgOption from '../../../harness/corelib/option.ts';
import pkgRef from '../../../harness/corelib/ref.ts';
import pkgResult from '../../../harness/corelib/result.ts';
import pkgSet from '../../../harness/corelib/set.ts';
import pkgTuple from '../../../harness/corelib/tuple.ts';
import { CORE_MODULES } from '../../../harness/corelib/index.ts';

const modules: CoreModule[] = [
  arrayMod, viewMod, fixedMod, iterMod, mapMod, optionMod, resultMod, tupleMod,
  pkgArray, pkgHashmap, pkgHashset, pkgOption, pkgRef, pkgResult, pkgSet, pkgTuple,
];

/** Splits `s` at top-level commas (outside (), [] and {}). */
function splitTop(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if ('([{'.includes(ch)) depth++;
    if (')]}'.includes(ch)) depth--;
    if (ch === ',' && depth === 0) {
      parts.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) parts.push(cur.trim());
  return parts;
}

/** The text between the bracket at `open` and its match. */
function bracketed(s: string, open: number): string {
  const close = { '(': ')', '[': ']' }[s[open]!]!;
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === s[open]) depth++;
    else if (s[i] === close && --depth === 0) return s.slice(open + 1, i);
  }
  throw new Error(`unbalanced: ${s}`);
}

function expectedArity(sig: string): number {
  const line = sig.split('\n').filter((l) => !l.startsWith('#')).join(' ');
  const m = /^fn(\[)?/.exec(line);
  assert.ok(m, `not a fn signature: ${sig}`);
  let rest = line.slice(2);
  let bounded = 0;
  if (m[1]) {
    const tparams = bracketed(rest, 0);
    bounded = splitTop(tparams).filter((p) => p.includes(':')).length;
    rest = rest.slice(tparams.length + 2);
  }
  const params = bracketed(rest, rest.indexOf('('));
  return bounded + splitTop(params).length;
}

test('collection modules: every fn implementation takes the arguments its signature implies', () => {
  const wrong: string[] = [];
  for (const mod of modules) {
    for (const [key, entry] of Object.entries(mod.fns)) {
      const n = typeof entry.impl === 'function' ? entry.impl.length : -1;
      if (n !== expectedArity(entry.sig)) wrong.push(`${key} takes ${n}: ${entry.sig}`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('collection modules: a signature names the entry it is keyed by', () => {
  for (const mod of modules) {
    const prefix = mod.pkg === '' ? '' : `@${mod.pkg}.`;
    for (const [key, entry] of Object.entries(mod.fns)) {
      const name = /\s([\w:]+)\(/.exec(entry.sig.split('\n').pop()!)?.[1];
      assert.equal(prefix + name, key, entry.sig);
    }
  }
});

test('collection modules: generic impl factories take one descriptor per type argument', () => {
  const wrong: string[] = [];
  for (const mod of modules) {
    for (const [key, entry] of Object.entries(mod.impls)) {
      const m = /^impl(?:\[([^\]]*)\])? (\w+) for (.+)$/.exec(entry.sig);
      const tparams = m?.[1] ? splitTop(m[1]) : [];
      if (!m || key.split(' for ')[0] !== m[2]) wrong.push(`${key} does not name the trait of ${entry.sig}`);
      else if (typeof entry.impl === 'function' ? entry.impl.length !== tparams.length : tparams.some((p) => p.includes(':'))) {
        wrong.push(`${key}: the factory does not take one descriptor per type argument of ${entry.sig}`);
      }
    }
  }
  assert.deepEqual(wrong, []);
});

test('collection modules: all registered in CORE_MODULES, no key defined twice', () => {
  for (const mod of modules) assert.ok(CORE_MODULES.includes(mod));
  const seen = new Set<string>();
  for (const mod of modules) {
    for (const key of [...Object.keys(mod.fns), ...Object.keys(mod.impls)]) {
      assert.ok(!seen.has(key), `duplicate ${key}`);
      seen.add(key);
    }
  }
});
