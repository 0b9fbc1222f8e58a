// What `--update` (and `--review`) does once the blocks have run: each doc's
// recorded values become edits of its `content` arguments, each change is
// shown as a diff (and, with --review, accepted or not), the accepted ones
// are written, then the doc's record, the file snapshots and the records of
// deleted docs follow.
import pc from 'picocolors';
import { docLines, excerpt, formatDiagnostic, renderDiff, type Diagnostic } from '../diagnostics.ts';
import type { CompiledDoc } from '../run/compile.ts';
import { displayPath } from '../run/collect.ts';
import type { BlockResult } from '../run/scheduler.ts';
import type { LoadedBindingInfo } from '../run/binding-info.ts';
import { applyEdits, planUpdate, type Change } from './apply.ts';
import { removeFile, replaceIfUnchanged, writeAtomic } from './write.ts';
import { orphanSnapshots, refreshSnapshot, snapshotStatus, changedBlocks } from '../snapshots/index.ts';
import { review, type Pending } from './review.ts';
import { existsSync, readFileSync } from 'node:fs';

export interface UpdateOptions {
  review: boolean;
  binding: LoadedBindingInfo;
  folders: string[];
  color: boolean;
}

const say = (text: string) => process.stdout.write(`${text}\n`);

/** Shows one change as the review and the update print it. */
export function describeChange(doc: CompiledDoc, change: Change, color: boolean): string {
  const d: Diagnostic = {
    file: doc.file,
    line: change.line,
    column: change.column,
    kind: change.added ? 'content added' : 'content changed',
    message: '',
    excerpt: excerpt(docLines(doc.source), change.line, change.column),
  };
  return `${formatDiagnostic(d, { color })}\n${renderDiff(change.expected ?? '', change.actual, color)}`;
}

export async function updateDocs(
  docs: CompiledDoc[],
  results: BlockResult[],
  fileSnapshots: { path: string; content: string }[],
  options: UpdateOptions,
): Promise<{ problems: Diagnostic[] }> {
  const c = pc.createColors(options.color);
  const problems: Diagnostic[] = [];
  const plans = docs.map((doc) => {
    const records = results.filter((r) => r.doc === doc).flatMap((r) => r.inspects);
    return { doc, plan: planUpdate(doc.source, doc.blocks, doc.inspects, records) };
  });
  for (const { doc, plan } of plans) {
    for (const k of plan.conflicts) {
      problems.push({
        file: doc.file, line: k.line, column: k.column, kind: 'error',
        excerpt: excerpt(docLines(doc.source), k.line, k.column),
        message: `not updated: this inspect ran ${k.actuals.length} times with different values (${k.actuals.slice(0, 3).map((a) => JSON.stringify(a)).join(', ')}${k.actuals.length > 3 ? ', ...' : ''})`,
      });
    }
    for (const u of plan.unwritable) {
      problems.push({
        file: doc.file, line: u.line, column: u.column, kind: 'error',
        excerpt: excerpt(docLines(doc.source), u.line, u.column),
        message: `not updated: the value ${JSON.stringify(u.actual)} holds a lone surrogate, which no MoonBit string literal can denote`,
      });
    }
  }
  const snapshots = fileSnapshots.filter((s) => !existsSync(s.path) || readFileSync(s.path, 'utf8') !== s.content);

  // Which changes to write: all of them, or those accepted in the review.
  let accepted: Set<Change | (typeof snapshots)[number]>;
  if (options.review) {
    const pending: Pending[] = [
      ...plans.flatMap(({ doc, plan }) => plan.updated.map((change) => ({ key: change, text: describeChange(doc, change, options.color) }))),
      ...snapshots.map((s) => ({ key: s, text: `${c.bold(displayPath(s.path))}: file snapshot\n${renderDiff(existsSync(s.path) ? readFileSync(s.path, 'utf8') : '', s.content, options.color)}` })),
    ];
    accepted = new Set((await review(pending, options.color)) as (Change | (typeof snapshots)[number])[]);
  } else {
    accepted = new Set([...plans.flatMap((p) => p.plan.updated), ...snapshots]);
  }

  for (const { doc, plan } of plans) {
    const changes = plan.updated.filter((u) => accepted.has(u));
    // A change left out in the review leaves its inspect failing.
    for (const u of plan.updated.filter((x) => !accepted.has(x))) {
      problems.push({
        file: doc.file, line: u.line, column: u.column, kind: 'inspect mismatch',
        excerpt: excerpt(docLines(doc.source), u.line, u.column),
        message: 'not written (left out in the review)',
        diff: { expected: u.expected ?? '', actual: u.actual },
      });
    }
    const text = applyEdits(doc.source, changes.map((u) => u.edit));
    const outcome = replaceIfUnchanged(doc.path, doc.source, text);
    if (outcome === 'changed-on-disk') {
      problems.push({ file: doc.file, kind: 'error', message: 'not written: the doc changed on disk during the run (edited, or updated by another run); run --update again' });
      continue;
    }
    if (outcome === 'written') {
      if (!options.review) for (const u of changes) say(describeChange(doc, u, options.color));
      const added = changes.filter((u) => u.added).length;
      say(`${c.green('updated')} ${doc.file}: ${changes.length - added} content value${changes.length - added === 1 ? '' : 's'} changed, ${added} added`);
    }
    if (options.binding.loadError) continue;
    const s = snapshotStatus(doc.path, text, options.binding);
    const before = s?.onDisk;
    if (s && refreshSnapshot(s)) {
      const what = s.expected === undefined ? 'removed' : before === undefined ? 'written' : `updated (${changedBlocks(before, s.expected).join('; ')})`;
      say(`${c.green('record')} ${displayPath(s.file)} ${what}`);
    }
  }
  for (const s of snapshots) {
    if (!accepted.has(s)) {
      problems.push({ file: displayPath(s.path), kind: 'snapshot mismatch', message: 'not written (left out in the review)' });
      continue;
    }
    writeAtomic(s.path, s.content);
    say(`${c.green('updated')} ${displayPath(s.path)}`);
  }
  if (options.binding.loadError) {
    problems.push({ file: 'snapshots/', kind: 'error', message: 'records not updated: the binding did not load' });
  } else {
    for (const orphan of orphanSnapshots(options.folders)) {
      removeFile(orphan);
      say(`${c.green('removed')} ${displayPath(orphan)} (its doc no longer exists)`);
    }
  }
  return { problems };
}
