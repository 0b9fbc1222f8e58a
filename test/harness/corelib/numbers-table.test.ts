// The shape of this area's table entries: each key names what its signature
// declares, and each implementation takes the arguments the calling
// convention implies (one descriptor per bounded type parameter, then every
// parameter). A rough reading of the signatures, enough for these entries.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import numberModules from './numbers-modules.ts';
import { CORE_MODULES } from '../../../harness/corelib/index.ts';

/** Splits at top-level commas (outside brackets and parentheses). */
function splitTop(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth--;
    else if (c === ',' && depth === 0) {
      out.push(s.slice(start, i));
      start = i + 1;
    }
  }
  out.push(s.slice(start));
  return out.map((p) => p.trim()).filter((p) => p !== '');
}

/** The text inside the brackets that open at `open`. */
function enclosed(s: string, open: number): string {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '[' || s[i] === '(') depth++;
    else if (s[i] === ']' || s[i] === ')') {
      depth--;
      if (depth === 0) return s.slice(open + 1, i);
    }
  }
  throw new Error(`unbalanced: ${s}`);
}

function readFn(sig: string): { name: string; arity: number } {
  assert.match(sig, /^fn[[ ]/, sig);
  let rest = sig.slice(2);
  let bounded = 0;
  if (rest.startsWith('[')) {
    const params = enclosed(rest, 0);
    bounded = splitTop(params).filter((p) => p.includes(':')).length;
    rest = rest.slice(params.length + 2);
  }
  const name = rest.trim().split('(')[0]!;
  const params = splitTop(enclosed(rest, rest.indexOf('(')));
  for (const p of params) assert.match(p, /^\w+[~?]? : .+$/, `${sig}: parameter ${p}`);
  return { name, arity: bounded + params.length };
}

test('every function entry is keyed by its name and takes its arguments', () => {
  let count = 0;
  for (const m of numberModules) {
    const prefix = m.pkg === '' ? '' : `@${m.pkg}.`;
    for (const [key, entry] of Object.entries(m.fns)) {
      count++;
      if (entry.sig.startsWith('let ') || entry.sig.startsWith('const ')) {
        assert.match(entry.sig, /^(let \w+ : \w+|const \w+ : \w+ = \S+)$/, key);
        assert.equal(`${prefix}${entry.sig.split(' ')[1]}`, key);
        assert.notEqual(typeof entry.impl, 'function', key);
        if (entry.sig.startsWith('const ')) assert.equal(entry.sig.split(' = ')[1], String(entry.impl), `${key}: the literal is the value`);
        continue;
      }
      const { name, arity } = readFn(entry.sig);
      assert.equal(`${prefix}${name}`, key, entry.sig);
      assert.equal(typeof entry.impl, 'function', key);
      assert.equal((entry.impl as (...a: unknown[]) => unknown).length, arity, `${key}: implementation arity`);
    }
  }
  assert.ok(count > 300, `only ${count} entries`);
});

test('every impl entry is keyed by its trait and type', () => {
  for (const m of numberModules) {
    const prefix = m.pkg === '' ? '' : `@${m.pkg}.`;
    for (const [key, entry] of Object.entries(m.impls)) {
      const match = /^impl(?:\[([^\]]*)\])? (\w+) for (\w+)(?:\[.*\])?$/.exec(entry.sig);
      assert.ok(match, entry.sig);
      const [, params, trait, type] = match;
      const declared = (name: string) => (m.decls.includes(` ${name}`) ? `${prefix}${name}` : name);
      assert.equal(`${declared(trait!)} for ${declared(type!)}`, key);
      if (typeof entry.impl === 'function') {
        const bounded = splitTop(params ?? '').filter((p) => p.includes(':')).length;
        assert.equal(entry.impl.length, bounded, `${key}: one descriptor per type argument`);
      } else {
        assert.ok(Object.keys(entry.impl).length > 0, key);
      }
    }
  }
});

test('every module of the area is registered in CORE_MODULES', () => {
  for (const m of numberModules) assert.ok(CORE_MODULES.includes(m), `${m.pkg || 'prelude'} module missing`);
});
