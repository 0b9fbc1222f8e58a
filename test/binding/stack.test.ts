// Deep recursion must end in Wasmtime's "call stack exhausted" trap, never in
// an abort ("execution on async fiber has overflowed its stack") or a
// segmentation fault, on async stacks as small as the documented minimum and
// on the thread stacks of the main thread and of workers; a configuration
// whose max_wasm_stack does not fit is refused before any wasm runs. The cases
// run in child processes (fixtures/stack.ts).
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { caseResult, runCases, type CaseOutcome } from './child.ts';

const exhausted = { threw: false as const, value: 'wasm trap: call stack exhausted' };
const noRoom = (max: number) => ({ name: 'RangeError', message: new RegExp(
  `^instance_new_or_raise: this thread has \\d+ bytes of stack left, less than the engine's max_wasm_stack \\(${max}\\) plus 262144 for host code`) });

const cases: Record<string, { threw: false; value: string } | { name: string; message: RegExp }> = {
  async_minimum_stack_calling_thread: exhausted,
  async_minimum_stack_polling_thread: exhausted,
  async_minimum_stack_host_calls_at_depth: exhausted,
  sync_default_max_wasm_stack: exhausted,
  sync_4_mib_on_the_main_thread: exhausted,
  sync_16_mib_beyond_the_main_thread_stack: noRoom(16 * 1024 * 1024),
  sync_16_mib_start_function: noRoom(16 * 1024 * 1024),
  async_stack_without_host_room: { name: 'Failure', message:
    /^engine_new_with_config: invalid configuration: async_stack_size \(1052672\) must exceed max_wasm_stack \(1048576\) by at least 262144 bytes/ },
  worker_1_mib: { threw: false, value: 'Error: wasm trap: call stack exhausted' },
  worker_4_mib_beyond_the_worker_stack: noRoom(4 * 1024 * 1024),
};

describe('stack room for wasm', () => {
  let outcomes: Map<string, CaseOutcome>;
  before(async () => { outcomes = await runCases('test/binding/fixtures/stack.ts', Object.keys(cases)); });
  for (const [name, expect] of Object.entries(cases)) {
    it(name, () => {
      const got = caseResult(outcomes.get(name));
      if ('value' in expect) {
        assert.deepEqual(got, expect);
      } else {
        assert.equal(got.threw, true, `expected a throw, got ${JSON.stringify(got)}`);
        assert.equal(got.name, expect.name, String(got.message));
        assert.match(String(got.message), expect.message);
      }
    });
  }
});
