// WASI stdin, stdout and stderr files: Wasmtime opens them blocking, so the
// binding refuses FIFOs (whose open waits for the other end, forever if none
// comes), sockets and directories, and accepts regular files (created if
// missing) and character devices such as /dev/null. Run in child processes
// (fixtures/stdio_files.ts): a hang there is killed, not waited for.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { caseResult, runCases, type CaseOutcome } from './child.ts';

const refused = (fn: string, path: string, stream: string, why: string) =>
  ({ threw: true, name: 'Failure', message: `${fn}: cannot use \`<scratch>${path}\` as ${stream}: ${why}` });
const FIFO = 'it is a FIFO (opening or using it could block forever)';
const accepted = { threw: false, value: 'undefined' };

const cases: Record<string, Record<string, unknown>> = {
  stdout_fifo: refused('wasi_config_set_stdout_file_or_raise', '/fifo', 'stdout', FIFO),
  stderr_fifo: refused('wasi_config_set_stderr_file_or_raise', '/fifo', 'stderr', FIFO),
  stdin_fifo: refused('wasi_config_set_stdin_file_or_raise', '/fifo', 'stdin', FIFO),
  job_stdin_fifo: refused('wasi_job_spawn_wat_or_raise', '/fifo', 'stdin', FIFO),
  stdout_socket: refused('wasi_config_set_stdout_file_or_raise', '/socket', 'stdout', 'it is a socket'),
  stdout_directory: refused('wasi_config_set_stdout_file_or_raise', '', 'stdout', 'it is a directory'),
  stdout_dev_null: accepted,
  stdout_new_file: accepted,
  stdout_regular_file: accepted,
};

describe('WASI stdio files', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'wasmtime-stdio-'));
  let outcomes: Map<string, CaseOutcome>;
  before(async () => {
    outcomes = await runCases(['test/binding/fixtures/stdio_files.ts', scratch], Object.keys(cases), 20_000);
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));
  for (const [name, expected] of Object.entries(cases)) {
    it(name, () => assert.deepEqual(caseResult(outcomes.get(name)), expected));
  }
  it('an output file is created, or truncated, as Wasmtime does', () => {
    assert.equal(readFileSync(join(scratch, 'new.txt'), 'utf8'), '');
    assert.equal(readFileSync(join(scratch, 'regular.txt'), 'utf8'), '');
  });
});
