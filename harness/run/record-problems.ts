// The plain run's check of snapshots/: a record that is missing, stale or
// left over from a deleted doc is a problem naming the doc and, for a stale
// one, the blocks whose translation changed.
import type { Diagnostic } from '../diagnostics.ts';
import { changedBlocks, orphanSnapshots, snapshotStatus } from '../snapshots/index.ts';
import type { CompiledDoc } from './compile.ts';
import { displayPath } from './collect.ts';
import type { LoadedBindingInfo } from './binding-info.ts';

export function recordProblems(docs: CompiledDoc[], options: { binding: LoadedBindingInfo; folders: string[] }): Diagnostic[] {
  if (options.binding.loadError) return [{ file: 'snapshots/', kind: 'error', message: 'records not checked: the binding did not load' }];
  const out: Diagnostic[] = [];
  for (const doc of docs) {
    const s = snapshotStatus(doc.path, doc.source, options.binding, undefined, () => doc.blocks);
    if (!s || s.state === 'fresh' || s.state === 'none') continue;
    const record = displayPath(s.file);
    const fix = `run \`npm run doctest -- --update ${doc.file}\``;
    let message: string;
    if (s.state === 'missing') message = `has no snapshot record (${record}); ${fix}`;
    else if (s.state === 'orphan') message = `has no MoonBit blocks but ${record} exists; ${fix}`;
    else {
      const changed = changedBlocks(s.onDisk ?? '', s.expected ?? '');
      message = `snapshot record ${record} is stale: ${changed.join('; ')}; ${fix}`;
    }
    out.push({ file: doc.file, kind: 'error', message });
  }
  for (const orphan of orphanSnapshots(options.folders)) {
    out.push({ file: displayPath(orphan), kind: 'error', message: 'snapshot record of a doc that no longer exists; run `npm run doctest -- --update` to remove it' });
  }
  return out;
}
