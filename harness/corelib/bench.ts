// Package @bench: timing a function in batches and summarizing the samples.
//
// A benchmark first calibrates: it runs the function 1, 2, 4, ... times in a
// row until one such trial takes over 100 ms, and from the last trial's time
// per call picks a batch size (100 ms worth of calls, at least 1; a call
// faster than 1 µs counts as 1 µs). It then times `count` batches (count
// masked to 31 bits; 10 when omitted), each sample being a batch's time per
// call in µs, sorts them, clamps them to their 5th..95th percentiles and
// summarizes them (support/bench-stats.ts). Every call and batch is core's;
// only the times are the host's. The clock is core's JS one:
// `performance.now()` in ms, differences scaled to µs.
//
// A `Bench` (`{ buffer, summaries, _storage }`, core's struct) collects
// summaries and their JSON, comma-separated in `buffer` (slashes escaped);
// `keep` stores a value in a Ref so that computing it cannot be optimized
// away. `Bench::new` and `new` are `Bench()`'s deprecated names.

import { defineModule, fn, impl } from './define.ts';
import { desc } from '../runtime/desc.ts';
import { StringBuilder } from '../runtime/core-values.ts';
import type { Option } from '../runtime/values.ts';
import { deriveImpls, type TypeShape } from '../runtime/derive.ts';
import * as R from './support/repr.ts';
import * as J from './support/json.ts';
import { sortSamples, summarize, winsorize, type Summary } from './support/bench-stats.ts';

interface Bench {
  buffer: StringBuilder;
  summaries: Summary[];
  _storage: { val: unknown };
}

type Timestamp = number;

const clockStart = (): Timestamp => performance.now();
const clockEnd = (ts: Timestamp): number => (performance.now() - ts) * 1000;

const THRESHOLD_US = 100000;

/** µs spent calling `f` `times` times in a row. */
function timeCalls(f: () => void, times: number): number {
  const ts = clockStart();
  for (let i = 0; i < times; i++) f();
  return clockEnd(ts);
}

function batchSize(f: () => void): number {
  // `trial` is an Int: doubling wraps as core's does.
  for (let trial = 1; ; trial = (trial * 2) | 0) {
    const perCall = timeCalls(f, trial) / trial;
    const target = THRESHOLD_US / (perCall < 1 ? 1 : perCall);
    if (trial * perCall > THRESHOLD_US) return target < 1 ? 1 : Math.ceil(target);
  }
}

function run(name: Option<string>, f: () => void, count: number | undefined): Summary {
  const batches = (count ?? 10) & 0x7fffffff;
  const size = batchSize(f);
  const samples = Array.from({ length: batches }, () => timeCalls(f, size) / size);
  sortSamples(samples);
  winsorize(samples, 5);
  return summarize(name, samples, size);
}

const SUMMARY: TypeShape = {
  kind: 'struct',
  name: 'Summary',
  fields: () => {
    const D = desc('Double');
    const field = (name: string) => ({ name, desc: D });
    return [
      { name: 'name', desc: desc('Option', [desc('String')]), optional: true },
      ...['sum', 'min', 'max', 'mean', 'median', 'variance', 'std_dev', 'std_dev_pct', 'median_abs_dev', 'median_abs_dev_pct'].map(field),
      { name: 'quartiles', desc: desc('Tuple3', [D, D, D]) },
      field('iqr'),
      { name: 'batch_size', desc: desc('Int') },
      { name: 'runs', desc: desc('Int') },
    ];
  },
};
const summaryImpls = deriveImpls(SUMMARY, ['ToJson', 'Debug']);

const summaryJson = (s: Summary): J.Json => (desc('@bench.Summary')['ToJson.to_json'] as (s: Summary) => J.Json)(s);
const summaryRepr = (s: Summary): R.Repr => (desc('@bench.Summary')['Debug.to_repr'] as (s: Summary) => R.Repr)(s);

const create = (): Bench => ({ buffer: new StringBuilder(), summaries: [], _storage: { val: undefined } });

export default defineModule('bench', {
  decls: `
    type Bench
    pub type T = Bench
    type Summary
    type Timestamp
  `,
  fns: {
    'Bench::Bench': fn('fn Bench::Bench() -> Bench', create),
    'Bench::new': fn('fn Bench::new() -> Bench', create),
    new: fn('fn new() -> Bench', create),
    'Bench::bench': fn(
      'fn Bench::bench(self : Bench, name? : String, f : () -> Unit, count? : UInt = ..) -> Unit',
      (self: Bench, name: Option<string>, f: () => void, count: number | undefined) => {
        const summary = run(name, f, count);
        if (self.buffer.toString() !== '') self.buffer.write_string(',');
        self.buffer.write_string(J.stringify(summaryJson(summary), true, 0, undefined));
        self.summaries.push(summary);
      },
    ),
    'Bench::keep': fn('fn[Any] Bench::keep(self : Bench, value : Any) -> Unit', (self: Bench, value: unknown) => {
      self._storage = { val: value };
    }),
    'Bench::dump_summaries': fn('fn Bench::dump_summaries(self : Bench) -> String', (self: Bench) => `[${self.buffer.toString()}]`),
    single_bench: fn('fn single_bench(name? : String, f : () -> Unit, count? : UInt = ..) -> Summary', run),
    monotonic_clock_start: fn('fn monotonic_clock_start() -> Timestamp', clockStart),
    monotonic_clock_end: fn('fn monotonic_clock_end(ts : Timestamp) -> Double', clockEnd),
  },
  impls: {
    'ToJson for @bench.Summary': impl('impl ToJson for Summary', summaryImpls.ToJson!),
    'Debug for @bench.Summary': impl('impl @debug.Debug for Summary', summaryImpls.Debug!),
    'Debug for @bench.Bench': impl('impl @debug.Debug for Bench', {
      to_repr: (self: Bench) => R.opaque('Bench', R.array(self.summaries.map(summaryRepr))),
    }),
    'Debug for @bench.Timestamp': impl('impl @debug.Debug for Timestamp', { to_repr: () => R.opaque('Timestamp', R.OMITTED) }),
  },
});
