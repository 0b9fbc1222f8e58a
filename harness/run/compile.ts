// Reads docs and writes their generated test modules.
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { projectRelative } from '../snapshots/index.ts';
import { scanBlocks, type DocBlock } from '../markdown/index.ts';
import { translateDoc, excerpt, type Diagnostic, type TestCase } from '../translate/document.ts';
import type { BindingInfo, InspectSite } from '../translate/document.ts';
import { PROJECT_ROOT } from './paths.ts';
import { cached } from './cache.ts';

export interface CompiledDoc {
  /** Absolute path of the doc. */
  path: string;
  /** Path shown in names and messages (relative to the working directory). */
  file: string;
  source: string;
  /** Found on first use when the translation came from the cache. */
  readonly blocks: DocBlock[];
  tests: TestCase[];
  diagnostics: Diagnostic[];
  /** Generated module (absolute path), absent when the doc has no runnable block. */
  module?: string;
  /** The generated TypeScript without its source map, for snapshots/. */
  text: string;
  /** The generated TypeScript with its inline source map. */
  code: string;
  /** Every translated `inspect` call, for `--update`. */
  inspects: InspectSite[];
}

export interface CompileOptions {
  includeNocheck: boolean;
  /** Keep only tests whose name matches. */
  filter?: RegExp;
  binding: BindingInfo;
  /** Folder receiving the generated modules. */
  outDir: string;
  /** Emit TypeScript against the sources even when the support bundle is there (`--check`). */
  typed?: boolean;
}

/** Markdown files named by `paths` (folders are searched recursively). */
export function collectDocs(paths: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(md|markdown|mbt\.md)$/i.test(entry.name)) files.push(path);
    }
  };
  for (const p of paths) {
    const abs = resolve(p);
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      missing.push(p);
      continue;
    }
    if (stat.isDirectory()) walk(abs);
    else files.push(abs);
  }
  return { files: [...new Set(files)], missing };
}

export function displayPath(abs: string): string {
  const rel = relative(process.cwd(), abs);
  return rel.startsWith('..') ? abs : rel.split('\\').join('/');
}

/**
 * The bundled support module (set by scripts/doctest.mjs). With it, doc
 * modules are compiled to JavaScript here and run without a loader;
 * without it (the harness started from its sources), they run through tsx.
 */
export const SUPPORT = process.env.DOCTEST_SUPPORT || undefined;

function support(options: CompileOptions): boolean {
  return SUPPORT !== undefined && !options.typed;
}

export const IMPORTS = {
  runtime: join(PROJECT_ROOT, 'harness/runtime/prelude.ts'),
  moonbit: join(PROJECT_ROOT, 'binding/moonbit.ts'),
  binding: join(PROJECT_ROOT, 'binding/index.ts'),
};

/**
 * Where a doc's file snapshots live, relative to snapshots/: the doc's
 * project-relative path, or for a doc without a snapshot record (outside the
 * project, or a test fixture) an absolute `__snapshot__/<doc name>` folder
 * beside the doc, so that no run writes outside the doc's own tree.
 */
function fileSnapshotKey(path: string): string {
  return projectRelative(path) ?? join(dirname(path), '__snapshot__', basename(path));
}

/** What a doc's translation gives, as the cache keeps it. */
type Translation = Pick<CompiledDoc, 'tests' | 'diagnostics' | 'text' | 'code' | 'inspects'>;

export function compileDoc(path: string, index: number, options: CompileOptions): CompiledDoc {
  const file = displayPath(path);
  const source = readFileSync(path, 'utf8');
  const snapshotKey = fileSnapshotKey(path);
  const imports = support(options) ? { support: SUPPORT! } : IMPORTS;
  let blocks: DocBlock[] | undefined;
  const scan = () => scanBlocks(source, file);
  const inputs = {
    source, file, path, snapshotKey, imports,
    includeNocheck: options.includeNocheck,
    filter: options.filter && [options.filter.source, options.filter.flags],
    exported: [...options.binding.exported].sort(),
  };
  const translation = cached(support(options) ? 'compile' : 'compile-typed', path, inputs, (): Translation => {
    const scanned = scan();
    blocks = scanned.blocks;
    const lines = source.split(/\r?\n/);
    const diagnostics: Diagnostic[] = scanned.diagnostics.map((d) => ({ ...d, excerpt: excerpt(lines, d.line, d.column) }));
    const translated = translateDoc({
      docPackage: /\.mbt\.md$/.test(path) ? basename(dirname(path)) : undefined,
      file,
      sourcePath: path,
      snapshotKey,
      source,
      blocks,
      includeNocheck: options.includeNocheck,
      binding: options.binding,
      imports,
      filter: options.filter,
    });
    diagnostics.push(...translated.diagnostics);
    const { tests, text, code, inspects } = translated;
    return { tests, diagnostics, text, code, inspects };
  });
  const doc: CompiledDoc = {
    path,
    file,
    source,
    // Parsed again only when asked for (by --update) after a cache hit.
    get blocks() {
      blocks ??= scan().blocks;
      return blocks;
    },
    ...translation,
  };
  if (translation.tests.length > 0) {
    mkdirSync(options.outDir, { recursive: true });
    const slug = file.replace(/[^\w.-]+/g, '_').slice(-80);
    const name = join(options.outDir, `${String(index).padStart(3, '0')}-${slug}.test`);
    // With the support bundle the translation is plain JavaScript, run without a loader.
    doc.module = `${name}.${support(options) ? 'mjs' : 'mts'}`;
    writeFileSync(doc.module, translation.code);
  }
  return doc;
}
