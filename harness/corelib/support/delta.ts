// The structural diff that `@debug.assert_eq` prints under `diff:`.
//
// Two `Repr` trees are walked together. Nodes whose labels agree (same
// kind and name; doubles within a relative error of 1e-12) stay and their
// children are compared pairwise, surplus children on either side marked
// `-` or `+`; nodes that disagree print as `-old +new`. A plain container
// (array, tuple, record, map entry) none of whose children agree is shown
// as changed whole. The result is laid out like `render`, without colours.

import { children, addsDepth, type Repr } from './repr.ts';
import { layout, printNode, resize, surround } from './pretty.ts';

const MAX_RELATIVE_ERROR = 1e-12;
const DEFAULT_MAX_DEPTH = 16;

type Delta =
  | { readonly k: 'same'; readonly label: Repr; readonly kids: readonly Delta[] }
  | { readonly k: 'changed'; readonly old: Repr; readonly new: Repr }
  | { readonly k: 'removed'; readonly x: Repr }
  | { readonly k: 'added'; readonly x: Repr };

/** The diff of `a` and `b`, laid out. */
export function renderDelta(a: Repr, b: Repr): string {
  return renderNode(diff(a, b), DEFAULT_MAX_DEPTH).join('\n');
}

function relativeError(x: number, y: number): number {
  if (x === y) return 0;
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  const denom = ax > ay ? ax : ay;
  return denom === 0 ? Math.abs(x - y) : Math.abs(x - y) / denom;
}

/** Whether two nodes' own labels (not their children) agree. */
function sameLabel(x: Repr, y: Repr): boolean {
  if (x.$c !== y.$c) return false;
  switch (x.$c) {
    case 'DoubleLit':
      return relativeError(x._0, (y as typeof x)._0) <= MAX_RELATIVE_ERROR;
    case 'Integer':
    case 'FloatLit':
    case 'BoolLit':
    case 'CharLit':
    case 'StringLit':
    case 'Literal':
    case 'Enum':
    case 'RecordField':
    case 'EnumLabeledArg':
    case 'Opaque':
      return x._0 === (y as typeof x)._0;
    default:
      return true;
  }
}

function isPlainContainer(r: Repr): boolean {
  return r.$c === 'MapEntry' || r.$c === 'Tuple' || r.$c === 'Array' || r.$c === 'Record';
}

function diff(a: Repr, b: Repr): Delta {
  if (!sameLabel(a, b)) return { k: 'changed', old: a, new: b };
  const xs = children(a);
  const ys = children(b);
  const shared = Math.min(xs.length, ys.length);
  const kids: Delta[] = [];
  for (let i = 0; i < shared; i++) kids.push(diff(xs[i]!, ys[i]!));
  for (let i = shared; i < xs.length; i++) kids.push({ k: 'removed', x: xs[i]! });
  for (let i = shared; i < ys.length; i++) kids.push({ k: 'added', x: ys[i]! });
  if (isPlainContainer(a) && kids.length > 0 && kids.every((d) => d.k !== 'same')) {
    return { k: 'changed', old: a, new: b };
  }
  return { k: 'same', label: a, kids };
}

const marked = (mark: string, lines: string[]): string[] => surround(mark, '', lines);

/** Lays a delta out, pruning at `depth` as `render` does. */
function renderNode(d: Delta, depth: number): string[] {
  if (depth <= 0) {
    if (d.k !== 'same' || (d.kids.length > 0 && addsDepth(d.label))) return ['...'];
    if (d.kids.length === 0) return resize(printNode(d.label, []));
    return resize(printNode(d.label, d.kids.map((k) => renderNode(k, depth))));
  }
  switch (d.k) {
    case 'same': {
      const next = addsDepth(d.label) ? depth - 1 : depth;
      return resize(printNode(d.label, d.kids.map((k) => renderNode(k, next))));
    }
    case 'changed':
      return resize([...marked('-', layout(d.old, depth)), ...marked('+', layout(d.new, depth))]);
    case 'removed':
      return resize(marked('-', layout(d.x, depth)));
    case 'added':
      return resize(marked('+', layout(d.x, depth)));
  }
}
