// A doc's leading YAML front matter (`---` ... `---`), as MoonBit's
// single-file mode reads it:
//
//   moonbit:
//     import:
//       - moonbitlang/core/ref          # imported as @ref
//       - path: mizchi/wasmtime
//         alias: wt                     # imported as @wt
//     deps: { mizchi/wasmtime: 0.1.0 }  # modules; recorded, not resolved here
//     backend: native
//
// This module only reads and validates the shape, with a position for every
// value; which packages exist is for the translator to say.

import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import type { Node as YamlNode } from 'yaml';
import { excerpt, type Diagnostic } from '../diagnostics.ts';
import { splitLines, type Line } from './lines.ts';

/** A position in the doc: 1-based line and column. */
export interface At {
  line: number;
  column: number;
}

export interface FrontMatterImport {
  /** `moonbitlang/core/ref`, `mizchi/wasmtime`. */
  path: string;
  /** The name blocks use after `@`: the given alias, else the path's last segment. */
  alias: string;
  at: At;
}

export interface FrontMatter {
  imports: FrontMatterImport[];
  /** `backend:` as written: one name or several. */
  backend?: { names: string[]; at: At };
}

const MOONBIT_KEYS = new Set(['import', 'deps', 'backend']);

// Loaded by the first doc that has front matter: few have one, and the YAML
// library would be a fifth of the code every run of the harness loads.
let yaml: typeof Yaml | undefined;

/**
 * The index of the line that closes the front matter opening the doc (a
 * `---` first line, up to the next `---` line); undefined when it has none.
 */
export function frontMatterEnd(lines: readonly Line[]): number | undefined {
  if (lines[0]?.text !== '---') return undefined;
  const close = lines.findIndex((l, i) => i > 0 && l.text === '---');
  return close > 0 ? close : undefined;
}

/** `source` with its front matter's lines blank, for a Markdown parser: positions stay the doc's. */
export function blankFrontMatter(source: string, lines: readonly Line[] = splitLines(source)): string {
  const close = frontMatterEnd(lines);
  return close === undefined ? source : '\n'.repeat(close + 1) + source.slice(lines[close + 1]?.start ?? source.length);
}

/**
 * Reads the front matter whose closing fence is line `close` (0-based).
 * Errors (malformed YAML, a value of the wrong shape) and warnings (unknown
 * keys) name their line and column.
 */
export function readFrontMatter(
  close: number,
  source: string,
  lines: readonly Line[],
  file: string,
): { frontMatter: FrontMatter; errors: Diagnostic[]; warnings: Diagnostic[] } {
  const { isMap, isScalar, isSeq, LineCounter, parseDocument } = yaml ??= createRequire(import.meta.url)('yaml') as typeof Yaml;
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const frontMatter: FrontMatter = { imports: [] };
  // The YAML text is the source between the fence lines, so that offsets in it map straight to the doc.
  const text = source.slice(lines[1]!.start, lines[close]!.start);
  const texts = lines.map((l) => l.text);
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });

  const at = (offset: number): At => {
    const p = counter.linePos(offset);
    return { line: 1 + p.line, column: p.col };
  };
  const report = (into: Diagnostic[], kind: Diagnostic['kind'], where: At, message: string) => {
    into.push({ file, line: where.line, column: where.column, kind, message, excerpt: excerpt(texts, where.line, where.column) });
  };
  const nodeAt = (n: YamlNode | null | undefined, fallback: At): At => (n?.range ? at(n.range[0]) : fallback);
  const wrong = (n: YamlNode | null | undefined, fallback: At, message: string) => report(errors, 'error', nodeAt(n, fallback), `front matter: ${message}`);

  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    report(errors, 'syntax error', at(e.pos[0]), `front matter is not valid YAML: ${e.message.split('\n')[0]}`);
    return { frontMatter, errors, warnings };
  }
  const top: At = { line: 1, column: 1 };
  const root = doc.contents;
  if (root === null) return { frontMatter, errors, warnings };
  if (!isMap(root)) {
    wrong(root, top, 'expected keys and values, such as `moonbit:`');
    return { frontMatter, errors, warnings };
  }
  for (const pair of root.items) {
    const key = pair.key as YamlNode;
    const name = isScalar(key) ? String(key.value) : '';
    if (name !== 'moonbit') {
      report(warnings, 'warning', nodeAt(key, top), `unknown front matter key \`${name}\` (ignored; the harness reads \`moonbit:\`)`);
      continue;
    }
    const moonbit = pair.value as YamlNode | null;
    if (moonbit === null) continue;
    if (!isMap(moonbit)) {
      wrong(moonbit, nodeAt(key, top), '`moonbit:` takes keys: `import`, `deps`, `backend`');
      continue;
    }
    for (const entry of moonbit.items) {
      const k = entry.key as YamlNode;
      const kname = isScalar(k) ? String(k.value) : '';
      const value = entry.value as YamlNode | null;
      const where = nodeAt(k, top);
      if (!MOONBIT_KEYS.has(kname)) {
        report(warnings, 'warning', where, `unknown key \`moonbit.${kname}\` (ignored; known keys: ${[...MOONBIT_KEYS].join(', ')})`);
      } else if (kname === 'import') {
        readImports(value, where);
      } else if (kname === 'backend') {
        const names = isScalar(value) && typeof value.value === 'string' ? [value.value]
          : isSeq(value) && value.items.every((v) => isScalar(v) && typeof v.value === 'string') ? value.items.map((v) => String((v as { value: string }).value))
          : undefined;
        if (names) frontMatter.backend = { names, at: nodeAt(value, where) };
        else wrong(value, where, '`moonbit.backend` takes a backend name (`native`, `js`, `wasm`, `wasm-gc`, `llvm`) or a list of them');
      } else if (value !== null && !isMap(value) && !isSeq(value)) {
        // `deps` names modules for Moon to fetch; the harness has the binding and the core library only.
        wrong(value, where, '`moonbit.deps` takes module names (a map to versions, or a list)');
      }
    }
  }
  return { frontMatter, errors, warnings };

  function readImports(value: YamlNode | null, where: At): void {
    if (value === null) return;
    if (!isSeq(value)) {
      wrong(value, where, '`moonbit.import` takes a list of package paths, or of `path:` with an optional `alias:`');
      return;
    }
    for (const item of value.items as (YamlNode | null)[]) {
      const itemAt = nodeAt(item, where);
      let path: unknown;
      let alias: unknown;
      if (isScalar(item)) path = item.value;
      else if (isMap(item)) {
        for (const p of item.items) {
          const name = isScalar(p.key) ? String(p.key.value) : '';
          const v = p.value;
          if (name === 'path') path = isScalar(v) ? v.value : undefined;
          else if (name === 'alias') alias = isScalar(v) ? v.value : null;
          else report(warnings, 'warning', nodeAt(p.key as YamlNode, itemAt), `unknown key \`${name}\` in an import (ignored; an import has \`path\` and \`alias\`)`);
        }
      }
      if (typeof path !== 'string' || !/^[\w.-]+(\/[\w.-]+)+$/.test(path)) {
        wrong(item, itemAt, 'an import needs a package path such as `moonbitlang/core/ref`');
        continue;
      }
      if (alias !== undefined && (typeof alias !== 'string' || !/^[a-z_][A-Za-z0-9_]*$/.test(alias))) {
        wrong(item, itemAt, `the alias of \`${path}\` must be a lower-case name`);
        continue;
      }
      frontMatter.imports.push({ path, alias: (alias as string | undefined) ?? path.split('/').pop()!, at: itemAt });
    }
  }
}
