// Native binding speed, side by side from one run: the binding, the same loops
// in C against the same libwasmtime (bench/c/bench.c, compiled with the
// system cc when it changed), and the Python `wasmtime` package (the fetched
// wheel unpacked into .wasmtime/, or skipped with the reason printed).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import * as w from '../binding/index.ts';

setFlagsFromString('--expose-gc');

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CACHE = join(ROOT, '.wasmtime');
const WAT = '(module (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add))';
const CALLS = Number(process.env.BENCH_CALLS ?? 500_000);
const INSTS = Number(process.env.BENCH_INSTANTIATIONS ?? 10_000);
const COMPILES = Number(process.env.BENCH_COMPILES ?? 100);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 5));

export interface BenchRow { group: string; subject: string; nsPerOp: number | undefined; note?: string }
type Figures = { call: number; instantiate: number; compile: number };

// Handles dropped by a loop are finalized on later turns of the event loop,
// which a synchronous loop never yields to: without a pause, each loop would
// pay for the garbage of the one before it.
const gc = runInNewContext('gc') as () => void;
async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
}

function nsPerOp(n: number, body: () => void): number {
  const start = process.hrtime.bigint();
  body();
  return Number(process.hrtime.bigint() - start) / n;
}

async function ours(): Promise<Figures> {
  const engine = w.engine_new();
  const module = w.module_new_from_wat_or_raise(engine, WAT);
  const store = w.wasmtime_store_new(engine);
  const ctx = w.wasmtime_store_context(store);
  const inst = w.instance_new_or_raise(ctx, module);
  const add = w.instance_export_func_or_raise(ctx, inst, 'add');
  const args = w.make_val_buffer(2);
  const results = w.make_val_buffer(1);
  let sum = 0;
  const cycle = (i: number) => {
    w.val_buffer_set_i32(args, 0, i);
    w.val_buffer_set_i32(args, 1, 1);
    w.func_call_sync_or_raise(ctx, add, args, results);
    sum += w.val_buffer_get_i32(results, 0);
  };
  for (let i = 0; i < 50_000; i++) cycle(i); // warm up the JIT
  await settle();
  const call = nsPerOp(CALLS, () => { for (let i = 0; i < CALLS; i++) cycle(i); });
  if (sum === 0) throw new Error('unexpected result');
  w.wasmtime_store_delete(store);
  await settle();
  const instantiate = nsPerOp(INSTS, () => {
    for (let i = 0; i < INSTS; i++) {
      const s = w.wasmtime_store_new(engine);
      w.instance_new_or_raise(w.wasmtime_store_context(s), module);
      w.wasmtime_store_delete(s);
    }
  });
  await settle();
  const compile = nsPerOp(COMPILES, () => {
    for (let i = 0; i < COMPILES; i++) w.module_delete(w.module_new_from_wat_or_raise(engine, WAT));
  });
  w.module_delete(module);
  w.engine_delete(engine);
  return { call, instantiate, compile };
}

/** Compiles bench/c/bench.c unless the executable is newer than it, the header and the library (always with $CC set); returns the executable, or why it could not. */
function buildC(): { exe: string } | string {
  const exe = join(CACHE, 'bench-c');
  const mtime = (p: string) => (existsSync(p) ? statSync(p).mtimeMs : -Infinity);
  const inputs = [join(ROOT, 'bench/c/bench.c'), join(ROOT, 'native/src/wasmtime_api.h'), join(CACHE, 'lib', 'libwasmtime.so')];
  if (inputs.every((p) => mtime(p) < mtime(exe)) && !process.env.CC) return { exe };
  const cc = process.env.CC ?? 'cc';
  const build = spawnSync(cc, ['-std=c11', '-O2', '-I', join(ROOT, 'native/src'), join(ROOT, 'bench/c/bench.c'),
    '-L', join(CACHE, 'lib'), '-lwasmtime', `-Wl,-rpath,${join(CACHE, 'lib')}`, '-o', exe], { encoding: 'utf8' });
  if (build.status !== 0) return `could not compile bench/c/bench.c with ${cc}: ${build.stderr || build.error}`;
  return { exe };
}

function cLoop(exe: string): Figures | string {
  const run = spawnSync(exe, [String(CALLS), String(INSTS), String(COMPILES)], { encoding: 'utf8' });
  if (run.status !== 0) return `bench/c failed: ${run.stderr}`;
  return JSON.parse(run.stdout) as Figures;
}

/** The faster of two measurements of each figure. */
function best(a: Figures | undefined, b: Figures): Figures {
  if (!a) return b;
  return { call: Math.min(a.call, b.call), instantiate: Math.min(a.instantiate, b.instantiate),
    compile: Math.min(a.compile, b.compile) };
}

const PY = `
import sys
sys.path.insert(0, sys.argv[1])
import time, json, wasmtime
wat = sys.argv[2]; calls, insts, compiles = map(int, sys.argv[3:6])
engine = wasmtime.Engine()
module = wasmtime.Module(engine, wat)
store = wasmtime.Store(engine)
add = wasmtime.Instance(store, module, []).exports(store)["add"]
for i in range(2000): add(store, i, 1)
t = time.perf_counter_ns(); s = 0
for i in range(calls): s += add(store, i, 1)
call = (time.perf_counter_ns() - t) / calls
t = time.perf_counter_ns()
for i in range(insts): wasmtime.Instance(wasmtime.Store(engine), module, [])
inst = (time.perf_counter_ns() - t) / insts
t = time.perf_counter_ns()
for i in range(compiles): wasmtime.Module(engine, wat)
comp = (time.perf_counter_ns() - t) / compiles
print(json.dumps({"call": call, "instantiate": inst, "compile": comp, "version": wasmtime.__version__ if hasattr(wasmtime, "__version__") else ""}))
`;

function python(): Figures | string {
  const wheel = existsSync(CACHE) ? readdirSync(CACHE).find((f) => f.endsWith('.whl')) : undefined;
  if (!wheel) return 'skipped: no wasmtime wheel in .wasmtime/ (WASMTIME_HOME was used, or npm install did not run)';
  // The wheel holds only the package and its metadata at its root
  // (Root-Is-Purelib), so unpacking it is installing it: a venv and pip
  // took 9 s of CPU on a fresh clone, this takes half a second.
  const lib = join(CACHE, wheel.replace(/\.whl$/, ''));
  if (!existsSync(lib)) {
    const tmp = `${lib}.${process.pid}.tmp`;
    const unzip = spawnSync('python3', ['-m', 'zipfile', '-e', join(CACHE, wheel), tmp], { encoding: 'utf8' });
    if (unzip.status !== 0) {
      rmSync(tmp, { recursive: true, force: true });
      return `skipped: python3 could not unpack ${wheel}: ${unzip.stderr || unzip.error}`;
    }
    try {
      renameSync(tmp, lib);
    } catch (e) {
      rmSync(tmp, { recursive: true, force: true });
      if (!existsSync(lib)) throw e;  // otherwise a run beside this one unpacked it first
    }
  }
  const script = join(CACHE, 'bench.py');
  writeFileSync(script, PY);
  const calls = Math.max(1000, Math.round(CALLS / 20));
  const insts = Math.max(100, Math.round(INSTS / 5));
  const run = spawnSync('python3', ['-s', script, lib, WAT, String(calls), String(insts), String(COMPILES)], { encoding: 'utf8' });
  if (run.status !== 0) return `skipped: python benchmark failed: ${run.stderr}`;
  return JSON.parse(run.stdout) as Figures;
}

const fmt = (ns: number | undefined) => ns === undefined ? '-' : ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : ns >= 1e4 ? `${(ns / 1e3).toFixed(1)} us` : `${ns.toFixed(0)} ns`;

export async function benchBinding(): Promise<BenchRow[]> {
  // This machine's speed drifts by tens of percent within seconds, so the
  // binding and the C loop run in alternating rounds and each keeps its best.
  const built = buildC();
  let us: Figures | undefined;
  let c: Figures | string = typeof built === 'string' ? built : 'not run';
  for (let r = 0; r < ROUNDS; r++) {
    us = best(us, await ours());
    if (typeof built === 'string') continue;
    const round = cLoop(built.exe);
    c = typeof round === 'string' ? round : best(typeof c === 'string' ? undefined : c, round);
  }
  if (!us) throw new Error('BENCH_ROUNDS must be at least 1');
  const p = python();
  const rows: BenchRow[] = [];
  console.log(`\nbinding vs C vs Python (Wasmtime ${w.version()}; per operation, best of ${ROUNDS} alternating `
    + 'rounds for binding and C, one round for Python; lower is better)');
  console.log('  operation                       binding      C loop       Python      binding/C   Python/binding');
  const ops: Array<[keyof Figures, string]> = [
    ['call', 'call cycle add(i32,i32)->i32'], ['instantiate', 'store + instantiation'], ['compile', 'WAT compilation'],
  ];
  for (const [k, label] of ops) {
    const cv = typeof c === 'string' ? undefined : c[k];
    const pv = typeof p === 'string' ? undefined : p[k];
    console.log(`  ${label.padEnd(30)}  ${fmt(us[k]).padStart(10)}  ${fmt(cv).padStart(10)}  ${fmt(pv).padStart(10)}  `
      + `${cv ? (us[k] / cv).toFixed(2) + 'x' : '-'}`.padStart(10) + `${pv ? (pv / us[k]).toFixed(1) + 'x' : '-'}`.padStart(16));
    rows.push({ group: label, subject: 'binding', nsPerOp: us[k] }, { group: label, subject: 'C', nsPerOp: cv },
      { group: label, subject: 'Python', nsPerOp: pv });
  }
  if (typeof c === 'string') console.log(`  C loop: ${c}`);
  if (typeof p === 'string') console.log(`  Python: ${p}`);
  console.log('  targets: call cycle within 2x of C; at least 30x faster than Python');
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) await benchBinding();
