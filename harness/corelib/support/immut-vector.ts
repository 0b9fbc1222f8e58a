// The persistent vector behind `@immut/vector.Vector[A]` (runtime class
// `MoonVector`): a 32-way radix trie of full leaves, packed to the left,
// plus a tail of 1 to 32 elements, so `push`, `pop`, `set` and `at` copy
// one path only. Core's own layout (a relaxed trie whose tail may be empty)
// shows through no public operation, so this one is simpler: operations
// that rebuild (`concat`, `slice`, `map`, ...) go through `vectorOf`.

import { Iter } from '../../runtime/core-values.ts';

const BITS = 5;
const WIDTH = 1 << BITS;
const MASK = WIDTH - 1;

/** A leaf (at shift 0) holds elements; a branch holds the nodes one level down. */
type TrieNode = readonly unknown[];

export class MoonVector {
  constructor(
    /** The trie of the elements before the tail; an empty array when there are none. */
    readonly root: TrieNode,
    /** `BITS` times the trie's height: 0 when the root is a leaf. */
    readonly shift: number,
    readonly tail: readonly unknown[],
    readonly size: number,
  ) {}

  get tailOffset(): number {
    return this.size - this.tail.length;
  }

  /** The leaf (or the tail) holding element `index`, which must exist. */
  chunkAt(index: number): readonly unknown[] {
    if (index >= this.tailOffset) return this.tail;
    let node = this.root;
    for (let s = this.shift; s > 0; s -= BITS) node = node[(index >>> s) & MASK] as TrieNode;
    return node;
  }

  at(index: number): unknown {
    const chunk = this.chunkAt(index);
    return chunk[index >= this.tailOffset ? index - this.tailOffset : index & MASK];
  }

  /** The leaves in order, then the tail. */
  *chunks(): Generator<readonly unknown[]> {
    for (let i = 0; i < this.tailOffset; i += WIDTH) yield this.chunkAt(i);
    if (this.tail.length > 0) yield this.tail;
  }

  toArray(): unknown[] {
    const out: unknown[] = [];
    for (const chunk of this.chunks()) for (const x of chunk) out.push(x);
    return out;
  }
}

export const emptyVector = (): MoonVector => new MoonVector([], 0, [], 0);

/** A vector of `xs`, which it keeps (callers pass an array nobody else holds). */
export function vectorOf(xs: unknown[]): MoonVector {
  const n = xs.length;
  if (n === 0) return emptyVector();
  const treeLen = n - (((n - 1) % WIDTH) + 1);
  let level: TrieNode[] = [];
  for (let i = 0; i < treeLen; i += WIDTH) level.push(xs.slice(i, i + WIDTH));
  let shift = 0;
  while (level.length > 1) {
    const up: TrieNode[] = [];
    for (let i = 0; i < level.length; i += WIDTH) up.push(level.slice(i, i + WIDTH));
    level = up;
    shift += BITS;
  }
  return new MoonVector(level[0] ?? [], shift, xs.slice(treeLen), n);
}

/** `leaf` under single-child branches up to level `shift`. */
function spine(shift: number, leaf: TrieNode): TrieNode {
  return shift === 0 ? leaf : [spine(shift - BITS, leaf)];
}

/** `node` with `leaf` added as the leaf starting at element `index`. */
function withLeaf(node: TrieNode, shift: number, index: number, leaf: TrieNode): TrieNode {
  const slot = (index >>> shift) & MASK;
  const copy = node.slice();
  copy[slot] = shift === BITS ? leaf : slot < node.length ? withLeaf(node[slot] as TrieNode, shift - BITS, index, leaf) : spine(shift - BITS, leaf);
  return copy;
}

/** `node` without its last leaf, which starts at element `index`; undefined when nothing is left. */
function withoutLastLeaf(node: TrieNode, shift: number, index: number): TrieNode | undefined {
  const slot = (index >>> shift) & MASK;
  const child = shift === BITS ? undefined : withoutLastLeaf(node[slot] as TrieNode, shift - BITS, index);
  if (child === undefined) return slot === 0 ? undefined : node.slice(0, slot);
  const copy = node.slice();
  copy[slot] = child;
  return copy;
}

function withElement(node: TrieNode, shift: number, index: number, value: unknown): TrieNode {
  const copy = node.slice();
  const slot = (index >>> shift) & MASK;
  copy[slot] = shift === 0 ? value : withElement(node[slot] as TrieNode, shift - BITS, index, value);
  return copy;
}

export function push(v: MoonVector, value: unknown): MoonVector {
  if (v.tail.length < WIDTH) return new MoonVector(v.root, v.shift, [...v.tail, value], v.size + 1);
  const treeLen = v.tailOffset;
  if (treeLen === 0) return new MoonVector(v.tail, 0, [value], v.size + 1);
  if (treeLen === 1 << (v.shift + BITS)) {
    return new MoonVector([v.root, spine(v.shift, v.tail)], v.shift + BITS, [value], v.size + 1);
  }
  return new MoonVector(withLeaf(v.root, v.shift, treeLen, v.tail), v.shift, [value], v.size + 1);
}

/** Without the last element; `v` must not be empty. */
export function pop(v: MoonVector): MoonVector {
  if (v.size === 1) return emptyVector();
  if (v.tail.length > 1) return new MoonVector(v.root, v.shift, v.tail.slice(0, -1), v.size - 1);
  const lastLeafStart = v.tailOffset - WIDTH;
  const tail = v.chunkAt(lastLeafStart);
  let root = v.shift === 0 ? undefined : withoutLastLeaf(v.root, v.shift, lastLeafStart);
  let shift = v.shift;
  while (root !== undefined && shift > 0 && root.length === 1) {
    root = root[0] as TrieNode;
    shift -= BITS;
  }
  return new MoonVector(root ?? [], root === undefined ? 0 : shift, tail, v.size - 1);
}

/** With element `index` (which must exist) replaced. */
export function set(v: MoonVector, index: number, value: unknown): MoonVector {
  if (index >= v.tailOffset) {
    const tail = v.tail.slice();
    tail[index - v.tailOffset] = value;
    return new MoonVector(v.root, v.shift, tail, v.size);
  }
  return new MoonVector(withElement(v.root, v.shift, index, value), v.shift, v.tail, v.size);
}

export function iterate(v: MoonVector): Iter {
  const chunks = v.chunks();
  let chunk: readonly unknown[] = [];
  let i = 0;
  return new Iter(() => {
    while (i >= chunk.length) {
      const next = chunks.next();
      if (next.done) return Iter.DONE;
      chunk = next.value;
      i = 0;
    }
    return chunk[i++];
  });
}
