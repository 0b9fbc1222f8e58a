// The signature table (parsed from binding/surface.mbti) and the real exports
// of binding/index.ts must agree.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as binding from '../../binding/index.ts';
import { parseSurface, signatures, type Signature } from '../../binding/signatures.ts';

/**
 * Sections of surface.mbti that are not implemented yet. Their names are in
 * the table but must not be exported; delete a section from this list when
 * its implementation lands (the test then requires all of its names).
 */
export const PENDING_SECTIONS: readonly string[] = [];

/** Exports of index.ts that are not MoonBit names: helpers and re-exports. */
const NOT_IN_SURFACE = new Set(['signatures', 'parseSurface', 'Ok', 'Err', 'Failure']);
const isInternal = (name: string) => name.startsWith('_') || NOT_IN_SURFACE.has(name);

/** JavaScript arity: positional parameters, plus one options object if any are labeled. */
function expectedArity(sig: Extract<Signature, { kind: 'fn' }>): number {
  const positional = sig.params.filter((p) => p.label === 'positional').length;
  return positional + (sig.params.some((p) => p.label !== 'positional') ? 1 : 0);
}

function constValue(text: string, table: ReadonlyMap<string, Signature>): number {
  if (/^-?\d+$/.test(text)) return Number(text);
  const other = table.get(text);
  if (other?.kind === 'const') return constValue(other.value, table);
  throw new Error(`cannot evaluate constant ${text}`);
}

/** Every disagreement between a table and a module's exports. */
export function checkExports(table: ReadonlyMap<string, Signature>, exports: Record<string, unknown>,
  pending: readonly string[]): string[] {
  const problems: string[] = [];
  for (const sig of table.values()) {
    const value = exports[sig.name];
    if (pending.includes(sig.section)) {
      if (value !== undefined) problems.push(`${sig.name} is exported but its section "${sig.section}" is listed as pending`);
      continue;
    }
    if (value === undefined) { problems.push(`${sig.name} (${sig.section}) is not exported`); continue; }
    if (sig.kind === 'const') {
      if (value !== constValue(sig.value, table)) problems.push(`${sig.name} is ${String(value)}, table says ${sig.value}`);
    } else if (typeof value !== 'function') {
      problems.push(`${sig.name} is not a function`);
    } else if (value.length !== expectedArity(sig)) {
      problems.push(`${sig.name} takes ${value.length} argument(s), table says ${expectedArity(sig)}`);
    }
  }
  for (const name of Object.keys(exports)) {
    if (!isInternal(name) && !table.has(name)) problems.push(`export ${name} is not in surface.mbti`);
  }
  return problems;
}

describe('signature table', () => {
  it('parses every public name of surface.mbti', () => {
    assert.equal(signatures.size, 199);
    assert.deepEqual(signatures.get('config_target_set'), {
      kind: 'fn', name: 'config_target_set', section: 'config',
      params: [{ label: 'positional', type: 'Config' }, { label: 'positional', type: 'String' }],
      returns: 'WasmtimeError', raises: false, async: false,
    });
    assert.deepEqual(signatures.get('WASI_DIR_PERMS_READ'),
      { kind: 'const', name: 'WASI_DIR_PERMS_READ', type: 'Int', value: '1', section: 'constants' });
    const preopen = signatures.get('wasi_config_preopen_dir_or_raise');
    assert.ok(preopen?.kind === 'fn');
    assert.equal(preopen.raises, true);
    assert.deepEqual(preopen.params.slice(2), [
      { name: 'guest_path', label: 'labeled', type: 'String', default: '"."' },
      { name: 'dir_perms', label: 'labeled', type: 'Int', default: 'WASI_DIR_PERMS_READ' },
      { name: 'file_perms', label: 'labeled', type: 'Int', default: 'WASI_FILE_PERMS_READ' },
    ]);
    const env = signatures.get('wasi_config_set_env_or_raise');
    assert.ok(env?.kind === 'fn');
    assert.equal(env.params[1]!.type, 'Array[(String, String)]');
    const ctx = signatures.get('async_context_new');
    assert.ok(ctx?.kind === 'fn');
    assert.equal(ctx.returns, '(Engine, WasmtimeStore, Context)');
    const fuel = signatures.get('context_get_fuel');
    assert.ok(fuel?.kind === 'fn' && fuel.raises && fuel.returns === 'UInt64');
  });

  it('parses optional parameters and raise on their own', () => {
    const t = parseSurface('// ---- s ----\npub fn f(Int, x? : String, y~ : Array[(Int, Int)] = [(1, 2)]) -> Unit raise // c\n');
    assert.deepEqual(t.get('f'), {
      kind: 'fn', name: 'f', section: 's', returns: 'Unit', raises: true, async: false,
      params: [
        { label: 'positional', type: 'Int' },
        { name: 'x', label: 'optional', type: 'String' },
        { name: 'y', label: 'labeled', type: 'Array[(Int, Int)]', default: '[(1, 2)]' },
      ],
    });
  });

  it('the pending list names real sections', () => {
    const sections = new Set([...signatures.values()].map((s) => s.section));
    for (const p of PENDING_SECTIONS) assert.ok(sections.has(p), `unknown pending section ${p}`);
  });

  it('reads `pub async fn`; the async functions are exactly the three joins', () => {
    assert.deepEqual(parseSurface('pub async fn f(Int) -> Unit raise').get('f'), {
      kind: 'fn', name: 'f', params: [{ label: 'positional', type: 'Int' }], returns: 'Unit', raises: true, async: true, section: '',
    });
    const asyncFns = [...signatures.values()].filter((s) => s.kind === 'fn' && s.async).map((s) => s.name).sort();
    assert.deepEqual(asyncFns, ['call_future_thread_join_async', 'wasi_job_join_async', 'wasm_job_join_async']);
  });

  it('agrees with the exports of binding/index.ts', () => {
    assert.deepEqual(checkExports(signatures, binding as Record<string, unknown>, PENDING_SECTIONS), []);
  });

  it('the check detects disagreements', () => {
    const fake: Record<string, unknown> = { ...(binding as Record<string, unknown>) };
    delete fake.engine_new;
    fake.store_new = () => undefined;
    fake.extra_thing = () => 1;
    fake.VALKIND_I64 = 7;
    assert.deepEqual(checkExports(signatures, fake, PENDING_SECTIONS).sort(), [
      'VALKIND_I64 is 7, table says 1',
      'engine_new (engine / store) is not exported',
      'export extra_thing is not in surface.mbti',
      'store_new takes 0 argument(s), table says 1',
    ]);
    const later = parseSurface('// ---- later ----\npub fn later_fn() -> Unit\n');
    assert.deepEqual(checkExports(later, { later_fn: () => undefined }, ['later']),
      ['later_fn is exported but its section "later" is listed as pending']);
  });
});
