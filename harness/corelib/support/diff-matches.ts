// The matched index pairs behind `@diff.Diff`: Myers' divide-and-conquer
// search (forward and backward greedy passes meeting in the middle, with
// core's cost cutoff and its heuristic split when the cutoff is reached),
// and patience diff's unique-element anchors with Myers in the gaps. Which
// of several equally short scripts comes out depends on every tie-break,
// scan direction and scratch-array reuse, so each follows core's step for
// step; only the loops are written differently.

import { equal, type Desc } from '../../runtime/desc.ts';

type AnyFn = (...args: unknown[]) => unknown;

/** A window `start..end` of a sequence, as the matchers read it. */
export interface Window {
  readonly arr: readonly unknown[];
  readonly start: number;
  readonly end: number;
}

const INT_MAX = 2147483647;

/** A lookup from elements to values by the element type's Hash and Eq. */
class ElemTable<V> {
  private readonly buckets = new Map<number, [unknown, V][]>();
  private readonly hashOf: (x: unknown) => number;
  constructor(private readonly T: Desc) {
    this.hashOf = T['Hash.hash'] as AnyFn as (x: unknown) => number;
  }
  get(key: unknown): V | undefined {
    const bucket = this.buckets.get(this.hashOf(key));
    return bucket?.find(([k]) => equal(this.T, k, key))?.[1];
  }
  set(key: unknown, value: V): void {
    const h = this.hashOf(key);
    const bucket = this.buckets.get(h);
    if (bucket === undefined) this.buckets.set(h, [[key, value]]);
    else bucket.push([key, value]);
  }
  values(): V[] {
    return [...this.buckets.values()].flatMap((b) => b.map(([, v]) => v));
  }
}

/** The elements of `a` that also occur in `b`: their values and original positions. */
function retained(T: Desc, a: Window, b: Window): { items: unknown[]; at: number[] } {
  const present = new ElemTable<true>(T);
  for (let i = b.start; i < b.end; i++) if (present.get(b.arr[i]) === undefined) present.set(b.arr[i], true);
  const items: unknown[] = [];
  const at: number[] = [];
  for (let i = a.start; i < a.end; i++) {
    if (present.get(a.arr[i]) === undefined) continue;
    items.push(a.arr[i]);
    at.push(i - a.start);
  }
  return { items, at };
}

interface Split {
  readonly x: number;
  readonly y: number;
  readonly loMinimal: boolean;
  readonly hiMinimal: boolean;
}

/**
 * Which elements of `old` and `new` are changed (true) and which are kept,
 * by Myers' search over the elements each side shares with the other.
 */
function changeMarks(T: Desc, cutoff: number | undefined, old: Window, new_: Window): [boolean[], boolean[]] {
  const lhs = retained(T, old, new_);
  const rhs = retained(T, new_, old);
  const a = lhs.items;
  const b = rhs.items;
  const size = a.length + b.length + 3;
  const fwd = new Int32Array(size);
  const bwd = new Int32Array(size);
  const shift = b.length + 1;
  let tooExpensive = cutoff;
  if (tooExpensive === undefined) {
    // about the square root of the compacted sizes, but never below 4096
    let acc = 1;
    for (let rest = size; rest !== 0; rest >>= 2) acc <<= 1;
    tooExpensive = Math.max(acc, 4096);
  }
  const same = (i: number, j: number) => equal(T, a[i], b[j]);

  const middle = (xlo: number, xhi: number, ylo: number, yhi: number, minimal: boolean): Split => {
    const dmin = xlo - yhi;
    const dmax = xhi - ylo;
    const fmid = xlo - ylo;
    const bmid = xhi - yhi;
    const odd = ((fmid - bmid) & 1) !== 0;
    fwd[shift + fmid] = xlo;
    bwd[shift + bmid] = xhi;
    let fmin = fmid, fmax = fmid, bmin = bmid, bmax = bmid;
    for (let cost = 1; ; cost++) {
      if (fmin > dmin) fwd[shift + --fmin - 1] = -1;
      else fmin++;
      if (fmax < dmax) fwd[shift + ++fmax + 1] = -1;
      else fmax--;
      for (let d = fmax; d >= fmin; d -= 2) {
        const tlo = fwd[shift + d - 1]!;
        const thi = fwd[shift + d + 1]!;
        let x = tlo >= thi ? tlo + 1 : thi;
        let y = x - d;
        while (x < xhi && y < yhi && same(x, y)) x++, y++;
        fwd[shift + d] = x;
        if (odd && bmin <= d && d <= bmax && bwd[shift + d]! <= x) return { x, y, loMinimal: true, hiMinimal: true };
      }
      if (bmin > dmin) bwd[shift + --bmin - 1] = INT_MAX;
      else bmin++;
      if (bmax < dmax) bwd[shift + ++bmax + 1] = INT_MAX;
      else bmax--;
      for (let d = bmax; d >= bmin; d -= 2) {
        const tlo = bwd[shift + d - 1]!;
        const thi = bwd[shift + d + 1]!;
        let x = tlo < thi ? tlo : thi - 1;
        let y = x - d;
        while (x > xlo && y > ylo && same(x - 1, y - 1)) x--, y--;
        bwd[shift + d] = x;
        if (!odd && fmin <= d && d <= fmax && x <= fwd[shift + d]!) return { x, y, loMinimal: true, hiMinimal: true };
      }
      if (minimal || cost < tooExpensive) continue;
      // Over budget: split where either search got furthest, trusting only that half.
      let fxyBest = -1;
      let fxBest = fmax;
      for (let d = fmax; d >= fmin; d -= 2) {
        let x = Math.min(xhi, fwd[shift + d]!);
        let y = x - d;
        if (yhi < y) (x = yhi + d), (y = yhi);
        if (fxyBest < x + y) (fxyBest = x + y), (fxBest = x);
      }
      let bxyBest = INT_MAX;
      let bxBest = bmax;
      for (let d = bmax; d >= bmin; d -= 2) {
        let x = Math.max(xlo, bwd[shift + d]!);
        let y = x - d;
        if (y < ylo) (x = ylo + d), (y = ylo);
        if (x + y < bxyBest) (bxyBest = x + y), (bxBest = x);
      }
      return xhi + yhi - bxyBest < fxyBest - (xlo + ylo)
        ? { x: fxBest, y: fxyBest - fxBest, loMinimal: true, hiMinimal: false }
        : { x: bxBest, y: bxyBest - bxBest, loMinimal: false, hiMinimal: true };
    }
  };

  const oldMarks = new Array<boolean>(old.end - old.start).fill(true);
  const newMarks = new Array<boolean>(new_.end - new_.start).fill(true);
  for (const i of lhs.at) oldMarks[i] = false;
  for (const j of rhs.at) newMarks[j] = false;

  // Depth first, left half before right half, as core's recursion: the
  // scratch diagonals are shared, so the order is kept.
  const pending: [number, number, number, number, boolean][] = [[0, a.length, 0, b.length, false]];
  while (pending.length > 0) {
    let [xlo, xhi, ylo, yhi, minimal] = pending.pop()!;
    while (xlo < xhi && ylo < yhi && same(xlo, ylo)) xlo++, ylo++;
    while (xhi > xlo && yhi > ylo && same(xhi - 1, yhi - 1)) xhi--, yhi--;
    if (xlo === xhi) {
      for (let y = ylo; y < yhi; y++) newMarks[rhs.at[y]!] = true;
    } else if (ylo === yhi) {
      for (let x = xlo; x < xhi; x++) oldMarks[lhs.at[x]!] = true;
    } else {
      const s = middle(xlo, xhi, ylo, yhi, minimal);
      pending.push([s.x, xhi, s.y, yhi, s.hiMinimal], [xlo, s.x, ylo, s.y, s.loMinimal]);
    }
  }
  return [oldMarks, newMarks];
}

/** Appends Myers' matched pairs of `old` and `new`, shifted by the offsets. */
function pushMyers(T: Desc, out: [number, number][], cutoff: number | undefined, old: Window, new_: Window, dx: number, dy: number): void {
  const [oldMarks, newMarks] = changeMarks(T, cutoff, old, new_);
  let i = 0;
  let j = 0;
  while (i < oldMarks.length && j < newMarks.length) {
    if (!oldMarks[i]) {
      if (!newMarks[j]) out.push([dx + i++, dy + j++]);
      else j++;
    } else if (!newMarks[j]) {
      i++;
    } else {
      i++, j++;
    }
  }
}

/** Pairs of positions of the elements occurring exactly once on each side, by old position. */
function uniquePairs(T: Desc, old: Window, new_: Window): [number, number][] {
  interface Count { readonly oldAt: number; oldCount: number; newAt: number; newCount: number }
  const counts = new ElemTable<Count>(T);
  for (let i = old.start; i < old.end; i++) {
    const c = counts.get(old.arr[i]);
    if (c) c.oldCount++;
    else counts.set(old.arr[i], { oldAt: i - old.start, oldCount: 1, newAt: -1, newCount: 0 });
  }
  for (let j = new_.start; j < new_.end; j++) {
    const c = counts.get(new_.arr[j]);
    if (!c) continue;
    c.newCount++;
    if (c.newAt === -1) c.newAt = j - new_.start;
  }
  return counts
    .values()
    .filter((c) => c.oldCount === 1 && c.newCount === 1)
    .map((c): [number, number] => [c.oldAt, c.newAt])
    .sort((p, q) => p[0] - q[0]);
}

interface Card {
  readonly newAt: number;
  readonly place: number;
  readonly prev: Card | undefined;
}

/** The longest chain of unique pairs increasing on both sides, by patience sorting. */
function anchors(T: Desc, old: Window, new_: Window): [number, number][] {
  const pairs = uniquePairs(T, old, new_);
  const piles: Card[][] = [];
  pairs.forEach(([, newAt], place) => {
    if (piles.length === 0) {
      piles.push([{ newAt, place, prev: undefined }]);
      return;
    }
    // the last pile whose top ends before `newAt`; the card goes on the next one
    let lo = -1;
    let hi = piles.length;
    while (lo + 1 < hi) {
      const mid = ((lo + hi) / 2) | 0;
      if (piles[mid]!.at(-1)!.newAt < newAt) lo = mid;
      else hi = mid;
    }
    if (lo < 0) piles[0]!.push({ newAt, place, prev: undefined });
    else if (lo + 1 < piles.length) piles[lo + 1]!.push({ newAt, place, prev: piles[lo]!.at(-1) });
    else piles.push([{ newAt, place, prev: piles[lo]!.at(-1) }]);
  });
  const chain: [number, number][] = [];
  for (let card = piles.at(-1)?.at(-1); card !== undefined; card = card.prev) chain.push(pairs[card.place]!);
  return chain.reverse();
}

const sub = (w: Window, from: number, to: number): Window => ({ arr: w.arr, start: w.start + from, end: w.start + to });

/** The matched `(old, new)` index pairs, increasing on both sides. */
export function matchedPairs(T: Desc, cutoff: number | undefined, old: Window, new_: Window, patience: boolean): [number, number][] {
  const out: [number, number][] = [];
  const chain = patience ? anchors(T, old, new_) : [];
  if (chain.length === 0) {
    pushMyers(T, out, cutoff, old, new_, 0, 0);
    return out;
  }
  // one layer of anchors; the gaps between them go to Myers, not back to patience
  let i = 0;
  let j = 0;
  for (const [oi, nj] of chain) {
    pushMyers(T, out, cutoff, sub(old, i, oi), sub(new_, j, nj), i, j);
    out.push([oi, nj]);
    i = oi + 1;
    j = nj + 1;
  }
  pushMyers(T, out, cutoff, sub(old, i, old.end - old.start), sub(new_, j, new_.end - new_.start), i, j);
  return out;
}
