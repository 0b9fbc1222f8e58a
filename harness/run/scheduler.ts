// Runs the planned tests in test processes and reports each result as it
// comes. A block past the timeout, or a process that dies inside a block, is
// that block's failure: the process is replaced and the blocks after it still
// run. With a concurrency above one, the docs are shared out between that
// many processes.
import type { CompiledDoc } from './compile.ts';
import type { TestCase } from '../translate/document.ts';
import type { InspectRecord } from '../runtime/inspect.ts';
import type { ErrorReport, Message } from './protocol.ts';
import { TestProcess, type Exit } from './test-process-handle.ts';

export interface Unit {
  doc: CompiledDoc;
  /** The doc's tests to run, in order. */
  tests: TestCase[];
}

export type Outcome =
  | { kind: 'pass' }
  | { kind: 'fail'; error: ErrorReport }
  | { kind: 'timeout'; ms: number }
  | { kind: 'crash'; exit: Exit; output: string }
  | { kind: 'load-failed'; error: ErrorReport }
  | { kind: 'load-timeout'; ms: number }
  | { kind: 'load-crash'; exit: Exit; output: string }
  /** Its process could not start, or the run was interrupted before it. */
  | { kind: 'not run'; reason: string }
  /** `#skip`: compiled, not run. */
  | { kind: 'skipped'; reason: string };

export interface BlockResult {
  doc: CompiledDoc;
  test: TestCase;
  outcome: Outcome;
  duration: number;
  printed: string;
  inspects: InspectRecord[];
}

export interface RunEvents {
  started(doc: CompiledDoc, test: TestCase): void;
  finished(result: BlockResult): void;
  /** What a test process printed outside the protocol (a warning, a native crash message). */
  output(text: string): void;
}

export interface ScheduleOptions {
  cwd: string;
  update: boolean;
  harnessFrames: boolean;
  /** Milliseconds per block (and per doc's definitions); 0: no limit. */
  timeout: number;
  concurrency: number;
}

/** How long a process whose every block has ended may take to exit. */
const EXIT_GRACE_MS = 3000;

export class Scheduler {
  readonly results: BlockResult[] = [];
  readonly fileSnapshots: { path: string; content: string }[] = [];
  private readonly processes = new Set<TestProcess>();
  private readonly current = new Map<TestProcess, { doc: CompiledDoc; test?: TestCase; since: number }>();
  private interrupted = false;

  constructor(
    private readonly options: ScheduleOptions,
    private readonly events: RunEvents,
  ) {}

  /** A test process, started now so that it loads the binding while the docs are translated. */
  spawn(): TestProcess {
    const p = new TestProcess({ cwd: this.options.cwd, update: this.options.update, harnessFrames: this.options.harnessFrames });
    this.processes.add(p);
    void p.exited.then(() => this.processes.delete(p));
    return p;
  }

  /** Runs every unit; `first` is a process spawned earlier. */
  async run(units: Unit[], first?: TestProcess): Promise<void> {
    const n = Math.max(1, Math.min(this.options.concurrency, units.length));
    const groups: Unit[][] = Array.from({ length: n }, () => []);
    // Whole docs, the largest first, each to the group with the fewest tests.
    const load = new Array<number>(n).fill(0);
    for (const u of [...units].sort((a, b) => b.tests.length - a.tests.length)) {
      const i = load.indexOf(Math.min(...load));
      groups[i]!.push(u);
      load[i]! += u.tests.length;
    }
    const order = new Map(units.map((u, i) => [u, i]));
    for (const g of groups) g.sort((a, b) => order.get(a)! - order.get(b)!);
    await Promise.all(groups.map((g, i) => this.chain(g, i === 0 ? first : undefined)));
    if (first && !groups[0]!.length) first.kill();
  }

  /** Stops everything: running blocks and the rest are reported as not run. */
  interrupt(): { doc: CompiledDoc; test?: TestCase; since: number }[] {
    this.interrupted = true;
    const running = [...this.current.values()];
    for (const p of this.processes) p.kill();
    return running;
  }

  /** A test the doc marks `#skip`: it has its result without running. */
  skip(doc: CompiledDoc, test: TestCase, reason: string): void {
    this.finish(doc, test, { kind: 'skipped', reason });
  }

  private finish(doc: CompiledDoc, test: TestCase, outcome: Outcome, extra: Partial<BlockResult> = {}): void {
    const result: BlockResult = { doc, test, outcome, duration: 0, printed: '', inspects: [], ...extra };
    this.results.push(result);
    this.events.finished(result);
  }

  /** Runs `units` in one process after another until every test has a result. */
  private async chain(units: Unit[], first?: TestProcess): Promise<void> {
    const left = new Map(units.map((u) => [u.doc.module!, { doc: u.doc, tests: [...u.tests] }]));
    const pending = () => [...left.values()].filter((l) => l.tests.length > 0);
    let proc = first;
    while (pending().length && !this.interrupted) {
      proc ??= this.spawn();
      if (!(await proc.ready)) {
        if (this.interrupted) break;
        const output = proc.output.trim();
        for (const l of pending()) for (const t of l.tests.splice(0)) {
          this.finish(l.doc, t, { kind: 'not run', reason: `the test process could not start${output ? `:\n${output}` : ''}` });
        }
        break;
      }
      await this.runIn(proc, left);
      proc = undefined;
    }
    proc?.kill();
    for (const l of pending()) for (const t of l.tests.splice(0)) this.finish(l.doc, t, { kind: 'not run', reason: 'interrupted' });
  }

  private async runIn(proc: TestProcess, left: Map<string, { doc: CompiledDoc; tests: TestCase[] }>): Promise<void> {
    const { timeout } = this.options;
    let current:
      | { kind: 'load'; module: string; since: number }
      | { kind: 'test'; module: string; test: TestCase; since: number; printed: string; inspects: InspectRecord[] }
      | undefined;
    let timedOut = false;
    let timer: NodeJS.Timeout | undefined;
    const arm = (): void => {
      clearTimeout(timer);
      if (timeout > 0) timer = setTimeout(() => { timedOut = true; proc.kill(); }, timeout);
    };
    const settle = (): void => {
      clearTimeout(timer);
      current = undefined;
      this.current.delete(proc);
      // Every block has ended: the process has a moment to exit by itself.
      if (![...left.values()].some((l) => l.tests.length)) timer = setTimeout(() => proc.kill(), EXIT_GRACE_MS);
    };
    const take = (module: string, name: string): TestCase | undefined => {
      const l = left.get(module);
      const i = l ? l.tests.findIndex((t) => t.name === name) : -1;
      return i < 0 ? undefined : l!.tests.splice(i, 1)[0];
    };
    const passedBy = new Map<string, BlockResult>();
    const onMessage = (m: Message): void => {
      switch (m.type) {
        case 'load':
          current = { kind: 'load', module: m.module, since: Date.now() };
          this.current.set(proc, { doc: left.get(m.module)!.doc, since: current.since });
          arm();
          return;
        case 'loaded':
          settle();
          return;
        case 'load-failed': {
          const l = left.get(m.module);
          if (l) for (const t of l.tests.splice(0)) this.finish(l.doc, t, { kind: 'load-failed', error: m.error });
          settle();
          return;
        }
        case 'start': {
          const l = left.get(m.module);
          const test = l?.tests.find((t) => t.name === m.test);
          if (!l || !test) return;
          current = { kind: 'test', module: m.module, test, since: Date.now(), printed: '', inspects: [] };
          this.current.set(proc, { doc: l.doc, test, since: current.since });
          arm();
          this.events.started(l.doc, test);
          return;
        }
        case 'print':
          if (current?.kind === 'test') current.printed += m.text;
          return;
        case 'inspect':
          if (current?.kind === 'test') current.inspects.push({ file: m.file, line: m.line, column: m.column, expected: m.expected, actual: m.actual });
          return;
        case 'file-snapshot':
          this.fileSnapshots.push({ path: m.path, content: m.content });
          return;
        case 'end': {
          if (current?.kind !== 'test' || current.test.name !== m.test) return;
          const doc = left.get(m.module)!.doc;
          const test = take(m.module, m.test)!;
          const { printed, inspects } = current;
          settle();
          this.finish(doc, test, m.error ? { kind: 'fail', error: m.error } : { kind: 'pass' }, { duration: m.duration, printed, inspects });
          if (!m.error) passedBy.set(`${m.module}\0${m.test}`, this.results[this.results.length - 1]!);
          return;
        }
        case 'node-failure': {
          // A failure node:test saw after the block returned (a rejection nobody awaited).
          const r = passedBy.get(`${m.module}\0${m.test}`);
          if (r && r.outcome.kind === 'pass') r.outcome = { kind: 'fail', error: { kind: 'error', message: m.message } };
          return;
        }
      }
    };
    const modules = [...left.entries()].filter(([, l]) => l.tests.length).map(([path, l]) => ({ path, tests: l.tests.map((t) => t.name) }));
    proc.start({ modules }, onMessage, (text) => this.events.output(text));
    const exit = await proc.exited;
    clearTimeout(timer);
    this.current.delete(proc);
    if (this.interrupted) return;
    const cur = current as typeof current; // assigned by the message handler
    if (cur?.kind === 'test') {
      const doc = left.get(cur.module)!.doc;
      const test = take(cur.module, cur.test.name)!;
      const outcome: Outcome = timedOut ? { kind: 'timeout', ms: timeout } : { kind: 'crash', exit, output: proc.output };
      this.finish(doc, test, outcome, { duration: Date.now() - cur.since, printed: cur.printed, inspects: cur.inspects });
    } else if (cur?.kind === 'load') {
      const l = left.get(cur.module)!;
      const outcome: Outcome = timedOut ? { kind: 'load-timeout', ms: timeout } : { kind: 'load-crash', exit, output: proc.output };
      for (const t of l.tests.splice(0)) this.finish(l.doc, t, outcome);
    } else {
      // It ended between blocks: the next one is blamed, so that every restart makes progress.
      const next = [...left.values()].find((l) => l.tests.length);
      if (next) this.finish(next.doc, next.tests.shift()!, { kind: 'crash', exit, output: proc.output });
    }
    // The results of a process that was gone too soon are in; the caller starts another for the rest.
  }
}
