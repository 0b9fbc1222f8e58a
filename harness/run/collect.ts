// Which files a run takes (the docs named and those found in folders), and
// how paths are printed: relative to where the user typed the command.
// Kept apart from compile.ts so that starting the harness does not load the
// compiler before the test process is on its way.
import { readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics.ts';
import { PROJECT_ROOT } from './paths.ts';

/** Files a folder's walk takes: Markdown docs and MoonBit test files (not a package's sources, which the binding replaces). */
export const WALKED = /\.(md|markdown)$|_(wb)?test\.mbt$/i;
/** Files that may be given by name: Markdown, or any MoonBit file. */
const GIVEN = /\.(md|markdown|mbt)$/i;

/**
 * Markdown files named by `paths` (folders are searched recursively, not
 * following links to folders, and skipping dot-folders, node_modules and the
 * `__snapshot__` folders of file snapshots). Anything named like a doc is
 * listed, whatever it is: reading it (readDoc) says what is wrong with it.
 */
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
