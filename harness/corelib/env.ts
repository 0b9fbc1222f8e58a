// Package @env: the test process's environment, as a native moon test sees
// its own. `args()` is the process's argument vector from the program on
// (the test process's entry script standing for moon's test executable);
// `now()` is milliseconds since the Unix epoch; blocks run with the project
// root as working directory, as `moon test` runs from the module root.

import { defineModule, fn } from './define.ts';
import { desc, type Desc } from '../runtime/desc.ts';
import { None, Some, type Option } from '../runtime/values.ts';
import builtinMap from './builtin/map.ts';

const mapEntry = (key: string) => builtinMap.fns[key]!.impl as (...args: unknown[]) => unknown;

function envVars(): unknown {
  const S: Desc = desc('String');
  const m = mapEntry('Map::new')(undefined);
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) mapEntry('Map::set')(S, m, k, v);
  return m;
}

const optional = (v: string | undefined): Option<string> => (v === undefined ? None : new Some(v));

export default defineModule('env', {
  fns: {
    args: fn('fn args() -> Array[String]', () => process.argv.slice(1)),
    now: fn('fn now() -> UInt64', () => BigInt(Date.now())),
    current_dir: fn('fn current_dir() -> String?', () => new Some(process.cwd())),
    get_env_var: fn('fn get_env_var(key : String) -> String?', (key: string) => optional(process.env[key])),
    get_env_vars: fn('fn get_env_vars() -> Map[String, String]', envVars),
    set_env_var: fn('fn set_env_var(key : String, value : String) -> Unit', (key: string, value: string) => {
      process.env[key] = value;
    }),
    unset_env_var: fn('fn unset_env_var(key : String) -> Unit', (key: string) => {
      delete process.env[key];
    }),
  },
});
