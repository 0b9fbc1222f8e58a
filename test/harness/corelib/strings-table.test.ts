// The strings area's modules in the core library table: each is listed in
// CORE_MODULES, each entry's key is the name its signature declares, and
// each implementation takes the arguments the calling convention implies
// (one descriptor per bounded type parameter, then every parameter).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CORE_MODULES } from '../../../harness/corelib/index.ts';
import type { CoreModule } from '../../../harness/corelib/define.ts';
import string from '../../../harness/corelib/builtin/string.ts';
import stringView from '../../../harness/corelib/builtin/stringview.ts';
import stringBuilder from '../../../harness/corelib/builtin/stringbuilder.ts';
import char from '../../../harness/corelib/builtin/char.ts';
import bytes from '../../../harness/corelib/builtin/bytes.ts';
import bytesView from '../../../harness/corelib/builtin/bytesview.ts';
import buffer from '../../../harness/corelib/buffer.ts';
import utf8 from '../../../harness/corelib/encoding/utf8.ts';
import utf16 from '../../../harness/corelib/encoding/utf16.ts';

const MODULES: CoreModule[] = [string, stringView, stringBuilder, char, bytes, bytesView, buffer, utf8, utf16];

/** Splits `a, b[c, d], (e, f) -> g` at its top-level commas. */
function topLevel(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of list) {
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

/** `fn[T : Show, U] Name::m(self : T, x? : Int = ..)` → name and implied arity. */
function parseSig(sig: string): { name: string; arity: number } {
  const m = /^fn(?:\[([^\]]*)\])? ([^(]+)\(/.exec(sig);
  assert.ok(m, `not a function signature: ${sig}`);
  const bounded = topLevel(m[1] ?? '').filter((p) => p.includes(':')).length;
  let depth = 0;
  let i = m[0].length;
  const start = i;
  for (; i < sig.length; i++) {
    if (sig[i] === '(') depth++;
    if (sig[i] === ')' && depth-- === 0) break;
  }
  return { name: m[2]!, arity: bounded + topLevel(sig.slice(start, i)).length };
}

// The arity of each trait method this area implements, `self` included.
const TRAIT_ARITY: Record<string, number> = {
  output: 2, to_string: 1, equal: 2, compare: 2, hash_combine: 2, default: 0, add: 2, to_string_view: 1,
  write_string: 2, write_substring: 4, write_view: 2, write_char: 2,
};

test('every strings-area module is in CORE_MODULES', () => {
  for (const m of MODULES) assert.ok(CORE_MODULES.includes(m), `${m.pkg || 'prelude'} module missing`);
});

test('keys name what the signatures declare; implementations take the implied arguments', () => {
  for (const m of MODULES) {
    const prefix = m.pkg ? `@${m.pkg}.` : '';
    for (const [key, entry] of Object.entries(m.fns)) {
      const { name, arity } = parseSig(entry.sig);
      assert.equal(key, prefix + name, `key of ${entry.sig}`);
      assert.equal((entry.impl as (...a: unknown[]) => unknown).length, arity, `arguments of ${key}`);
    }
    for (const [key, entry] of Object.entries(m.impls)) {
      assert.equal(entry.sig, `impl ${key}`, `key of ${entry.sig}`);
      assert.equal(typeof entry.impl, 'object', `${key} is an impl for a non-generic type`);
      for (const [method, f] of Object.entries(entry.impl)) {
        const expected = method === 'output' && key.startsWith('Leb128') ? 2 : TRAIT_ARITY[method];
        assert.equal(f.length, expected, `arguments of ${key}.${method}`);
      }
    }
  }
});
