// Package @coverage: the counters moon's coverage instrumentation keeps.
// A `CoverageCounter` is a fixed row of UInt counts (`{ _0: number[] }`,
// core's tuple struct); `track` registers one under a name, newest first;
// `end` prints every tracked counter between core's BEGIN/END markers, one
// line per counter, and zeroes them. moon keeps the tracked list per test
// binary; a test process here runs several docs, so it is kept per doc.

import { defineModule, fn, impl } from './define.ts';
import type { Logger } from '../runtime/core-values.ts';
import { Panic } from '../runtime/values.ts';
import { println } from '../runtime/output.ts';
import { docModule } from '../runtime/doc-module.ts';
import builtinString from './builtin/string.ts';

interface Counter {
  _0: number[];
}

const escape = builtinString.fns['String::escape']!.impl as (s: string, quote: boolean | undefined) => string;
const trackedByDoc = new Map<string | undefined, [string, Counter][]>();
function trackedHere(): [string, Counter][] {
  const doc = docModule();
  let list = trackedByDoc.get(doc);
  if (!list) trackedByDoc.set(doc, (list = []));
  return list;
}

function render(c: Counter): string {
  return `[${c._0.join(', ')}]`;
}

function incr(c: Counter, idx: number): void {
  // Core writes unchecked; out of range is undefined behaviour there, a panic here.
  if (idx < 0 || idx >= c._0.length) throw new Panic(`coverage counter index ${idx} out of bounds for length ${c._0.length}`);
  c._0[idx] = (c._0[idx]! + 1) >>> 0;
}

function end(): void {
  const tracked = trackedHere();
  println('----- BEGIN MOONBIT COVERAGE -----');
  const log = `{ ${tracked.map(([name, c]) => `${escape(name, undefined)}: ${render(c)}\n`).join(', ')}}`;
  for (const line of log.split('\n')) println(line);
  println('----- END MOONBIT COVERAGE -----');
  for (const [, c] of tracked) c._0.fill(0);
}

export default defineModule('coverage', {
  decls: 'type CoverageCounter',
  fns: {
    'CoverageCounter::new': fn('fn CoverageCounter::new(size : Int) -> CoverageCounter', (size: number): Counter => {
      if (size < 0) throw new Panic(`invalid array length ${size}`);
      return { _0: new Array<number>(size).fill(0) };
    }),
    'CoverageCounter::incr': fn('fn CoverageCounter::incr(self : CoverageCounter, idx : Int) -> Unit', incr),
    'CoverageCounter::to_string': fn('fn CoverageCounter::to_string(self : CoverageCounter) -> String', render),
    track: fn('fn track(name : String, counter : CoverageCounter) -> Unit', (name: string, c: Counter) => {
      trackedHere().unshift([name, c]);
    }),
    end: fn('fn end() -> Unit', end),
  },
  impls: {
    'Show for @coverage.CoverageCounter': impl('impl Show for CoverageCounter', {
      output: (c: Counter, logger: Logger) => logger.write_string(render(c)),
    }),
  },
});
