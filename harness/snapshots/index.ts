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
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { scanBlocks, type DocBlock } from '../markdown/index.ts';
import { translateDoc } from '../translate/document.ts';
import type { BindingInfo } from '../translate/document.ts';
import { PROJECT_ROOT } from '../run/paths.ts';
import { writeAtomic } from '../update/write.ts';
import { cached } from '../run/cache.ts';

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
    const blocks = scanned ? scanned() : scanBlocks(source, rel).blocks;
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
  return { doc: docPath, file, state, expected };
}

/** Brings a snapshot file in line; returns whether anything changed. */
export function refreshSnapshot(status: SnapshotStatus): boolean {
  if (status.state === 'fresh' || status.state === 'none') return false;
  if (status.expected === undefined) rmSync(status.file, { force: true });
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
        else if (/\.(md|markdown)\.ts$/i.test(e.name)) {
          // (Folders named after a doc hold its MoonBit file snapshots; only `<doc>.ts` files are records.)
          const doc = join(root, relative(join(root, 'snapshots'), p).slice(0, -'.ts'.length));
          if (!existsSync(doc)) out.push(p);
        }
      }
    };
    walk(dir);
  }
  return out.sort();
}

/** Refreshes the records of `docs` and removes those of deleted docs under `folders`; returns what changed, one line each. */
export function refreshAll(docs: string[], folders: string[], binding: BindingInfo, root = PROJECT_ROOT): string[] {
  const changed: string[] = [];
  const show = (p: string) => relative(process.cwd(), p).startsWith('..') ? p : relative(process.cwd(), p);
  for (const doc of docs) {
    const status = snapshotStatus(doc, readFileSync(doc, 'utf8'), binding, root);
    if (status && refreshSnapshot(status)) changed.push(`${status.expected === undefined ? 'removed' : 'updated'} ${show(status.file)}`);
  }
  for (const orphan of orphanSnapshots(folders, root)) {
    rmSync(orphan, { force: true });
    changed.push(`removed ${show(orphan)} (its doc no longer exists)`);
  }
  return changed;
}
