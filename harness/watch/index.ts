// `--watch`: runs the docs once, then re-runs a doc's blocks whenever the doc
// changes, and every doc whenever the binding changes (binding/*.ts,
// binding/*.mbti, build/Release/*.node), until interrupted. On a terminal,
// keys: `a` runs every doc, `f` the blocks that failed last, `u` updates
// them (--update), `q` quits; the screen is cleared before each run.
//
// Each run is a fresh child process of the CLI itself: the binding, its
// signature table and the native addon are loaded anew every time, which an
// in-process re-run could not do (ES modules and addons are cached). The
// child holds a lifeline (run/lifeline.ts): it ends with the watch, however
// the watch ends. Changes arriving during a run are collected (debounced)
// and run next.
//
// Every folder is watched on its own (not with a recursive watch, which on
// Linux watches files and loses one an editor replaces by renaming a new
// file over it); a folder that appears is watched from then on.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, watch, type FSWatcher } from 'node:fs';
import { emitKeypressEvents } from 'node:readline';
import { basename, delimiter, dirname, join, resolve } from 'node:path';
import pc from 'picocolors';
import { PROJECT_ROOT } from '../run/paths.ts';
import { collectDocs, displayPath, WALKED } from '../run/collect.ts';
import { runFolder } from '../run/tmp.ts';
import { ENV } from '../run/protocol.ts';

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

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Request = { kind: 'docs'; docs: string[]; why: string } | { kind: 'failed'; update: boolean };

export function watchDocs(options: WatchOptions): Promise<number> {
  const debounce = options.debounceMs ?? 150;
  const cli = join(PROJECT_ROOT, 'scripts/doctest.mjs');
  const watchers = new Map<string, FSWatcher>();
  const pendingDocs = new Set<string>();
  let pendingAll = true;
  let queued: Request | undefined;
  let timer: NodeJS.Timeout | undefined;
  let child: ChildProcess | undefined;
  let stopped = false;
  let resolveDone!: (code: number) => void;
  const done = new Promise<number>((r) => (resolveDone = r));
  const tty = process.stdout.isTTY === true;
  const keys = process.stdin.isTTY === true;
  const scratch = runFolder('watch');
  const results = join(scratch, 'results.json');
  /** The blocks that failed in the last run of each doc: file as shown → block names. */
  const failed = new Map<string, { path: string; names: Set<string> }>();

  const allDocs = (): string[] => collectDocs(options.inputs).files;

  const schedule = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(runPending, debounce);
  };

  const hint = keys ? ` ${pc.dim('(a all, f failed, u update failed, q quit)')}` : ' (Ctrl-C to stop)';

  const start = (request: Request): void => {
    const args = [...options.passThrough];
    let docs: string[];
    let why: string;
    if (request.kind === 'docs') {
      docs = request.docs;
      why = request.why;
    } else {
      const entries = [...failed.entries()].filter(([, f]) => f.names.size && existsSync(f.path));
      if (!entries.length) {
        process.stdout.write(`${pc.cyan('[watch]')} nothing failed in the last runs${hint}\n`);
        return;
      }
      docs = entries.map(([, f]) => f.path);
      const titles = entries.flatMap(([file, f]) => [...f.names].map((n) => `${escape(file)}:\\d+ ${escape(n)}`));
      args.push('--filter', `^(?:${titles.join('|')})$`);
      if (request.update) args.push('--update');
      why = `${request.update ? 'updating' : 'running'} the failed blocks`;
    }
    if (docs.length === 0) return;
    if (tty) process.stdout.write('\x1b[2J\x1b[3J\x1b[H');
    process.stdout.write(`${pc.cyan('[watch]')} ${why}\n`);
    rmSync(results, { force: true });
    const hasJson = args.includes('--json');
    if (!hasJson) args.push('--json', results);
    child = spawn(process.execPath, [cli, ...args, ...docs], {
      stdio: ['ignore', 'inherit', 'inherit', 'pipe'],
      cwd: process.cwd(),
      env: { ...process.env, [ENV.lifeline]: '3' },
    });
    child.on('exit', (code) => {
      child = undefined;
      if (!hasJson) learn(docs, request);
      process.stdout.write(`${pc.cyan('[watch]')} ${code === 0 ? pc.green('passed') : pc.red('failed')}; waiting for changes${hint}\n`);
      if (stopped) return;
      if (queued) {
        const next = queued;
        queued = undefined;
        start(next);
      } else if (pendingAll || pendingDocs.size) schedule();
    });
  };

  /** Remembers which blocks of the docs just run failed. */
  const learn = (docs: string[], request: Request): void => {
    let records: { file: string; name: string; status: string }[] = [];
    try {
      records = JSON.parse(readFileSync(results, 'utf8'));
    } catch {
      return; // the run ended before writing them (a usage error): nothing learnt
    }
    for (const path of docs) {
      const file = displayPath(path); // as the run named it: same folder, same rule
      const names = new Set(records.filter((r) => r.file === file && r.status !== 'pass').map((r) => r.name));
      if (request.kind === 'failed') {
        // Only the failed blocks ran: those that pass now are no longer failed.
        const before = failed.get(file)?.names ?? new Set<string>();
        const ran = new Set(records.filter((r) => r.file === file).map((r) => r.name));
        for (const n of before) if (ran.has(n) && !names.has(n)) before.delete(n);
        for (const n of names) before.add(n);
        failed.set(file, { path, names: before });
      } else failed.set(file, { path, names });
    }
  };

  const runPending = (): void => {
    timer = undefined;
    if (stopped || child) return;
    const docs = pendingAll ? allDocs() : [...pendingDocs].filter((d) => existsSync(d));
    const why = pendingAll ? 'running all docs' : `running ${docs.map((d) => basename(d)).join(', ')}`;
    pendingAll = false;
    pendingDocs.clear();
    start({ kind: 'docs', docs, why });
  };

  const request = (r: Request): void => {
    if (child) queued = r;
    else start(r);
  };

  const onDocChange = (path: string): void => {
    if (!WALKED.test(path)) return;
    pendingDocs.add(path);
    schedule();
  };

  const watchFolder = (dir: string, onName: (path: string) => void): void => {
    if (watchers.has(dir)) return;
    try {
      const w = watch(dir, (_event, name) => name && onName(join(dir, name.toString())));
      w.on('error', () => {
        w.close();
        watchers.delete(dir);
      });
      watchers.set(dir, w);
    } catch {
      // Gone already, or not readable: nothing to watch.
    }
  };

  const watchTree = (dir: string): void => {
    watchFolder(dir, (path) => {
      let isDir = false;
      try {
        isDir = statSync(path).isDirectory();
      } catch {
        // Removed (or renamed away): a doc that is gone is not run.
      }
      if (isDir) {
        if (!basename(path).startsWith('.') && basename(path) !== 'node_modules') {
          watchTree(path);
          for (const f of collectDocs([path]).files) onDocChange(f);
        }
      } else onDocChange(path);
    });
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules' && e.name !== '__snapshot__') watchTree(join(dir, e.name));
    }
  };

  for (const input of options.inputs.map((p) => resolve(p))) {
    if (!existsSync(input)) continue;
    if (statSync(input).isDirectory()) watchTree(input);
    else {
      // The folder, not the file: editors often replace a file by renaming over it.
      const dir = dirname(input);
      const previous = watchers.get(dir);
      if (previous) continue;
      watchFolder(dir, (path) => path === input && onDocChange(input));
    }
  }
  for (const dir of options.bindingDirs ?? defaultBindingDirs()) {
    if (!existsSync(dir)) continue;
    watchFolder(dir, (path) => {
      if (/\.(ts|mbti|node)$/.test(path)) {
        pendingAll = true;
        schedule();
      }
    });
  }

  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    if (timer) clearTimeout(timer);
    for (const w of watchers.values()) w.close();
    if (keys) {
      process.stdin.setRawMode(false);
      process.stdin.pause();
    }
    const finish = () => {
      rmSync(scratch, { recursive: true, force: true });
      resolveDone(0);
    };
    if (child) {
      child.once('exit', finish);
      child.kill('SIGTERM');
    } else finish();
  };
  if (keys) {
    emitKeypressEvents(process.stdin);
    process.stdin.setRawMode(true);
    process.stdin.on('keypress', (str: string | undefined, key: { ctrl?: boolean; name?: string }) => {
      if ((key.ctrl && key.name === 'c') || str === 'q') stop();
      else if (str === 'a') request({ kind: 'docs', docs: allDocs(), why: 'running all docs' });
      else if (str === 'f') request({ kind: 'failed', update: false });
      else if (str === 'u') request({ kind: 'failed', update: true });
    });
  }
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  schedule();
  return done;
}
