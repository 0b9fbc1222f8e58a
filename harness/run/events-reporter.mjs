// The node:test reporter of the test process. Blocks report their own start
// and end (harness/runtime/blocks.ts); node:test may still fail a block after
// it returned (a rejection nobody awaited), which only it sees: such
// failures are forwarded. It prints nothing. Plain JavaScript: node loads
// reporters before any TypeScript loader applies.
import { writeSync } from 'node:fs';

/** @param {AsyncIterable<{ type: string, data: any }>} source */
export default async function* eventsReporter(source) {
  const fd = Number(process.env.DOCTEST_CHANNEL_FD);
  for await (const event of source) {
    if (event.type !== 'test:fail' || !fd) continue;
    const error = event.data.details?.error;
    const cause = error?.cause instanceof Error ? error.cause : error;
    let module;
    let test;
    try {
      [module, test] = JSON.parse(event.data.name); // as harness/runtime/blocks.ts names its tests
    } catch {
      continue;
    }
    const message = { type: 'node-failure', module, test, message: String(cause?.message ?? cause) };
    writeSync(fd, `${JSON.stringify(message)}\n`);
  }
}
