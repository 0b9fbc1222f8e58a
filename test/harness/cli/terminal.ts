// Runs the doctest CLI in a real pseudo-terminal (util-linux `script`), so
// that raw-mode key handling is tested as a person uses it: keys are bytes
// typed into the terminal, the screen is what the program wrote to it.
import { spawn } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { CLI, ROOT } from './helpers.ts';

export interface Terminal {
  /** Types `keys` into the terminal. */
  type(keys: string): void;
  /** Resolves once the screen text (colours and cursor moves removed) since `from` matches. */
  waitFor(re: RegExp, from?: number, ms?: number): Promise<void>;
  /** Everything written so far, as plain text. */
  text(): string;
  /** Everything written so far, escapes included. */
  raw(): string;
  exited: Promise<number | null>;
  pid: number;
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export function inTerminal(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Terminal {
  const command = [process.execPath, CLI, ...args].map(quote).join(' ');
  const child = spawn('script', ['-qfec', command, '/dev/null'], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, TERM: 'xterm', FORCE_COLOR: '1', ...options.env },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let raw = '';
  const waiters = new Set<() => void>();
  child.stdout.on('data', (d) => {
    raw += d;
    for (const w of [...waiters]) w();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const text = () => stripVTControlCharacters(raw).replace(/\r/g, '');
  return {
    type: (keys) => child.stdin.write(keys),
    text,
    raw: () => raw,
    pid: child.pid!,
    exited,
    waitFor(re, from = 0, ms = 30_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (!re.test(text().slice(from))) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`timed out waiting for ${re}; the terminal shows:\n${text().slice(from)}`));
        }, ms);
        waiters.add(check);
        check();
      });
    },
  };
}
