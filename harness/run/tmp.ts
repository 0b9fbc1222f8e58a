// Folders for a run's generated files, under .doctest-tmp/ in the project.
// Each run removes its own folder when it ends; a run that was killed cannot,
// so every new run first removes the folders of runs whose process is gone.
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './paths.ts';
import { isRunning } from './processes.ts';

const TMP = join(PROJECT_ROOT, '.doctest-tmp');
const NAME = /^(?:run|check|watch)-(\d+)-\d+$/;

function removeStale(): void {
  let names: string[];
  try {
    names = readdirSync(TMP);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(NAME.exec(name)?.[1]);
    if (!pid || pid === process.pid) continue;
    if (!isRunning(pid)) rmSync(join(TMP, name), { recursive: true, force: true }); // a running one's folder is in use
  }
}

/** A new, empty folder for this process's `kind` of run (the caller removes it when done). */
export function runFolder(kind: 'run' | 'check' | 'watch'): string {
  removeStale();
  const dir = join(TMP, `${kind}-${process.pid}-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}
