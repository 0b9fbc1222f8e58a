// `@diff`: edit scripts between two sequences (Myers by default, patience
// diff on request), hunks for unified-diff output, and Levenshtein
// distances and scripts. The matchers are in support/diff-matches.ts and
// the Levenshtein tables in support/diff-levenshtein.ts.
//
// Values: `Diff[T]` is `{ old, new, edits }` and `Hunk[T]` is `{ edits,
// old, new }` (the views as given, and the script); `Edit` and
// `LevenshteinEdit` follow the enum representation with their three labeled
// fields in `_0`..`_2`, and `DiffAlgorithm` is `{ $c }`, recognized by `$c`
// since generated code may build its own.

import { defineModule, fn, impl } from './define.ts';
import { desc, equal, type Desc } from '../runtime/desc.ts';
import { ArrayView, StringBuilder, type StringView } from '../runtime/core-values.ts';
import { None, Some, isSome, type Option } from '../runtime/values.ts';
import { deriveImpls, type TypeShape } from '../runtime/derive.ts';
import { abort } from './builtin/console.ts';
import { span, view } from './support/seq.ts';
import { matchedPairs } from './support/diff-matches.ts';
import { distance, distanceWithin, levenshteinScript, type Sides } from './support/diff-levenshtein.ts';

type Many = ArrayView | unknown[];
type Text = StringView | string;

interface Edit {
  readonly $c: 'Delete' | 'Insert' | 'Equal';
  /** Delete: old_index, old_len, new_index; Insert: old_index, new_index, new_len; Equal: old_index, new_index, len. */
  readonly _0: number;
  readonly _1: number;
  readonly _2: number;
}
interface Diff {
  readonly old: ArrayView;
  readonly new: ArrayView;
  readonly edits: Edit[];
}
interface Hunk {
  readonly edits: ArrayView<Edit>;
  readonly old: ArrayView;
  readonly new: ArrayView;
}

const asView = (x: Many): ArrayView => (x instanceof ArrayView ? x : new ArrayView(x, 0, x.length));
const viewOf = <T>(arr: T[]): ArrayView<T> => new ArrayView(arr, 0, arr.length);

const del = (oldIndex: number, oldLen: number, newIndex: number): Edit => ({ $c: 'Delete', _0: oldIndex, _1: oldLen, _2: newIndex });
const ins = (oldIndex: number, newIndex: number, newLen: number): Edit => ({ $c: 'Insert', _0: oldIndex, _1: newIndex, _2: newLen });
const same = (oldIndex: number, newIndex: number, len: number): Edit => ({ $c: 'Equal', _0: oldIndex, _1: newIndex, _2: len });

/** The script of the matched pairs: runs of pairs are `Equal`, the gaps before them a `Delete` then an `Insert`. */
function diff(T: Desc, old: Many, new_: Many, cutoff: Option<number>, algorithm: { $c: string } | undefined): Diff {
  const o = asView(old);
  const n = asView(new_);
  const oldLen = o.end - o.start;
  const newLen = n.end - n.start;
  const pairs = matchedPairs(T, isSome(cutoff) ? cutoff.value : undefined, o, n, algorithm?.$c === 'Patience');
  const edits: Edit[] = [];
  let i = 0;
  let j = 0;
  let run: Edit | undefined;
  const flush = () => {
    if (run) edits.push(run);
    run = undefined;
  };
  for (const [oi, nj] of pairs) {
    if (i !== oi) {
      flush();
      edits.push(del(i, oi - i, j));
      i = oi;
    }
    if (j !== nj) {
      flush();
      edits.push(ins(i, j, nj - j));
    }
    i = oi + 1;
    j = nj + 1;
    run = run ? same(run._0, run._1, run._2 + 1) : same(oi, nj, 1);
  }
  flush();
  if (i !== oldLen) {
    edits.push(del(i, oldLen - i, j));
    i = oldLen;
  }
  if (j !== newLen) edits.push(ins(i, j, newLen - j));
  return { old: o, new: n, edits };
}

/** `[start, end)` of an edit on the old side and on the new side (Int arithmetic: a huge context wraps). */
function oldRange(e: Edit): [number, number] {
  return e.$c === 'Insert' ? [e._0, e._0] : [e._0, (e._0 + (e.$c === 'Delete' ? e._1 : e._2)) | 0];
}
function newRange(e: Edit): [number, number] {
  return e.$c === 'Delete' ? [e._2, e._2] : [e._1, (e._1 + e._2) | 0];
}

/** Splits the script where an unchanged run is longer than twice the context, trimming the runs at both ends. */
function group(self: Diff, context: number | undefined): Hunk[] {
  const ctx = context ?? 3;
  if (ctx < 0) abort('context must be non-negative');
  const hunks: Hunk[] = [];
  const hunk = (edits: Edit[]): Hunk => ({ edits: viewOf(edits), old: self.old, new: self.new });
  const last = self.edits.length - 1;
  let pending: Edit[] = [];
  self.edits.forEach((e, k) => {
    if (e.$c !== 'Equal') {
      pending.push(e);
      return;
    }
    let [oi, nj, len] = [e._0, e._1, e._2];
    if (k === 0) {
      const skip = Math.max(len - ctx, 0);
      (oi += skip), (nj += skip), (len -= skip);
    }
    if (k === last) len -= Math.max(len - ctx, 0);
    // `context * 2` is Int arithmetic: past 2^30 it wraps and every run splits
    if (len > ((ctx * 2) | 0)) {
      if (ctx > 0) pending.push(same(oi, nj, ctx));
      hunks.push(hunk(pending));
      const skip = Math.max(len - ctx, 0);
      pending = ctx > 0 ? [same(oi + skip, nj + skip, len - skip)] : [];
    } else if (len > 0) {
      pending.push(same(oi, nj, len));
    }
  });
  if (pending.length > 1 || (pending.length === 1 && pending[0]!.$c !== 'Equal')) hunks.push(hunk(pending));
  return hunks;
}

/** `@@ -a,b +c,d @@`: 1-based starts, a length only when not 1, an empty range at the line before it. */
function header(self: Hunk): string {
  const edits = self.edits.arr.slice(self.edits.start, self.edits.end);
  const [oldStart, firstOldEnd] = oldRange(edits[0]!);
  const [newStart, firstNewEnd] = newRange(edits[0]!);
  const lastNonEmpty = (range: (e: Edit) => [number, number], fallback: number): number => {
    for (let k = edits.length - 1; k >= 0; k--) {
      const [s, e] = range(edits[k]!);
      if (s !== e) return e;
    }
    return fallback;
  };
  const side = (start: number, end: number): string => {
    const len = (end - start) | 0;
    if (len === 1) return String((start + 1) | 0);
    return `${len === 0 ? start : (start + 1) | 0},${len}`;
  };
  return `@@ -${side(oldStart, lastNonEmpty(oldRange, firstOldEnd))} +${side(newStart, lastNonEmpty(newRange, firstNewEnd))} @@`;
}

function render(self: Hunk, show: (x: unknown) => string): string {
  const sb = new StringBuilder();
  sb.write_string(`${header(self)}\n`);
  for (let k = self.edits.start; k < self.edits.end; k++) {
    const e = self.edits.arr[k]!;
    const [prefix, side, [from, to]] =
      e.$c === 'Insert' ? ['+', self.new, newRange(e)] : [e.$c === 'Delete' ? '-' : ' ', self.old, oldRange(e)];
    // sliced as core does, so an Equal run past the end (a wrapped context) panics
    const slice = view(side.arr, side.start, side.end - side.start, from, new Some(to));
    for (let x = slice.start; x < slice.end; x++) sb.write_string(`${prefix}${show(side.arr[x])}\n`);
  }
  return sb.toString();
}

/** The longer view first (the distance is symmetric), compared by the element type's Eq. */
function arraySides(T: Desc, x: Many, y: Many): Sides {
  let [a, as, ae] = span(x);
  let [b, bs, be] = span(y);
  if (ae - as < be - bs) [a, as, ae, b, bs, be] = [b, bs, be, a, as, ae];
  return { alen: ae - as, blen: be - bs, same: (i, j) => equal(T, a[as + i], b[bs + j]) };
}
function textSides(x: Text, y: Text): Sides {
  const unitsOf = (t: Text): [string, number, number] => (typeof t === 'string' ? [t, 0, t.length] : [t.str, t.start, t.end]);
  let [a, as, ae] = unitsOf(x);
  let [b, bs, be] = unitsOf(y);
  if (ae - as < be - bs) [a, as, ae, b, bs, be] = [b, bs, be, a, as, ae];
  return { alen: ae - as, blen: be - bs, same: (i, j) => a.charCodeAt(as + i) === b.charCodeAt(bs + j) };
}
const within = (s: () => Sides, k: number): Option<number> => {
  if (k < 0) return None;
  const d = distanceWithin(s(), k);
  return d === undefined ? None : new Some(d);
};

const INT = desc('Int');
const labeledInts = (labels: readonly string[]) => labels.map((label) => ({ label, desc: INT }));
const EDIT_CTORS = [
  { name: 'Delete', fields: labeledInts(['old_index', 'old_len', 'new_index']) },
  { name: 'Insert', fields: labeledInts(['old_index', 'new_index', 'new_len']) },
  { name: 'Equal', fields: labeledInts(['old_index', 'new_index', 'len']) },
];
const LEV_CTORS = [...EDIT_CTORS, { name: 'Replace', fields: labeledInts(['old_index', 'new_index', 'len']) }];
const ALGORITHMS = ['Myers', 'Patience'].map((name) => Object.freeze({ $c: name }));

const recordEnum = (name: string, ctors: typeof EDIT_CTORS): TypeShape => ({
  kind: 'enum',
  name,
  ctors: () => ctors,
  make: (i, values) => ({ $c: ctors[i]!.name, _0: values[0], _1: values[1], _2: values[2] }),
});
const editImpls = deriveImpls(recordEnum('Edit', EDIT_CTORS), ['Eq', 'Debug']);
const levImpls = deriveImpls(recordEnum('LevenshteinEdit', LEV_CTORS), ['Eq', 'Debug']);
const algorithmImpls = deriveImpls(
  { kind: 'enum', name: 'DiffAlgorithm', ctors: () => ALGORITHMS.map((a) => ({ name: a.$c, fields: [] })), make: (i) => ALGORITHMS[i] },
  ['Eq', 'Debug'],
);
const equalOf = (impls: typeof editImpls) => impls.Eq!().equal!;

export default defineModule('diff', {
  decls: `
    type Diff[T]
    pub(all) enum DiffAlgorithm {
      Myers
      Patience
    }
    pub enum Edit {
      Delete(old_index~ : Int, old_len~ : Int, new_index~ : Int)
      Insert(old_index~ : Int, new_index~ : Int, new_len~ : Int)
      Equal(old_index~ : Int, new_index~ : Int, len~ : Int)
    }
    type Hunk[T]
    pub enum LevenshteinEdit {
      Delete(old_index~ : Int, old_len~ : Int, new_index~ : Int)
      Insert(old_index~ : Int, new_index~ : Int, new_len~ : Int)
      Equal(old_index~ : Int, new_index~ : Int, len~ : Int)
      Replace(old_index~ : Int, new_index~ : Int, len~ : Int)
    }
  `,
  fns: {
    'Diff::Diff': fn(
      'fn[T : Hash + Eq] Diff::Diff(old~ : ArrayView[T], new~ : ArrayView[T], cutoff? : Int, algorithm? : DiffAlgorithm = ..) -> Diff[T]',
      diff,
    ),
    'Diff::edits': fn('fn[T] Diff::edits(self : Diff[T]) -> ArrayView[Edit]', (self: Diff) => viewOf(self.edits)),
    'Diff::group': fn('fn[T] Diff::group(self : Diff[T], context? : Int = ..) -> Array[Hunk[T]]', group),
    'Diff::old_view': fn('fn[T] Diff::old_view(self : Diff[T]) -> ArrayView[T]', (self: Diff) => self.old),
    'Diff::new_view': fn('fn[T] Diff::new_view(self : Diff[T]) -> ArrayView[T]', (self: Diff) => self.new),
    'Hunk::edits': fn('fn[T] Hunk::edits(self : Hunk[T]) -> ArrayView[Edit]', (self: Hunk) => self.edits),
    'Hunk::header': fn('fn[T] Hunk::header(self : Hunk[T]) -> String', header),
    'Hunk::old_view': fn('fn[T] Hunk::old_view(self : Hunk[T]) -> ArrayView[T]', (self: Hunk) => self.old),
    'Hunk::new_view': fn('fn[T] Hunk::new_view(self : Hunk[T]) -> ArrayView[T]', (self: Hunk) => self.new),
    'Hunk::render': fn('fn[T] Hunk::render(self : Hunk[T], show~ : (T) -> String) -> String', render),
    'DiffAlgorithm::equal': fn('fn DiffAlgorithm::equal(self : DiffAlgorithm, other : DiffAlgorithm) -> Bool', equalOf(algorithmImpls)),
    'Edit::equal': fn('fn Edit::equal(self : Edit, other : Edit) -> Bool', equalOf(editImpls)),
    'LevenshteinEdit::equal': fn('fn LevenshteinEdit::equal(self : LevenshteinEdit, other : LevenshteinEdit) -> Bool', equalOf(levImpls)),
    edit_distance: fn('fn[T : Eq] edit_distance(a : ArrayView[T], b : ArrayView[T]) -> Int', (T: Desc, a: Many, b: Many) =>
      distance(arraySides(T, a, b)),
    ),
    edit_distance_within: fn(
      'fn[T : Eq] edit_distance_within(a : ArrayView[T], b : ArrayView[T], max_distance~ : Int) -> Int?',
      (T: Desc, a: Many, b: Many, k: number) => within(() => arraySides(T, a, b), k),
    ),
    edit_distance_str: fn('fn edit_distance_str(a : StringView, b : StringView) -> Int', (a: Text, b: Text) => distance(textSides(a, b))),
    edit_distance_str_within: fn(
      'fn edit_distance_str_within(a : StringView, b : StringView, max_distance~ : Int) -> Int?',
      (a: Text, b: Text, k: number) => within(() => textSides(a, b), k),
    ),
    levenshtein_edits: fn(
      'fn[T : Eq] levenshtein_edits(old~ : ArrayView[T], new~ : ArrayView[T]) -> Array[LevenshteinEdit]',
      (T: Desc, old: Many, new_: Many) => {
        const [a, as, ae] = span(old);
        const [b, bs, be] = span(new_);
        return levenshteinScript(ae - as, be - bs, (i, j) => equal(T, a[as + i], b[bs + j]));
      },
    ),
  },
  impls: {
    'Eq for @diff.DiffAlgorithm': impl('impl Eq for DiffAlgorithm', algorithmImpls.Eq!),
    'Debug for @diff.DiffAlgorithm': impl('impl @debug.Debug for DiffAlgorithm', algorithmImpls.Debug!),
    'Eq for @diff.Edit': impl('impl Eq for Edit', editImpls.Eq!),
    'Debug for @diff.Edit': impl('impl @debug.Debug for Edit', editImpls.Debug!),
    'Eq for @diff.LevenshteinEdit': impl('impl Eq for LevenshteinEdit', levImpls.Eq!),
    'Debug for @diff.LevenshteinEdit': impl('impl @debug.Debug for LevenshteinEdit', levImpls.Debug!),
  },
});
