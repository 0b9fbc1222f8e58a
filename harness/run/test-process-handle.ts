// The harness's side of one test process: starting it with its pipes (see
// protocol.ts), handing it a Plan, reading its messages, and ending it.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PROJECT_ROOT } from './paths.ts';
import { CHANNEL_FD, ENV, LIFELINE_FD, messageReader, type Message, type Plan } from './protocol.ts';

const ENTRY = join(PROJECT_ROOT, 'harness/run/entry.mjs');
const EVENTS_REPORTER = join(PROJECT_ROOT, 'harness/run/events-reporter.mjs');

export interface ProcessOptions {
  /** Working directory of the blocks (`--root`). */
  cwd: string;
  update: boolean;
  /** Source-map the runtime's own frames too (`--verbose` shows them). */
  verbose: boolean;
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export class TestProcess {
  private readonly child: ChildProcess;
  /** Resolves true once the process has loaded the runtime, false if it ended first. */
  readonly ready: Promise<boolean>;
  readonly exited: Promise<Exit>;
  /** The last 64 KiB it wrote to stdout and stderr (the harness shows them on a crash). */
  output = '';
  private listener: (m: Message) => void = () => {};
  private onOutput: (text: string) => void = () => {};
  private killed = false;

  constructor(options: ProcessOptions) {
    const env: NodeJS.ProcessEnv = { ...process.env, [ENV.channel]: String(CHANNEL_FD), [ENV.lifeline]: String(LIFELINE_FD) };
    if (options.update) env[ENV.update] = '1';
    else delete env[ENV.update];
    // A harness started from inside a node:test test (our own tests) must not
    // look like a nested test file to its child runner.
    delete env.NODE_TEST_CONTEXT;
    // Doc modules are always source-mapped (entry.mjs turns maps on once the
    // runtime is loaded), so stack frames name doc lines. The runtime's own
    // map is parsed only for --verbose, which shows its frames: node:test
    // source-maps the caller of every test() it registers, and with the
    // runtime's map cached that costs a parse of it per test.
    const args = options.verbose ? ['--enable-source-maps'] : [];
    // Without the support bundle, tsx's loader, resolved from the project so
    // that any `--root` works.
    if (!env[ENV.support]) args.push('--import', createRequire(import.meta.url).resolve('tsx'));
    args.push(`--test-reporter=${EVENTS_REPORTER}`, '--test-reporter-destination=stdout', ENTRY);
    // Its own process group: a Ctrl-C reaches the harness only, which ends it.
    this.child = spawn(process.execPath, args, {
      cwd: options.cwd,
      env,
      stdio: ['pipe', 'pipe', 'pipe', 'pipe', 'pipe'],
      detached: true,
    });
    let readyNow: (ok: boolean) => void = () => {};
    this.ready = new Promise((resolve) => (readyNow = resolve));
    const read = messageReader((m) => {
      if (m.type === 'ready') readyNow(true);
      else this.listener(m);
    });
    const channel = this.child.stdio[CHANNEL_FD] as NodeJS.ReadableStream;
    channel.on('data', read);
    const channelEnded = new Promise<void>((resolve) => channel.on('close', resolve));
    for (const stream of [this.child.stdout!, this.child.stderr!]) {
      stream.on('data', (d: Buffer) => {
        const text = d.toString();
        // The end is what explains a crash; the rest need not be kept.
        this.output = (this.output + text).slice(-64 * 1024);
        this.onOutput(text);
      });
    }
    this.child.stdin!.on('error', () => {}); // it may end before reading its plan
    this.exited = new Promise((resolve) => {
      this.child.on('exit', (code, signal) => {
        readyNow(false);
        // Messages written just before the end may still be in the pipe; a
        // process it started may hold the pipe open, so do not wait long.
        // The timer must not keep the harness alive once the pipe has closed.
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<void>((r) => (timer = setTimeout(r, 200)));
        void Promise.race([channelEnded, late]).then(() => {
          clearTimeout(timer);
          resolve({ code, signal });
        });
      });
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Runs `plan`; messages go to `onMessage`, anything printed outside the protocol to `onOutput`. */
  start(plan: Plan, onMessage: (m: Message) => void, onOutput: (text: string) => void): void {
    this.listener = onMessage;
    this.onOutput = onOutput;
    this.child.stdin!.end(`${JSON.stringify(plan)}\n`);
  }

  /** Ends the process at once (a hung block, an interrupted run). */
  kill(): void {
    if (this.killed || this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.killed = true;
    try {
      process.kill(-this.child.pid!, 'SIGKILL'); // the whole group: anything it started too
    } catch {
      this.child.kill('SIGKILL');
    }
  }
}
