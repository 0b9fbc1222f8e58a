// What a doc's front matter means for its blocks: the package aliases its
// `moonbit.import` declares, and whether its `moonbit.backend` is one the
// harness runs.

import type * as A from '../syntax/ast.ts';
import type { FrontMatter } from '../markdown/index.ts';
import { BINDING_PACKAGE } from '../typing/core-env.ts';
import { excerpt, type Diagnostic } from '../diagnostics.ts';

const CORE_PREFIX = 'moonbitlang/core/';
const BINDING_MODULE = 'mizchi/wasmtime';
/** The backend whose behaviour the harness has: the binding is a native-target package. */
export const EMULATED_BACKEND = 'native';

/** The package a path names, as the harness keys packages; undefined if it has no such package. */
function packageOf(path: string, known: (pkg: string) => boolean): string | undefined {
  if (path === BINDING_MODULE) return BINDING_PACKAGE;
  if (path.startsWith(CORE_PREFIX)) {
    const pkg = path.slice(CORE_PREFIX.length);
    return known(pkg) ? pkg : undefined;
  }
  return undefined;
}

export interface DocSettings {
  /** Alias written after `@` → the package it names, where the two differ. */
  renames: Map<string, string>;
  /** Set when the doc's backend is not emulated: why its blocks are not run. */
  backendRefusal?: Diagnostic;
  /** Imports that name no package the harness has. */
  problems: Diagnostic[];
}

export function docSettings(fm: FrontMatter | undefined, known: (pkg: string) => boolean, file: string, source: string): DocSettings {
  const settings: DocSettings = { renames: new Map(), problems: [] };
  if (!fm) return settings;
  const lines = source.split(/\r\n|\r|\n/);
  const at = (p: { line: number; column: number }, message: string): Diagnostic => ({
    file, line: p.line, column: p.column, kind: 'error', message, excerpt: excerpt(lines, p.line, p.column),
  });
  for (const imp of fm.imports) {
    const pkg = packageOf(imp.path, known);
    if (pkg === undefined) {
      settings.problems.push(at(imp.at, `front matter: package \`${imp.path}\` is not available to the harness; it has \`${BINDING_MODULE}\` and the core library's \`${CORE_PREFIX}...\` packages`));
    } else if (imp.alias !== pkg) {
      settings.renames.set(imp.alias, pkg);
    }
  }
  if (fm.backend && !fm.backend.names.includes(EMULATED_BACKEND)) {
    const set = fm.backend.names.map((n) => `\`${n}\``).join(', ');
    settings.backendRefusal = {
      ...at(fm.backend.at, `the doc is set for backend ${set}, which the harness does not emulate (it runs the binding's \`${EMULATED_BACKEND}\` backend); its blocks are not run`),
      kind: 'translation error',
    };
  }
  return settings;
}

/** A copy of `tree` whose `@alias.` qualifications name the packages the aliases stand for. */
export function renamePackages<T extends A.Block | A.Program>(tree: T, renames: ReadonlyMap<string, string>): T {
  const copy = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(copy);
    // Only the tree's own nodes are copied: a literal's value (a bytes
    // literal's Uint8Array) is kept as it is.
    if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value;
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      out[key] = key === 'pkg' && typeof v === 'string' ? renames.get(v) ?? v : copy(v);
    }
    return out;
  };
  return copy(tree) as T;
}
