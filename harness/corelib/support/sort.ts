// Core's in-place sorts, step for step. `sort`, `sort_by` and `sort_by_key`
// are an unstable pattern-defeating quicksort: which of two elements that
// compare equal ends first depends on the exact sequence of swaps, and doc
// outputs show it (`sort_by_key` on records with equal keys), so the
// algorithm is core's own: insertion sort up to 16 elements, a median-of-
// three (or of nine above 50) pivot, a try at insertion sort when the input
// looks sorted, heap sort after too many unbalanced partitions, and skipping
// a run equal to the previous pivot. `stable_sort` is any stable sort: its
// result is fully determined.

type Cmp<T> = (a: T, b: T) => number;

/**
 * Sorts `arr[start..end)` by `cmp`. `same(p, x)` decides whether an element
 * equals the previous pivot (`==` for `T : Compare`, `cmp == 0` for `sort_by`).
 */
export function quickSort<T>(arr: T[], start: number, end: number, cmp: Cmp<T>, same: Cmp<T> | undefined): void {
  const eq = same ?? ((a: T, b: T) => (cmp(a, b) === 0 ? 0 : 1));
  let limit = 0;
  for (let n = end - start; n > 0; n >>= 1) limit++;
  sortRange(arr, start, end, cmp, eq, undefined, limit);
}

const SMALL = 16;

function sortRange<T>(
  arr: T[], lo: number, hi: number, cmp: Cmp<T>, same: Cmp<T>,
  pred: { v: T } | undefined, limit: number,
): void {
  let wasPartitioned = true;
  let balanced = true;
  for (;;) {
    const len = hi - lo;
    if (len <= SMALL) {
      if (len >= 2) insertionSort(arr, lo, hi, cmp);
      return;
    }
    if (limit === 0) {
      heapSort(arr, lo, hi, cmp);
      return;
    }
    const [pivotIndex, likelySorted] = choosePivot(arr, lo, hi, cmp);
    if (wasPartitioned && balanced && likelySorted && tryInsertionSort(arr, lo, hi, cmp)) return;
    const [pivot, partitioned] = partition(arr, lo, hi, cmp, pivotIndex);
    wasPartitioned = partitioned;
    balanced = Math.min(pivot, len - pivot) >= Math.trunc(len / 8);
    if (!balanced) limit--;
    if (pred !== undefined && same(pred.v, arr[lo + pivot]!) === 0) {
      // Everything here is >= the previous pivot: skip the run equal to it.
      let i = pivot;
      while (i < len && same(pred.v, arr[lo + i]!) === 0) i++;
      lo += i;
      continue;
    }
    const p = { v: arr[lo + pivot]! };
    const leftLen = pivot;
    const rightLen = len - pivot - 1;
    if (leftLen < rightLen) {
      sortRange(arr, lo, lo + pivot, cmp, same, pred, limit);
      lo = lo + pivot + 1;
      pred = p;
    } else {
      sortRange(arr, lo + pivot + 1, hi, cmp, same, p, limit);
      hi = lo + pivot;
    }
  }
}

function swap<T>(arr: T[], i: number, j: number): void {
  const t = arr[i]!;
  arr[i] = arr[j]!;
  arr[j] = t;
}

function insertionSort<T>(arr: T[], lo: number, hi: number, cmp: Cmp<T>): void {
  for (let i = lo + 1; i < hi; i++) {
    for (let j = i; j > lo && cmp(arr[j - 1]!, arr[j]!) > 0; j--) swap(arr, j, j - 1);
  }
}

/** Insertion sort that gives up after 8 out-of-place elements. */
function tryInsertionSort<T>(arr: T[], lo: number, hi: number, cmp: Cmp<T>): boolean {
  let tries = 0;
  for (let i = lo + 1; i < hi; i++) {
    let sorted = true;
    for (let j = i; j > lo && cmp(arr[j - 1]!, arr[j]!) > 0; j--) {
      swap(arr, j, j - 1);
      sorted = false;
    }
    if (!sorted && ++tries > 8) return false;
  }
  return true;
}

/** Core's pivot choice: `[index within the range, likely sorted]`. */
function choosePivot<T>(arr: T[], lo: number, hi: number, cmp: Cmp<T>): [number, boolean] {
  const len = hi - lo;
  let swaps = 0;
  const b = Math.trunc(len / 4) * 2;
  if (len >= 8) {
    const a = Math.trunc(len / 4);
    const c = Math.trunc(len / 4) * 3;
    const sort2 = (x: number, y: number): void => {
      if (cmp(arr[lo + x]!, arr[lo + y]!) > 0) {
        swap(arr, lo + x, lo + y);
        swaps++;
      }
    };
    const sort3 = (x: number, y: number, z: number): void => {
      sort2(x, y);
      sort2(y, z);
      sort2(x, y);
    };
    if (len > 50) {
      sort3(a - 1, a, a + 1);
      sort3(b - 1, b, b + 1);
      sort3(c - 1, c, c + 1);
    }
    sort3(a, b, c);
  }
  if (swaps === 12) {
    reverse(arr, lo, hi);
    return [len - b - 1, true];
  }
  return [b, swaps === 0];
}

function reverse<T>(arr: T[], lo: number, hi: number): void {
  for (let i = lo, j = hi - 1; i < j; i++, j--) swap(arr, i, j);
}

/** Lomuto partition around the element at `pivotIndex`: `[pivot's final index, already partitioned]`. */
function partition<T>(arr: T[], lo: number, hi: number, cmp: Cmp<T>, pivotIndex: number): [number, boolean] {
  const last = hi - 1;
  swap(arr, lo + pivotIndex, last);
  const pivot = arr[last]!;
  let i = 0;
  let partitioned = true;
  for (let j = 0; j < hi - lo - 1; j++) {
    if (cmp(arr[lo + j]!, pivot) < 0) {
      if (i !== j) {
        swap(arr, lo + i, lo + j);
        partitioned = false;
      }
      i++;
    }
  }
  swap(arr, lo + i, last);
  return [i, partitioned];
}

function heapSort<T>(arr: T[], lo: number, hi: number, cmp: Cmp<T>): void {
  const len = hi - lo;
  for (let i = Math.trunc(len / 2) - 1; i >= 0; i--) siftDown(arr, lo, len, i, cmp);
  for (let i = len - 1; i >= 1; i--) {
    swap(arr, lo, lo + i);
    siftDown(arr, lo, i, 0, cmp);
  }
}

function siftDown<T>(arr: T[], lo: number, len: number, index: number, cmp: Cmp<T>): void {
  for (let child = index * 2 + 1; child < len; child = index * 2 + 1) {
    if (child + 1 < len && cmp(arr[lo + child]!, arr[lo + child + 1]!) < 0) child++;
    if (cmp(arr[lo + index]!, arr[lo + child]!) >= 0) return;
    swap(arr, lo + index, lo + child);
    index = child;
  }
}

/** A stable merge sort of `arr[start..end)`. */
export function stableSort<T>(arr: T[], start: number, end: number, cmp: Cmp<T>): void {
  const sorted = arr.slice(start, end);
  mergeSort(sorted, arr.slice(start, end), 0, sorted.length, cmp);
  for (let i = 0; i < sorted.length; i++) arr[start + i] = sorted[i]!;
}

function mergeSort<T>(dst: T[], src: T[], lo: number, hi: number, cmp: Cmp<T>): void {
  if (hi - lo < 2) return;
  const mid = (lo + hi) >> 1;
  mergeSort(src, dst, lo, mid, cmp);
  mergeSort(src, dst, mid, hi, cmp);
  let i = lo;
  let j = mid;
  for (let k = lo; k < hi; k++) {
    if (j >= hi || (i < mid && cmp(src[i]!, src[j]!) <= 0)) dst[k] = src[i++]!;
    else dst[k] = src[j++]!;
  }
}
