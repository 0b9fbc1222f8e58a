// The checker's one error path: a located message in MoonBit's terms.

import type { Span } from '../syntax/ast.ts';
import { showType, type Type } from './types.ts';
import { corePackageNamed } from '../corelib/packages.ts';

export class CheckError extends Error {
  override readonly name = 'CheckError';
  constructor(
    message: string,
    readonly span: Span,
  ) {
    super(message);
  }
}

/** MoonBit's wording for a type mismatch. */
export function mismatchMessage(found: Type, wanted: Type, what = 'this expression'): string {
  const names = new Map();
  return `type mismatch: ${what} has type ${showType(found, names)}, but ${showType(wanted, names)} is wanted`;
}

/** Why `@pkg` names nothing: a core package the table lacks, or no package at all. */
export function unknownPackageMessage(pkg: string): string {
  const core = corePackageNamed(pkg);
  return core ? `core package \`@${core}\` is not supported by the harness yet` : `unknown package \`@${pkg}\``;
}

/** Names in `candidates` close to `name` (edit distance), best first. */
export function suggestions(name: string, candidates: Iterable<string>): string[] {
  const limit = Math.max(1, Math.floor(name.length / 3));
  const scored: [number, string][] = [];
  for (const c of candidates) {
    if (c === name) continue;
    const d = distance(name, c);
    if (d <= limit) scored.push([d, c]);
  }
  scored.sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));
  return scored.slice(0, 3).map(([, c]) => c);
}

/** ` (did you mean `a` or `b`?)`, or nothing. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const s = suggestions(name, candidates);
  if (s.length === 0) return '';
  return ` (did you mean ${s.map((x) => `\`${x}\``).join(' or ')}?)`;
}

/** Damerau-Levenshtein distance (optimal string alignment). */
function distance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  if (Math.abs(m - n) > 3) return 99;
  const d: number[][] = Array.from({ length: m + 1 }, (_, i) => [i, ...new Array<number>(n).fill(0)]);
  for (let j = 1; j <= n; j++) d[0]![j] = j;
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[m]![n]!;
}
