// The test process: loads the runtime and the binding at once (while the
// harness is still translating), reads its Plan from stdin, imports every
// planned module (each doc's definitions run then), and hands the planned
// tests to node:test. Everything it learns goes to the harness as protocol
// messages (protocol.ts); a module that fails to load is reported, and the
// other modules still run.
import { pathToFileURL } from 'node:url';
import { importModule } from './import-module.ts';
import { holdLifeline } from './lifeline.ts';
import { send, type Plan } from './protocol.ts';
import { collect, describeError, schedule } from '../runtime/blocks.ts';

async function readPlan(): Promise<Plan> {
  // One line, read as soon as it is there, without waiting for end of input.
  let input = '';
  for await (const chunk of process.stdin) {
    input += chunk;
    if (input.includes('\n')) break;
  }
  return JSON.parse(input || '{"modules":[]}') as Plan;
}

export async function testProcess(): Promise<void> {
  await holdLifeline();
  send({ type: 'ready' });
  const plan = await readPlan();
  const loaded: { module: string; tests: Awaited<ReturnType<typeof collect>> }[] = [];
  for (const { path, tests } of plan.modules) {
    send({ type: 'load', module: path });
    try {
      loaded.push({ module: path, tests: await collect(path, tests, () => importModule(pathToFileURL(path).href)) });
      send({ type: 'loaded', module: path });
    } catch (error) {
      send({ type: 'load-failed', module: path, error: describeError(error) });
    }
  }
  for (const { module, tests } of loaded) for (const t of tests) schedule(module, t);
}
