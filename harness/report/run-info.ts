// When, against what and from which commit the report's run was made.
import { execFileSync } from 'node:child_process';
import { PROJECT_ROOT } from '../run/paths.ts';
import type { RunInfo } from './model.ts';

export async function runInfo(bindingLoaded: boolean, now = new Date()): Promise<RunInfo> {
  return { date: now.toISOString(), wasmtime: bindingLoaded ? await wasmtimeVersion() : null, commit: gitCommit() };
}

/** The version the loaded library reports (the binding was loaded for the run already). */
async function wasmtimeVersion(): Promise<string | null> {
  try {
    const { version } = await import('../../binding/index.ts');
    return version();
  } catch {
    return null;
  }
}

function gitCommit(): RunInfo['commit'] {
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', PROJECT_ROOT, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 });
  try {
    const id = git('rev-parse', 'HEAD').trim();
    return { id, dirty: git('status', '--porcelain', '--untracked-files=no').trim() !== '' };
  } catch {
    // Not a checkout, or no git.
    return null;
  }
}
