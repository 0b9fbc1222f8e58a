// Reads docs and writes their generated test modules.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { projectRelative } from '../snapshots/index.ts';
import { scanDoc, type DocBlock } from '../markdown/index.ts';
import { translateDoc, type TestCase } from '../translate/document.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { BindingInfo, InspectSite } from '../translate/document.ts';
import { PROJECT_ROOT } from './paths.ts';
import { cached } from './cache.ts';
import { docPackageOf } from '../corelib/packages.ts';
import { displayPath } from './collect.ts';

export interface CompiledDoc {
  /** Absolute path of the doc. */
  path: string;
  /** Path shown in names and messages (relative to the working directory). */
  file: string;
  source: string;
  /** Found on first use when the translation came from the cache. */
  readonly blocks: DocBlock[];
  tests: TestCase[];
  /** Every problem of the doc: the Markdown's and the translation's (which its tests also report). */
  diagnostics: Diagnostic[];
  /** The problems no test reports (a fence with an unknown mode: its block is left out). */
  problems: Diagnostic[];
  /** What the harness reads but ignores (an unknown front matter key). */
  warnings: Diagnostic[];
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
  binding: BindingInfo;
  /** Folder receiving the generated modules. */
  outDir: string;
  /** Emit TypeScript against the sources even when the support bundle is there (`--check`). */
  typed?: boolean;
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
 * How the generated code names the doc for its file snapshots (which live in
 * `__snapshot__/` in its folder): by its project-relative path, so
 * that records hold no absolute path, or by its absolute path outside the project.
 */
function fileSnapshotKey(path: string): string {
  return projectRelative(path) ?? path;
}

/** What a doc's translation gives, as the cache keeps it. */
type Translation = Pick<CompiledDoc, 'tests' | 'diagnostics' | 'problems' | 'warnings' | 'text' | 'code' | 'inspects'>;

export function compileDoc(path: string, source: string, index: number, options: CompileOptions): CompiledDoc {
  const file = displayPath(path);
  const snapshotKey = fileSnapshotKey(path);
  const imports = support(options) ? { support: SUPPORT! } : IMPORTS;
  let blocks: DocBlock[] | undefined;
  const scan = () => scanDoc(source, file);
  const inputs = {
    source, file, path, snapshotKey, imports,
    includeNocheck: options.includeNocheck,
    exported: [...options.binding.exported].sort(),
  };
  const translation = cached(support(options) ? 'compile' : 'compile-typed', path, inputs, (): Translation => {
    const scanned = scan();
    blocks = scanned.blocks;
    const translated = translateDoc({
      frontMatter: scanned.frontMatter,
      docPackage: /\.mbt(\.md)?$/.test(path) ? docPackageOf(dirname(path)) : undefined,
      file,
      sourcePath: path,
      snapshotKey,
      source,
      blocks,
      includeNocheck: options.includeNocheck,
      binding: options.binding,
      imports,
    });
    const { tests, text, code, inspects } = translated;
    const problems = [...scanned.diagnostics, ...translated.problems];
    return { tests, diagnostics: [...problems, ...translated.diagnostics], problems, warnings: scanned.warnings, text, code, inspects };
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
