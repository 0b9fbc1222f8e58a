// `--watch`: runs the docs once, then re-runs a doc's blocks whenever the doc
// changes, and every doc whenever the binding changes (binding/*.ts,
// binding/*.mbti, build/Release/*.node), until interrupted.
//
// Each run is a fresh child process of the CLI itself: the binding, its
// signature table and the native addon are loaded anew every time, which an
// in-process re-run could not do (ES modules and addons are cached). Changes
// arriving during a run are collected (debounced) and run next.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, statSync, watch, type FSWatcher } from 'node:fs';
import { basename, delimiter, dirname, join, resolve } from 'node:path';
import pc from 'picocolors';
import { PROJECT_ROOT } from '../run/paths.ts';
import { collectDocs } from '../run/compile.ts';

export interface WatchOptions {
  /** Files and folders as given on the command line. */
  inputs: string[];
  /** Options passed to each run (e.g. `--filter x`). */
  passThrough: string[];
  debounceMs?: number;
  /** Folders whose changes re-run every doc (default: binding/ and build/Release/). */
  bindingDirs?: string[];
}

/**
 * binding/ (its .ts and .mbti files) and build/Release/ (the addon).
 * `DOCTEST_WATCH_BINDING_DIRS` (folders separated by the path delimiter)
 * replaces them, for tests that must not touch the real binding.
 */
export function defaultBindingDirs(): string[] {
  const override = process.env.DOCTEST_WATCH_BINDING_DIRS;
  if (override) return override.split(delimiter).filter(Boolean);
  return [join(PROJECT_ROOT, 'binding'), join(PROJECT_ROOT, 'build', 'Release')];
}

const DOC = /\.(md|markdown)$/i;

export function watchDocs(options: WatchOptions): Promise<number> {
  const debounce = options.debounceMs ?? 150;
  const cli = join(PROJECT_ROOT, 'scripts/doctest.mjs');
  const watchers: FSWatcher[] = [];
  const pendingDocs = new Set<string>();
  let pendingAll = true;
  let timer: NodeJS.Timeout | undefined;
  let child: ChildProcess | undefined;
  let stopped = false;
  let resolveDone!: (code: number) => void;
  const done = new Promise<number>((r) => (resolveDone = r));

  const allDocs = (): string[] => collectDocs(options.inputs).files;

  const schedule = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(runPending, debounce);
  };

  const runPending = (): void => {
    timer = undefined;
    if (stopped || child) return;
    const docs = pendingAll ? allDocs() : [...pendingDocs].filter((d) => existsSync(d));
    const why = pendingAll ? 'all docs' : docs.map((d) => basename(d)).join(', ');
    pendingAll = false;
    pendingDocs.clear();
    if (docs.length === 0) return;
    process.stdout.write(`\n${pc.cyan('[watch]')} running ${why}\n`);
    child = spawn(process.execPath, [cli, ...options.passThrough, ...docs], { stdio: 'inherit', cwd: process.cwd() });
    child.on('exit', (code) => {
      child = undefined;
      process.stdout.write(`${pc.cyan('[watch]')} ${code === 0 ? pc.green('passed') : pc.red('failed')}; waiting for changes (Ctrl-C to stop)\n`);
      if (pendingAll || pendingDocs.size) schedule();
    });
  };

  const onDocChange = (path: string): void => {
    if (!DOC.test(path)) return;
    pendingDocs.add(path);
    schedule();
  };

  for (const input of options.inputs.map((p) => resolve(p))) {
    if (!existsSync(input)) continue;
    if (statSync(input).isDirectory()) {
      watchers.push(watch(input, { recursive: true }, (_e, name) => name && onDocChange(join(input, name.toString()))));
    } else {
      // Watch the folder, not the file: editors often replace a file by renaming over it.
      const dir = dirname(input);
      watchers.push(watch(dir, (_e, name) => name && join(dir, name.toString()) === input && onDocChange(input)));
    }
  }
  const bindingWatch = (dir: string, pattern: RegExp): void => {
    if (!existsSync(dir)) return;
    watchers.push(watch(dir, (_e, name) => {
      if (name && pattern.test(name.toString())) {
        pendingAll = true;
        schedule();
      }
    }));
  };
  for (const dir of options.bindingDirs ?? defaultBindingDirs()) bindingWatch(dir, /\.(ts|mbti|node)$/);

  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    if (timer) clearTimeout(timer);
    for (const w of watchers) w.close();
    const finish = () => resolveDone(0);
    if (child) {
      child.once('exit', finish);
      child.kill('SIGTERM');
    } else finish();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  schedule();
  return done;
}
