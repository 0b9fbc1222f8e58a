// @bench. Every expected value was printed by the real MoonBit compiler
// (/tmp/moonbit-oracle) running the newest core's bench sources (stats.mbt,
// bench.mbt, types.mbt, debug.mbt and the JS clock) as a local package, the
// statistics on fixed samples and the benchmarks under a fake clock: a JS
// `performance.now` returning a counter that each call of the benchmarked
// function advances by a chosen cost, cycling through a list, so every
// batch and every sample is fixed. The oracle's report of a run is how many
// times the function was called and how many calls each clock reading
// pair enclosed (the calibration trials, then the batches).
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { desc } from '../../../harness/runtime/desc.ts';
import { None, Panic, Some, type Option } from '../../../harness/runtime/values.ts';
import { coreTable } from '../../../harness/corelib/runtime.ts';
import { render } from '../../../harness/corelib/support/pretty.ts';
import * as J from '../../../harness/corelib/support/json.ts';
import type { Repr } from '../../../harness/corelib/support/repr.ts';
import { percentile, sortSamples, summarize, winsorize, type Summary } from '../../../harness/corelib/support/bench-stats.ts';

const table = coreTable();
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const f = (name: string) => table[`@bench.${name}`] as (...args: any[]) => any;

const json = (s: Summary): string => J.stringify((desc('@bench.Summary')['ToJson.to_json'] as (s: Summary) => J.Json)(s), false, 0, undefined);
const debug = (type: string, x: unknown): string => render((desc(`@bench.${type}`)['Debug.to_repr'] as (x: unknown) => Repr)(x));

/** The oracle's `Summary::new(name?, sorted_data=..., 7)`, after `winsorize(.., 5.0)` where marked. */
const STATS: [name: Option<string>, samples: number[], winsorized: boolean, json: string][] = [
  [None, [1.1, 21.4, 2.2, 3.3, 4.5, 12.5, 33.3, 14.4], false, '{"sum":92.69999999999999,"min":1.1,"max":33.3,"mean":11.587499999999999,"median":8.5,"variance":127.64124999999999,"std_dev":11.297842714430042,"std_dev_pct":97.50026075020534,"median_abs_dev":9.043859999999999,"median_abs_dev_pct":106.39835294117646,"quartiles":[3.025,8.5,16.15],"iqr":13.124999999999998,"batch_size":7,"runs":8}'],
  [new Some('one'), [42], false, '{"name":"one","sum":42,"min":42,"max":42,"mean":42,"median":42,"variance":0,"std_dev":0,"std_dev_pct":0,"median_abs_dev":0,"median_abs_dev_pct":0,"quartiles":[42,42,42],"iqr":0,"batch_size":7,"runs":1}'],
  [None, [-3.5, 0, 3.5], false, '{"sum":0,"min":-3.5,"max":3.5,"mean":0,"median":0,"variance":12.25,"std_dev":3.5,"std_dev_pct":0,"median_abs_dev":5.1891,"median_abs_dev_pct":0,"quartiles":[-1.75,0,1.75],"iqr":3.5,"batch_size":7,"runs":3}'],
  [None, [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7], false, '{"sum":2.8,"min":0.1,"max":0.7,"mean":0.39999999999999997,"median":0.4,"variance":0.04666666666666666,"std_dev":0.21602468994692867,"std_dev_pct":54.006172486732176,"median_abs_dev":0.2965199999999999,"median_abs_dev_pct":74.12999999999997,"quartiles":[0.25,0.4,0.55],"iqr":0.30000000000000004,"batch_size":7,"runs":7}'],
  [None, [5, 5, 7, 100], false, '{"sum":117,"min":5,"max":100,"mean":29.25,"median":6,"variance":2225.5833333333335,"std_dev":47.176088576028995,"std_dev_pct":161.28577290950085,"median_abs_dev":1.4826,"median_abs_dev_pct":24.709999999999997,"quartiles":[5,6,30.25],"iqr":25.25,"batch_size":7,"runs":4}'],
  [None, [0.3, 0.1], false, '{"sum":0.4,"min":0.1,"max":0.3,"mean":0.2,"median":0.2,"variance":0.019999999999999997,"std_dev":0.1414213562373095,"std_dev_pct":70.71067811865474,"median_abs_dev":0.14825999999999998,"median_abs_dev_pct":74.12999999999998,"quartiles":[0.15,0.2,0.25],"iqr":0.1,"batch_size":7,"runs":2}'],
  [None, [19, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 1000], true, '{"sum":259.0000000000007,"min":1.9500000000000002,"max":68.0500000000007,"mean":12.950000000000035,"median":10.5,"variance":197.34500000000403,"std_dev":14.047953587622791,"std_dev_pct":108.47840608202898,"median_abs_dev":7.412999999999999,"median_abs_dev_pct":70.6,"quartiles":[5.75,10.5,15.25],"iqr":9.5,"batch_size":7,"runs":20}'],
  [None, [3, 1, 2], true, '{"sum":6,"min":1.1,"max":2.9,"mean":2,"median":2,"variance":0.8099999999999998,"std_dev":0.8999999999999999,"std_dev_pct":44.99999999999999,"median_abs_dev":1.3343399999999999,"median_abs_dev_pct":66.717,"quartiles":[1.55,2,2.45],"iqr":0.9000000000000001,"batch_size":7,"runs":3}'],
  [None, [2.5, 2.5], true, '{"sum":5,"min":2.5,"max":2.5,"mean":2.5,"median":2.5,"variance":0,"std_dev":0,"std_dev_pct":0,"median_abs_dev":0,"median_abs_dev_pct":0,"quartiles":[2.5,2.5,2.5],"iqr":0,"batch_size":7,"runs":2}'],
];

test('@bench statistics on fixed samples are core\'s to the last bit', () => {
  for (const [name, samples, winsorized, expected] of STATS) {
    const sorted = [...samples];
    sortSamples(sorted);
    if (winsorized) winsorize(sorted, 5);
    assert.equal(json(summarize(name, sorted, 7)), expected, JSON.stringify(samples));
  }
  const pcts = [0, 5, 12.5, 33.3, 50, 95, 99.9, 100];
  assert.deepEqual(pcts.map((p) => percentile([1, 2, 3, 4], p)), [1, 1.15, 1.375, 1.9989999999999999, 2.5, 3.8499999999999996, 3.9970000000000003, 4]);
  assert.throws(() => percentile([], 50), Panic);
  assert.throws(() => percentile([1, 2], 100.5), Panic);
  assert.throws(() => percentile([1, 2], NaN), Panic);
});

test('@bench Summary: derived Debug and ToJson (fields in declaration order, a None name omitted)', () => {
  assert.equal(debug('Summary', summarize(new Some('a/b"c'), [1.5, 2.25], 3)), "{\n  name: Some(\"a/b\\\"c\"),\n  sum: 3.75,\n  min: 1.5,\n  max: 2.25,\n  mean: 1.875,\n  median: 1.875,\n  variance: 0.28125,\n  std_dev: 0.5303300858899106,\n  std_dev_pct: 28.284271247461902,\n  median_abs_dev: 0.555975,\n  median_abs_dev_pct: 29.652,\n  quartiles: (1.6875, 1.875, 2.0625),\n  iqr: 0.375,\n  batch_size: 3,\n  runs: 2,\n}");
  assert.equal(debug('Summary', summarize(None, [0.5], 1)), "{\n  name: None,\n  sum: 0.5,\n  min: 0.5,\n  max: 0.5,\n  mean: 0.5,\n  median: 0.5,\n  variance: 0,\n  std_dev: 0,\n  std_dev_pct: 0,\n  median_abs_dev: 0,\n  median_abs_dev_pct: 0,\n  quartiles: (0.5, 0.5, 0.5),\n  iqr: 0,\n  batch_size: 1,\n  runs: 1,\n}");
});

/** `performance.now` as the oracle's fake: a counter the benchmarked functions advance. */
function fakeClock(t: TestContext) {
  let now = 0;
  let calls = 0;
  let lastRead = 0;
  const callsBetweenReads: number[] = [];
  t.mock.method(performance, 'now', () => {
    callsBetweenReads.push(calls - lastRead);
    lastRead = calls;
    return now;
  });
  return {
    /** A function each call of which takes the next of `costs` µs. */
    costly(costs: number[]): () => void {
      let i = 0;
      return () => {
        calls++;
        now += costs[i % costs.length]! / 1000;
        i++;
      };
    },
    /** Calls in all, and the calls each start/end pair timed (none may fall outside one). */
    report(): { calls: number; batches: number[] } {
      assert.ok(callsBetweenReads.every((n, i) => i % 2 === 1 || n === 0));
      return { calls, batches: callsBetweenReads.filter((_, i) => i % 2 === 1) };
    },
  };
}

const RUNS: [name: Option<string>, costs: number[], count: number | undefined, calls: number, batches: number[], json: string][] = [
  [None, [3, 1, 4, 1, 5, 9, 2, 6], 5, 194570, [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768, 25807, 25807, 25807, 25807, 25807], '{"sum":19.37496028206226,"min":3.874832409804924,"max":3.875103654041,"mean":3.8749920564124523,"median":3.8749951563465603,"variance":1.1429407998969864e-8,"std_dev":0.00010690840939313364,"std_dev_pct":0.0027589323497120054,"median_abs_dev":0.00011489905850589066,"median_abs_dev_pct":0.0029651407000523913,"quartiles":[3.8749564071699787,3.8749951563465603,3.875072654699795],"iqr":0.00011624752981642672,"batch_size":25807,"runs":5}'],
  [new Some('slow'), [150000], 3, 4, [1, 1, 1, 1], '{"name":"slow","sum":450000,"min":150000,"max":150000,"mean":150000,"median":150000,"variance":0,"std_dev":0,"std_dev_pct":0,"median_abs_dev":0,"median_abs_dev_pct":0,"quartiles":[150000,150000,150000],"iqr":0,"batch_size":1,"runs":3}'],
  [None, [0.25, 0.5], 0x80000002, 1248575, [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768, 65536, 131072, 262144, 524288, 100000, 100000], '{"sum":0.7499999999822649,"min":0.3749999999911324,"max":0.3749999999911324,"mean":0.3749999999911324,"median":0.3749999999911324,"variance":0,"std_dev":0,"std_dev_pct":0,"median_abs_dev":0,"median_abs_dev_pct":0,"quartiles":[0.3749999999911324,0.3749999999911324,0.3749999999911324],"iqr":0,"batch_size":100000,"runs":2}'],
  [None, [400, 800, 1200], undefined, 1505, [1, 2, 4, 8, 16, 32, 64, 128, 125, 125, 125, 125, 125, 125, 125, 125, 125, 125], '{"sum":7996.799999999984,"min":796.799999999992,"max":803.200000000009,"mean":799.6799999999984,"median":799.9999999999925,"variance":7.850666666653041,"std_dev":2.8019041144644903,"std_dev_pct":0.3503781655742917,"median_abs_dev":4.7443199999963594,"median_abs_dev_pct":0.5930399999995505,"quartiles":[796.8000000000056,799.9999999999925,802.3999999999926],"iqr":5.599999999986949,"batch_size":125,"runs":10}'],
];

test('@bench.single_bench: calibration trials, batch size, batches and the winsorized summary', (t) => {
  for (const [name, costs, count, calls, batches, expected] of RUNS) {
    const clock = fakeClock(t);
    const summary = f('single_bench')(name, clock.costly(costs), count) as Summary;
    assert.deepEqual(clock.report(), { calls, batches }, JSON.stringify(costs));
    assert.equal(json(summary), expected);
    t.mock.restoreAll();
  }
  // No batches: core's percentile guard panics once calibration has run.
  const clock = fakeClock(t);
  assert.throws(() => f('single_bench')(None, clock.costly([150000]), 0), Panic);
  assert.deepEqual(clock.report(), { calls: 1, batches: [1] });
});

test('@bench.Bench: bench collects summaries and their JSON, dump_summaries, keep, Debug', (t) => {
  const clock = fakeClock(t);
  const b = f('Bench::Bench')();
  assert.equal(f('Bench::dump_summaries')(b), '[]');
  assert.equal(debug('Bench', b), '<Bench: []>');
  f('Bench::bench')(b, new Some('p/q'), clock.costly([150000]), 2);
  f('Bench::bench')(b, None, clock.costly([200000, 100000]), 3);
  f('Bench::keep')(b, [1, 2]);
  assert.deepEqual(b._storage, { val: [1, 2] });
  f('Bench::bench')(b, new Some('ten'), clock.costly([120000]), undefined);
  assert.deepEqual(clock.report(), { calls: 18, batches: Array(18).fill(1) });
  assert.equal(f('Bench::dump_summaries')(b), "[{\"name\":\"p\\/q\",\"sum\":300000,\"min\":150000,\"max\":150000,\"mean\":150000,\"median\":150000,\"variance\":0,\"std_dev\":0,\"std_dev_pct\":0,\"median_abs_dev\":0,\"median_abs_dev_pct\":0,\"quartiles\":[150000,150000,150000],\"iqr\":0,\"batch_size\":1,\"runs\":2},{\"sum\":390000,\"min\":100000,\"max\":190000,\"mean\":130000,\"median\":100000,\"variance\":2700000000,\"std_dev\":51961.52422706632,\"std_dev_pct\":39.970403251589474,\"median_abs_dev\":0,\"median_abs_dev_pct\":0,\"quartiles\":[100000,100000,145000],\"iqr\":45000,\"batch_size\":1,\"runs\":3},{\"name\":\"ten\",\"sum\":1200000,\"min\":120000,\"max\":120000,\"mean\":120000,\"median\":120000,\"variance\":0,\"std_dev\":0,\"std_dev_pct\":0,\"median_abs_dev\":0,\"median_abs_dev_pct\":0,\"quartiles\":[120000,120000,120000],\"iqr\":0,\"batch_size\":1,\"runs\":10}]");
  assert.equal(debug('Bench', b), "<Bench:\n  [\n    {\n      name: Some(\"p/q\"),\n      sum: 300000,\n      min: 150000,\n      max: 150000,\n      mean: 150000,\n      median: 150000,\n      variance: 0,\n      std_dev: 0,\n      std_dev_pct: 0,\n      median_abs_dev: 0,\n      median_abs_dev_pct: 0,\n      quartiles: (150000, 150000, 150000),\n      iqr: 0,\n      batch_size: 1,\n      runs: 2,\n    },\n    {\n      name: None,\n      sum: 390000,\n      min: 100000,\n      max: 190000,\n      mean: 130000,\n      median: 100000,\n      variance: 2700000000,\n      std_dev: 51961.52422706632,\n      std_dev_pct: 39.970403251589474,\n      median_abs_dev: 0,\n      median_abs_dev_pct: 0,\n      quartiles: (100000, 100000, 145000),\n      iqr: 45000,\n      batch_size: 1,\n      runs: 3,\n    },\n    {\n      name: Some(\"ten\"),\n      sum: 1200000,\n      min: 120000,\n      max: 120000,\n      mean: 120000,\n      median: 120000,\n      variance: 0,\n      std_dev: 0,\n      std_dev_pct: 0,\n      median_abs_dev: 0,\n      median_abs_dev_pct: 0,\n      quartiles: (120000, 120000, 120000),\n      iqr: 0,\n      batch_size: 1,\n      runs: 10,\n    },\n  ]>");
  for (const name of ['Bench::new', 'new']) assert.equal(f('Bench::dump_summaries')(f(name)()), '[]');
});

test('@bench clock: microseconds between two performance.now() readings; Timestamp Debug', (t) => {
  const readings = [1.5, 2.75];
  t.mock.method(performance, 'now', () => readings.shift());
  const ts = f('monotonic_clock_start')();
  assert.equal(f('monotonic_clock_end')(ts), 1250);
  assert.equal(debug('Timestamp', ts), '<Timestamp: ...>');
});
