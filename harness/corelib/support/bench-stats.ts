// The statistics `@bench.Summary` holds, computed from a benchmark's samples
// (microseconds per call, sorted ascending) with core's formulas, step for
// step, so every Double comes out as core's: sums left to right from 0.0,
// variance over n - 1, percentiles interpolated linearly between the two
// nearest ranks, the median absolute deviation scaled by 1.4826, and a
// percentage of a zero mean or median taken as 0.

import { Panic, type Option } from '../../runtime/values.ts';

/** `@bench.Summary`: its fields in declaration order (derived ToJson and Debug follow it). */
export interface Summary {
  name: Option<string>;
  sum: number;
  min: number;
  max: number;
  mean: number;
  median: number;
  variance: number;
  std_dev: number;
  std_dev_pct: number;
  median_abs_dev: number;
  median_abs_dev_pct: number;
  quartiles: [number, number, number];
  iqr: number;
  batch_size: number;
  runs: number;
}

/** Ascending order; samples are finite and never -0.0, where this is the order Double's `Compare` gives. */
export const sortSamples = (xs: number[]): void => {
  xs.sort((a, b) => a - b);
};

/** The `pct`-th percentile of `sorted`; no samples or a pct outside [0, 100] is a panic, as core's guards are. */
export function percentile(sorted: readonly number[], pct: number): number {
  if (sorted.length === 0) throw new Panic('percentile of no samples');
  if (!(pct >= 0 && pct <= 100)) throw new Panic(`percentile ${pct} outside [0, 100]`);
  if (sorted.length === 1) return sorted[0]!;
  if (pct === 100) return sorted[sorted.length - 1]!;
  const rank = (pct / 100) * (sorted.length - 1);
  const below = Math.floor(rank);
  const lo = sorted[below]!;
  const hi = sorted[below + 1]!;
  return lo + (hi - lo) * (rank - below);
}

/** Clamps, in place, the samples below the `pct`-th percentile and above the `100 - pct`-th to them. */
export function winsorize(sorted: number[], pct: number): void {
  const lo = percentile(sorted, pct);
  const hi = percentile(sorted, 100 - pct);
  for (let i = 0; i < sorted.length; i++) {
    if (sorted[i]! > hi) sorted[i] = hi;
    else if (sorted[i]! < lo) sorted[i] = lo;
  }
}

const median = (sorted: readonly number[]): number => percentile(sorted, 50);
const percentOf = (part: number, whole: number): number => (whole === 0 ? 0 : (part / whole) * 100);

/** The summary of `sorted`, never empty (winsorizing no samples has panicked before). */
export function summarize(name: Option<string>, sorted: readonly number[], batchSize: number): Summary {
  let sum = 0;
  for (const x of sorted) sum += x;
  const mean = sum / sorted.length;
  const mid = median(sorted);
  let variance = 0;
  if (sorted.length >= 2) {
    for (const x of sorted) variance += (x - mean) * (x - mean);
    variance /= sorted.length - 1;
  }
  const std_dev = Math.sqrt(variance);
  const deviations = sorted.map((x) => Math.abs(mid - x));
  sortSamples(deviations);
  const median_abs_dev = median(deviations) * 1.4826;
  const quartiles: [number, number, number] = [percentile(sorted, 25), percentile(sorted, 50), percentile(sorted, 75)];
  return {
    name,
    sum,
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
    mean,
    median: mid,
    variance,
    std_dev,
    std_dev_pct: percentOf(std_dev, mean),
    median_abs_dev,
    median_abs_dev_pct: percentOf(median_abs_dev, mid),
    quartiles,
    iqr: quartiles[2] - quartiles[0],
    batch_size: batchSize,
    runs: sorted.length,
  };
}
