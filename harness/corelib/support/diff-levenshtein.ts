// Unit-cost Levenshtein distance for `@diff`: the full two-row table, the
// banded search that gives up past `max_distance`, and the forward-greedy
// edit script with substitutions. Inputs are reached through `same(i, j)`,
// element `i` of the longer side against element `j` of the other, so
// arrays and string code units share one implementation; the order of the
// comparisons is core's, which a user `Eq` can observe.

import { abort } from '../builtin/console.ts';

/** The two sides: `alen >= blen`, and `same(i, j)` compares `a[i]` with `b[j]`. */
export interface Sides {
  readonly alen: number;
  readonly blen: number;
  readonly same: (i: number, j: number) => boolean;
}

/** The shared prefix length and the trimmed lengths (the suffix is trimmed too). */
function trim(s: Sides): { p: number; m: number; n: number } {
  let p = 0;
  while (p < s.blen && s.same(p, p)) p++;
  let suffix = 0;
  while (suffix < s.blen - p && s.same(s.alen - 1 - suffix, s.blen - 1 - suffix)) suffix++;
  return { p, m: s.alen - p - suffix, n: s.blen - p - suffix };
}

export function distance(s: Sides): number {
  const { p, m, n } = trim(s);
  if (n === 0) return m;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    for (let j = 1; j <= n; j++) {
      const sub = prev[j - 1]! + (s.same(p + i - 1, p + j - 1) ? 0 : 1);
      cur[j] = Math.min(sub, prev[j]! + 1, cur[j - 1]! + 1);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[n]!;
}

/** The distance if it is at most `k` (non-negative), else undefined. */
export function distanceWithin(s: Sides, k: number): number | undefined {
  const { p, m, n } = trim(s);
  if (m - n > k) return undefined;
  if (k >= m) return distance(s);
  // cells beyond the bound all hold `inf`, so stale ones cannot creep upward
  const inf = k + 1;
  let prev = Array.from({ length: n + 1 }, (_, j) => (j <= k ? j : inf));
  let cur = new Array<number>(n + 1).fill(inf);
  for (let i = 1; i <= m; i++) {
    const lo = Math.max(i - k, 1);
    const hi = k >= n - i ? n : i + k;
    cur[lo - 1] = lo === 1 && i <= k ? i : inf;
    let rowMin = inf;
    for (let j = lo; j <= hi; j++) {
      const sub = prev[j - 1]! + (s.same(p + i - 1, p + j - 1) ? 0 : 1);
      const best = Math.min(sub, prev[j]! + 1, cur[j - 1]! + 1, inf);
      cur[j] = best;
      rowMin = Math.min(rowMin, best);
    }
    if (rowMin > k) return undefined;
    if (hi < n) cur[hi + 1] = inf;
    [prev, cur] = [cur, prev];
  }
  return prev[n]! <= k ? prev[n] : undefined;
}

export type LevEdit =
  | { readonly $c: 'Delete'; readonly _0: number; readonly _1: number; readonly _2: number }
  | { readonly $c: 'Insert'; readonly _0: number; readonly _1: number; readonly _2: number }
  | { readonly $c: 'Equal'; readonly _0: number; readonly _1: number; readonly _2: number }
  | { readonly $c: 'Replace'; readonly _0: number; readonly _1: number; readonly _2: number };

const DIAGONAL = 0;
const DELETE = 1;
const INSERT = 2;

/**
 * A minimal script from `old` (length `m0`) to `new` (length `n0`), where
 * `same(i, j)` compares `old[i]` with `new[j]`: after the common prefix, each
 * cell takes the cheapest way on, preferring the diagonal, then a deletion.
 */
export function levenshteinScript(m0: number, n0: number, same: (i: number, j: number) => boolean): LevEdit[] {
  let prefix = 0;
  while (prefix < Math.min(m0, n0) && same(prefix, prefix)) prefix++;
  const m = m0 - prefix;
  const n = n0 - prefix;
  if ((m + 1) * (n + 1) > 2147483647) abort('levenshtein_edits: input too large');
  const eq = (i: number, j: number) => same(prefix + i, prefix + j);
  const width = n + 1;
  // the choice at each cell, from the cost of the rest computed bottom-up
  const choice = new Uint8Array((m + 1) * width);
  let below = Array.from({ length: width }, (_, j) => n - j);
  choice.fill(INSERT, m * width, m * width + n);
  let row = new Array<number>(width).fill(0);
  for (let i = m - 1; i >= 0; i--) {
    row[n] = m - i;
    choice[i * width + n] = DELETE;
    for (let j = n - 1; j >= 0; j--) {
      let best = below[j + 1]! + (eq(i, j) ? 0 : 1);
      let dir = DIAGONAL;
      if (below[j]! + 1 < best) (best = below[j]! + 1), (dir = DELETE);
      if (row[j + 1]! + 1 < best) (best = row[j + 1]! + 1), (dir = INSERT);
      row[j] = best;
      choice[i * width + j] = dir;
    }
    [below, row] = [row, below];
  }
  const edits: LevEdit[] = [];
  if (prefix > 0) edits.push({ $c: 'Equal', _0: 0, _1: 0, _2: prefix });
  let i = 0;
  let j = 0;
  while (i < m || j < n) {
    const dir = choice[i * width + j];
    const i0 = i;
    const j0 = j;
    if (dir === DIAGONAL) {
      // a run of diagonal steps that are all matches, or all substitutions
      const matching = eq(i, j);
      while (i < m && j < n && choice[i * width + j] === DIAGONAL && eq(i, j) === matching) i++, j++;
      edits.push({ $c: matching ? 'Equal' : 'Replace', _0: prefix + i0, _1: prefix + j0, _2: i - i0 });
    } else if (dir === DELETE) {
      while (i < m && choice[i * width + j] === DELETE) i++;
      edits.push({ $c: 'Delete', _0: prefix + i0, _1: i - i0, _2: prefix + j });
    } else {
      while (j < n && choice[i * width + j] === INSERT) j++;
      edits.push({ $c: 'Insert', _0: prefix + i, _1: prefix + j0, _2: j - j0 });
    }
  }
  return edits;
}
