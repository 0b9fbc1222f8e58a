// snapshots/: the committed TypeScript each doc's blocks translate into, so a
// review shows what a doc change (or a translator change) does to the tests.
//
// A doc inside the project root at `<root>/<rel>` has its record at
// `<root>/snapshots/<rel>.ts`, e.g. `snapshots/docs/API.md.ts`. Docs outside
// the project root (say /tmp/x.md) have none: there is no stable name for
// them. Inside the project, docs under node_modules/, snapshots/, a
// dot-folder, or a folder named `fixtures` (test inputs, which have their own
// goldens; scripts/run-tests.mjs treats `fixtures` folders the same way) have
// none either. The record is translated independently of how the run was invoked:
// the doc is named by its project-relative path (not the working-directory-
// relative one), imports are relative to the snapshot file, `mbt nocheck`
// blocks are left out and `--filter` does not apply, so the text depends
// only on the doc and the translator. A doc without MoonBit blocks has no
// record.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { scanDoc, type DocBlock } from '../markdown/index.ts';
import { translateDoc } from '../translate/document.ts';
import type { BindingInfo } from '../translate/document.ts';
import { PROJECT_ROOT } from '../run/paths.ts';
import { removeFile, writeAtomic } from '../update/write.ts';
import { cached } from '../run/cache.ts';
import { readDoc } from '../run/read-doc.ts';
import { displayPath } from '../run/collect.ts';
import type { Diagnostic } from '../diagnostics.ts';

export const SNAPSHOT_DIR = join(PROJECT_ROOT, 'snapshots');

/** The doc's path relative to the project root, with `/`, or undefined when it has no snapshot. */
export function projectRelative(docPath: string, root = PROJECT_ROOT): string | undefined {
  const rel = relative(root, docPath);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  const parts = rel.split(sep);
  if (parts.some((p) => p === 'node_modules' || p === 'fixtures' || p.startsWith('.'))) return undefined;
  if (parts[0] === 'snapshots') return undefined;
  return parts.join('/');
}

export function snapshotPath(docPath: string, root = PROJECT_ROOT): string | undefined {
  const rel = projectRelative(docPath, root);
  return rel === undefined ? undefined : join(root, 'snapshots', `${rel}.ts`);
}

/** The snapshot text for a doc's source, or undefined when it has no MoonBit blocks. */
export function snapshotText(docPath: string, source: string, binding: BindingInfo, root = PROJECT_ROOT, scanned?: () => DocBlock[]): string | undefined {
  const rel = projectRelative(docPath, root);
  const file = snapshotPath(docPath, root);
  if (rel === undefined || file === undefined) return undefined;
  const inputs = { source, rel, root, exported: [...binding.exported].sort() };
  const text = cached('snapshot', docPath, inputs, (): string | null => {
    // Blocks the run already found in this very source need not be parsed again.
    const blocks = scanned ? scanned() : scanDoc(source, rel).blocks;
    if (blocks.length === 0) return null;
    const from = dirname(file);
    const spec = (p: string) => relative(from, join(root, p)).split(sep).join('/');
    const { text } = translateDoc({
      file: rel,
      sourcePath: docPath,
      source,
      blocks,
      includeNocheck: false,
      binding,
      imports: {
        runtime: spec('harness/runtime/prelude.ts'),
        moonbit: spec('binding/moonbit.ts'),
        binding: spec('binding/index.ts'),
      },
    });
    return text.endsWith('\n') ? text : `${text}\n`;
  });
  return text ?? undefined;
}

export type SnapshotState = 'fresh' | 'stale' | 'missing' | 'orphan' | 'none';

export interface SnapshotStatus {
  doc: string;
  /** Absolute path of the snapshot file. */
  file: string;
  state: SnapshotState;
  /** What the file should hold (undefined: it should not exist). */
  expected: string | undefined;
  /** What it holds (undefined: it does not exist). */
  onDisk: string | undefined;
}

/** Compares a doc's snapshot on disk with what its source translates to. */
export function snapshotStatus(docPath: string, source: string, binding: BindingInfo, root = PROJECT_ROOT, scanned?: () => DocBlock[]): SnapshotStatus | undefined {
  const file = snapshotPath(docPath, root);
  if (file === undefined) return undefined;
  const expected = snapshotText(docPath, source, binding, root, scanned);
  const onDisk = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  let state: SnapshotState;
  if (expected === undefined) state = onDisk === undefined ? 'none' : 'orphan';
  else if (onDisk === undefined) state = 'missing';
  else state = onDisk === expected ? 'fresh' : 'stale';
  return { doc: docPath, file, state, expected, onDisk };
}

/** Brings a snapshot file in line; returns whether anything changed. */
export function refreshSnapshot(status: SnapshotStatus): boolean {
  if (status.state === 'fresh' || status.state === 'none') return false;
  if (status.expected === undefined) removeFile(status.file);
  else writeAtomic(status.file, status.expected);
  return true;
}

/**
 * Snapshot files under `snapshots/<folder>/` whose doc no longer exists,
 * for each project folder the run covered.
 */
export function orphanSnapshots(folders: string[], root = PROJECT_ROOT): string[] {
  const out: string[] = [];
  for (const folder of folders) {
    const rel = projectRelative(folder, root);
    if (rel === undefined) continue;
    const dir = join(root, 'snapshots', rel);
    if (!existsSync(dir)) continue;
    const walk = (d: string): void => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const p = join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.(md|markdown|mbt)\.ts$/i.test(e.name)) {
          const doc = join(root, relative(join(root, 'snapshots'), p).slice(0, -'.ts'.length));
          if (!existsSync(doc)) out.push(p);
        }
      }
    };
    walk(dir);
  }
  return out.sort();
}

/** Refreshes the records of `docs` and removes those of deleted docs under `folders`; says what changed, one line each. */
export function refreshAll(docs: string[], folders: string[], binding: BindingInfo, root = PROJECT_ROOT): { changed: string[]; problems: Diagnostic[] } {
  const changed: string[] = [];
  const problems: Diagnostic[] = [];
  for (const doc of docs) {
    const read = readDoc(doc, displayPath(doc));
    if ('diagnostic' in read) {
      problems.push(read.diagnostic);
      continue;
    }
    const status = snapshotStatus(doc, read.source, binding, root);
    const before = status?.onDisk;
    if (!status || !refreshSnapshot(status)) continue;
    const what = status.expected === undefined ? 'removed' : before === undefined ? 'written' : `updated (${changedBlocks(before, status.expected).join('; ')})`;
    changed.push(`record ${displayPath(status.file)} ${what}`);
  }
  for (const orphan of orphanSnapshots(folders, root)) {
    removeFile(orphan);
    changed.push(`removed ${displayPath(orphan)} (its doc no longer exists)`);
  }
  return { changed, problems };
}

/**
 * A record's tests, by name, each with its code; `''` holds what comes
 * before the first test (the doc's definitions). A test starts on a line
 * beginning with `$rt.test(` followed by its name as a JSON string.
 */
function recordParts(text: string): Map<string, string> {
  const parts = new Map<string, string>();
  let name = '';
  let lines: string[] = [];
  const flush = () => parts.set(name, (parts.get(name) ?? '') + lines.join('\n'));
  for (const line of text.split('\n')) {
    const m = /^\$rt\.test\(("(?:[^"\\]|\\.)*")/.exec(line);
    if (m) {
      flush();
      name = JSON.parse(m[1]!) as string;
      lines = [];
    }
    lines.push(line);
  }
  flush();
  return parts;
}

/** What differs between two texts of a record, block by block, as phrases naming the blocks. */
export function changedBlocks(before: string, after: string): string[] {
  const old = recordParts(before);
  const now = recordParts(after);
  const names = (list: string[]) => {
    const shown = list.slice(0, 5).map((n) => JSON.stringify(n)).join(', ');
    return list.length > 5 ? `${shown} and ${list.length - 5} more` : shown;
  };
  const changed = [...now.keys()].filter((k) => k !== '' && old.has(k) && old.get(k) !== now.get(k));
  const added = [...now.keys()].filter((k) => k !== '' && !old.has(k));
  const removed = [...old.keys()].filter((k) => k !== '' && !now.has(k));
  const out: string[] = [];
  if ((old.get('') ?? '') !== (now.get('') ?? '')) out.push("the doc's definitions changed");
  if (changed.length) out.push(`changed: ${names(changed)}`);
  if (added.length) out.push(`new: ${names(added)}`);
  if (removed.length) out.push(`gone: ${names(removed)}`);
  return out.length ? out : ['its text differs'];
}
