// `--review`: walks the pending changes of an --update on a terminal, one
// at a time, and returns the accepted ones. Keys: a accept, r reject, s skip
// (left for a later run), A accept this and all the rest, q quit (the rest is
// not written); Ctrl-C quits too.
import { emitKeypressEvents } from 'node:readline';
import pc from 'picocolors';

export interface Pending {
  /** What the caller gets back when accepted. */
  key: unknown;
  /** The change as shown: where, and the diff. */
  text: string;
}

type Answer = 'accept' | 'reject' | 'skip' | 'all' | 'quit';

const KEYS: Record<string, Answer> = { a: 'accept', y: 'accept', r: 'reject', n: 'reject', s: 'skip', A: 'all', q: 'quit' };

function ask(input: NodeJS.ReadStream): Promise<Answer> {
  return new Promise((resolve) => {
    const onKey = (str: string | undefined, key: { name?: string; ctrl?: boolean; sequence?: string }) => {
      const answer = key.ctrl && key.name === 'c' ? 'quit' : KEYS[str ?? ''];
      if (!answer) return;
      input.off('keypress', onKey);
      resolve(answer);
    };
    input.on('keypress', onKey);
  });
}

export async function review(pending: Pending[], color: boolean): Promise<unknown[]> {
  const c = pc.createColors(color);
  const out = process.stdout;
  const accepted: unknown[] = [];
  if (pending.length === 0) {
    out.write('nothing to review: every inspect already holds its value\n');
    return accepted;
  }
  const input = process.stdin;
  emitKeypressEvents(input);
  input.setRawMode(true);
  input.resume();
  const counts = { accepted: 0, rejected: 0, skipped: 0 };
  try {
    for (let i = 0; i < pending.length; i++) {
      const p = pending[i]!;
      out.write(`\n${c.cyan(`change ${i + 1} of ${pending.length}`)}\n${p.text}\n`);
      out.write(`${c.bold('a')} accept  ${c.bold('r')} reject  ${c.bold('s')} skip  ${c.bold('A')} accept all the rest  ${c.bold('q')} quit ? `);
      const answer = await ask(input);
      out.write(`${answer}\n`);
      if (answer === 'quit') {
        counts.skipped += pending.length - i;
        break;
      }
      if (answer === 'all') {
        for (const rest of pending.slice(i)) accepted.push(rest.key);
        counts.accepted += pending.length - i;
        break;
      }
      if (answer === 'accept') {
        accepted.push(p.key);
        counts.accepted++;
      } else if (answer === 'reject') counts.rejected++;
      else counts.skipped++;
    }
  } finally {
    input.setRawMode(false);
    input.pause();
  }
  out.write(`\nreview: ${counts.accepted} accepted, ${counts.rejected} rejected, ${counts.skipped} left for later\n`);
  return accepted;
}
