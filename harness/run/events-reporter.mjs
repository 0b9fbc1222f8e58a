// A node:test reporter that writes one JSON line per finished test, for the
// harness's results (`--json`, `--update`). Which block a crashed process was
// in comes from the progress file the blocks write themselves (runBlock).
// Plain JavaScript: node loads reporters before `--import tsx` applies.

/** @param {AsyncIterable<{ type: string, data: any }>} source */
export default async function* eventsReporter(source) {
  for await (const event of source) {
    const { name, file, details } = event.data ?? {};
    if (event.type === 'test:pass' || event.type === 'test:fail') {
      const cause = details?.error?.cause;
      const message = cause instanceof Error ? cause.message : typeof cause === 'string' ? cause : details?.error?.message;
      yield `${JSON.stringify({
        event: event.type === 'test:pass' ? 'pass' : 'fail',
        name,
        file,
        duration: details?.duration_ms ?? 0,
        error: event.type === 'test:fail' ? message : undefined,
      })}\n`;
    }
  }
}
