// Reads docs and writes their generated test modules.
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { projectRelative } from '../snapshots/index.ts';
import { scanDoc, type DocBlock } from '../markdown/index.ts';
import { translateDoc, type TestCase } from '../translate/document.ts';
import type { Diagnostic } from '../diagnostics.ts';
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
 * Markdown files named by `paths` (folders are searched recursively, not
 * following links to folders, and skipping dot-folders, node_modules and the
 * `__snapshot__` folders of file snapshots). Anything named like a doc is
 * listed, whatever it is: reading it (readDoc) says what is wrong with it.
 */
/** Files a folder's walk takes: Markdown docs and MoonBit test files (not a package's sources, which the binding replaces). */
export const WALKED = /\.(md|markdown)$|_(wb)?test\.mbt$/i;
/** Files that may be given by name: Markdown, or any MoonBit file. */
const GIVEN = /\.(md|markdown|mbt)$/i;

export function collectDocs(paths: string[], base = process.cwd()): { files: string[]; given: Set<string>; missing: string[]; problems: Diagnostic[] } {
  const files: string[] = [];
  const given = new Set<string>();
  const missing: string[] = [];
  const problems: Diagnostic[] = [];
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      problems.push({ file: displayPath(dir), kind: 'file error', message: `folder cannot be read: ${(error as Error).message}` });
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules' || entry.name === '__snapshot__') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (WALKED.test(entry.name)) files.push(path);
    }
  };
  for (const p of paths) {
    const abs = resolve(base, p);
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      missing.push(p);
      continue;
    }
    if (stat.isDirectory()) walk(abs);
    else if (!GIVEN.test(abs)) problems.push({ file: displayPath(abs), kind: 'file error', message: 'not a doc: the harness runs Markdown (.md) and MoonBit (.mbt) files' });
    else {
      files.push(abs);
      given.add(abs);
    }
  }
  return { files: [...new Set(files)], given, missing, problems };
}

/**
 * Where the user ran the command: npm runs scripts from the project root and
 * says where it was invoked in INIT_CWD; the project's own `npm run doctest`
 * is the only script that may take it from there.
 */
export function invocationDir(): string {
  const init = process.env.INIT_CWD;
  if (init && process.env.npm_lifecycle_event === 'doctest' && resolve(process.cwd()) === PROJECT_ROOT) return init;
  return process.cwd();
}

/** A path as printed: relative to where the command was run, so that terminals can open it. */
export function displayPath(abs: string): string {
  const rel = relative(invocationDir(), abs);
  return rel.startsWith('..') || isAbsolute(rel) ? abs : rel.split('\\').join('/');
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
 * `__snapshot__/<doc name>/` beside it): by its project-relative path, so
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
      docPackage: /\.mbt(\.md)?$/.test(path) ? basename(dirname(path)) : undefined,
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
