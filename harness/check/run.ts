// The `--check` command: translate, type-check, print.
import { rmSync } from 'node:fs';
import pc from 'picocolors';
import { compileDoc } from '../run/compile.ts';
import { runFolder } from '../run/tmp.ts';
import type { LoadedBindingInfo } from '../run/binding-info.ts';
import { formatDiagnostic } from '../translate/document.ts';
import { typeCheck } from './index.ts';

export function runCheck(files: string[], options: { binding: LoadedBindingInfo; includeNocheck: boolean }): number {
  const outDir = runFolder('check');
  try {
    const docs = files.map((f, i) => compileDoc(f, i, { includeNocheck: options.includeNocheck, binding: options.binding, outDir, typed: true }));
    // Translation problems come first: their blocks have no code to check.
    const translation = docs.flatMap((d) => d.diagnostics);
    for (const d of translation) process.stderr.write(`${pc.red('error')}: ${formatDiagnostic(d)}\n`);
    const result = typeCheck(docs);
    for (const d of result.diagnostics) process.stderr.write(`${pc.red('error')}: ${formatDiagnostic(d)}\n`);
    for (const o of result.other) process.stderr.write(`${pc.red('error')} (outside the docs): ${o}\n`);
    const errors = translation.length + result.diagnostics.length + result.other.length;
    const summary = `type-checked ${result.modules} doc module${result.modules === 1 ? '' : 's'}: ${errors} error${errors === 1 ? '' : 's'}\n`;
    (errors ? process.stderr : process.stdout).write(summary);
    return errors ? 1 : 0;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
