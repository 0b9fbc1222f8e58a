// @env reads the test process's own environment (core's signatures; the
// values are the host's, so they are checked against the process itself).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import env from '../../../harness/corelib/env.ts';
import { Some, None } from '../../../harness/runtime/values.ts';
import { registerModule } from './collections-helpers.ts';

registerModule(env);
const f = (name: string) => env.fns[`@env.${name}`]!.impl as (...args: unknown[]) => unknown;

test('@env: arguments, time and working directory are the process\'s', () => {
  assert.deepEqual(f('args')(), process.argv.slice(1));
  const before = BigInt(Date.now());
  const now = f('now')() as bigint;
  assert.ok(typeof now === 'bigint' && now >= before && now <= BigInt(Date.now()));
  assert.deepEqual(f('current_dir')(), new Some(process.cwd()));
});

test('@env: variables are read, set and unset in the process environment', () => {
  const key = 'DOCTEST_ENV_TEST_VAR';
  assert.equal(f('get_env_var')(key), None);
  f('set_env_var')(key, 'x=1');
  assert.deepEqual(f('get_env_var')(key), new Some('x=1'));
  const all = f('get_env_vars')() as { size: number };
  assert.equal(all.size, Object.keys(process.env).length);
  f('unset_env_var')(key);
  assert.equal(process.env[key], undefined);
  assert.equal(f('get_env_var')(key), None);
});
