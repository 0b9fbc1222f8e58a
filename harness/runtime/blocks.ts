// How a generated module's tests are registered and run, on the test
// process's side of the protocol (harness/run/protocol.ts).
//
// `test(name, body)` only registers: the entry (harness/run/entry.mjs)
// imports every planned module first, so that each doc's definitions run
// while the harness knows which doc is loading, then hands the planned tests
// (`planned()`) to node:test. A test the plan leaves out (another shard, a
// --filter, or one that already ran in a process that was replaced) is
// never registered. Outside the harness, every test is registered with
// node:test at once.
import { test as nodeTest } from 'node:test';
import { Failure } from '../../binding/moonbit.ts';
import { connected, send, type ErrorReport } from '../run/protocol.ts';
import { setOutputSink, takeOutput } from './output.ts';
import { setLoadingModule, setRunningModule } from './doc-module.ts';
import { InspectError } from './inspect.ts';
import { AssertionFailed, Panic } from './values.ts';

/** A test's body; an `async test` returns the Promise of its end. */
type Body = () => void | Promise<void>;

interface Registered {
  name: string;
  body: Body;
}

let current: { module: string; wanted: Set<string>; tests: Registered[] } | undefined;

/** Collects the tests of `module` that are in `wanted` while `load` imports it. */
export async function collect(module: string, wanted: string[], load: () => Promise<unknown>): Promise<Registered[]> {
  current = { module, wanted: new Set(wanted), tests: [] };
  setLoadingModule(module);
  try {
    await load();
    return current.tests;
  } finally {
    current = undefined;
    setLoadingModule(undefined);
  }
}

/** Registers a doc block's test. */
export function test(name: string, body: Body): void {
  if (!connected()) {
    nodeTest(name, () => body());
    return;
  }
  if (!current) throw new Error(`test ${JSON.stringify(name)} registered outside a planned module`);
  if (current.wanted.has(name)) current.tests.push({ name, body });
}

/** Runs one collected test under node:test, telling the harness when it starts and ends. */
export function schedule(module: string, t: Registered): void {
  // node:test's name says which module too: docs of a run share test names
  // ("Usage › Remove"), and a failure node:test reports must reach its own.
  nodeTest(JSON.stringify([module, t.name]), () => runBlock(module, t.name, t.body));
}

function runBlock(module: string, name: string, body: Body): void | Promise<void> {
  setRunningModule(module);
  send({ type: 'start', module, test: name });
  takeOutput();
  setOutputSink((text) => send({ type: 'print', text }));
  const started = performance.now();
  const failed = (error: unknown): never => {
    setOutputSink(undefined);
    send({ type: 'end', module, test: name, duration: performance.now() - started, error: describeError(error) });
    throw error;
  };
  const passed = (): void => {
    setOutputSink(undefined);
    send({ type: 'end', module, test: name, duration: performance.now() - started });
  };
  let pending: void | Promise<void>;
  try {
    pending = body();
  } catch (error) {
    return failed(error);
  }
  // Tests run one at a time, so the output sink stays this test's while it awaits.
  if (pending instanceof Promise) return pending.then(passed, failed);
  passed();
}

/** The test of a block that could not be translated. */
export function blockFailed(diagnostic: string): never {
  const error = new Error(diagnostic);
  error.name = 'DocBlockError';
  error.stack = `${error.name}: ${diagnostic}`;
  throw error;
}

type Site = { file: string; line: number; column: number };
const awaitSites = new WeakMap<object, Site>();

/** `await` of an async call at `site`: a rejection remembers the innermost site it passed. */
export function awaitAt<T>(pending: Promise<T>, site: Site): Promise<T> {
  return pending.catch((error: unknown) => {
    if (typeof error === 'object' && error !== null && !awaitSites.has(error)) {
      awaitSites.set(error, { file: site.file, line: site.line, column: site.column });
    }
    throw error;
  });
}

/** What the harness needs to know of a thrown value. */
export function describeError(error: unknown): ErrorReport {
  if (!(error instanceof Error)) return { kind: 'error', message: `a non-error value was thrown: ${String(error)}` };
  const awaitedAt = awaitSites.get(error);
  const base = { message: error.message, stack: error.stack, ...(awaitedAt ? { awaitedAt } : {}) };
  if (error instanceof InspectError) {
    return { ...base, kind: error.file ? 'snapshot mismatch' : 'inspect mismatch', loc: error.loc, expected: error.expected, actual: error.actual };
  }
  if (error instanceof AssertionFailed) return { ...base, kind: 'assertion failed', ...(error.loc ? { loc: error.loc } : {}) };
  if (error instanceof Panic) return { ...base, kind: 'panic' };
  if (error.name === 'DocBlockError') return { ...base, kind: 'translation error' };
  if (error instanceof Failure) return { ...base, kind: /\btrap\b/i.test(error.message) ? 'trap' : 'error raised' };
  return { ...base, kind: 'error' };
}
