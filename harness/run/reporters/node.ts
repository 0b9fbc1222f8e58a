// `--reporter tap|dot|lcov|<module>`: node:test's own reporters, fed with
// the events node:test would have emitted for the blocks. The events are
// made here, from the results, because the blocks of one run may have run in
// several processes (a replaced one, several at once).
import { PassThrough, Readable, Transform } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { formatDiagnostic, type Diagnostic } from '../../diagnostics.ts';
import { importModule } from '../import-module.ts';
import type { BlockResult } from '../scheduler.ts';
import type { Reporter, Summary } from './index.ts';

type NodeEvent = { type: string; data: Record<string, unknown> };
type ReporterExport = ((source: AsyncIterable<NodeEvent>) => AsyncIterable<string | Uint8Array>) | (new () => Transform) | Transform;

async function load(name: string, cwd: string): Promise<ReporterExport> {
  if (name === 'tap' || name === 'dot' || name === 'lcov') {
    const builtins = (await importModule('node:test/reporters')) as unknown as Record<string, ReporterExport>;
    return builtins[name]!;
  }
  const module = (await importModule(pathToFileURL(resolve(cwd, name)).href)) as { default?: ReporterExport };
  if (!module.default) throw new Error(`reporter module ${name} has no default export`);
  return module.default;
}

/** A node:test reporter, or a usage error naming why it cannot be used. */
export async function nodeReporter(name: string, cwd: string, out: NodeJS.WritableStream): Promise<Reporter> {
  const exported = await load(name, cwd);
  const events = new PassThrough({ objectMode: true });
  let output: Readable;
  if (typeof exported === 'function' && /^class\b/.test(Function.prototype.toString.call(exported))) {
    output = events.pipe(new (exported as new () => Transform)());
  } else if (typeof exported === 'function') {
    output = Readable.from((exported as (s: AsyncIterable<NodeEvent>) => AsyncIterable<string>)(events));
  } else {
    output = events.pipe(exported as Transform);
  }
  output.pipe(out, { end: false });
  const done = new Promise<void>((r) => output.on('end', r));
  let n = 0;
  const emit = (type: string, data: Record<string, unknown>) => events.write({ type, data });
  const result = (name: string, file: string, line: number, ms: number, diagnostic?: Diagnostic, skip?: string) => {
    n++;
    const base = { name, nesting: 0, testNumber: n, file, line, column: 1 };
    const details: Record<string, unknown> = { duration_ms: ms, type: 'test' };
    if (diagnostic) {
      const error = Object.assign(new Error(formatDiagnostic(diagnostic)), { failureType: 'testCodeFailure' });
      error.stack = error.message;
      // As node:test wraps a test's error: the reporters show the cause.
      details.error = Object.assign(new Error('test failed', { cause: error }), { code: 'ERR_TEST_FAILURE', failureType: 'testCodeFailure' });
    }
    emit('test:start', base);
    emit(diagnostic ? 'test:fail' : 'test:pass', { ...base, details, ...(skip ? { skip } : {}) });
  };
  return {
    started() {},
    finished(r: BlockResult, diagnostic) {
      const skip = r.outcome.kind === 'skipped' ? `#skip${r.outcome.reason ? `: ${r.outcome.reason}` : ''}`
        : r.outcome.kind === 'not run' && !diagnostic ? 'not run' : undefined;
      result(r.test.name, r.doc.file, r.test.line, r.duration, diagnostic, skip);
    },
    problem(d) {
      result(`${d.file} ${d.kind ?? 'error'}`, d.file, d.line ?? 1, 0, d);
    },
    warning(d) {
      emit('test:diagnostic', { nesting: 0, message: formatDiagnostic(d), file: d.file, line: d.line, column: d.column });
    },
    output() {},
    async end(summary: Summary) {
      emit('test:plan', { nesting: 0, count: n });
      const total = summary.passed + summary.failed + summary.notRun;
      for (const [k, v] of [['tests', total], ['pass', summary.passed], ['fail', summary.failed], ['skipped', summary.notRun], ['duration_ms', summary.ms]] as const) {
        emit('test:diagnostic', { nesting: 0, message: `${k} ${v}` });
      }
      events.end();
      await done;
    },
  };
}
