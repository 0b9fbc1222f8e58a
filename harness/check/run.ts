// The `--check` command: translate, type-check, print.
import { rmSync } from 'node:fs';
import pc from 'picocolors';
import { compileDoc } from '../run/compile.ts';
import { displayPath } from '../run/collect.ts';
import { runFolder } from '../run/tmp.ts';
import { readDoc } from '../run/read-doc.ts';
import type { LoadedBindingInfo } from '../run/binding-info.ts';
import { formatDiagnostic, type Diagnostic } from '../diagnostics.ts';

export async function runCheck(files: string[], options: { binding: LoadedBindingInfo; includeNocheck: boolean; color: boolean }): Promise<number> {
  const outDir = runFolder('check');
  const print = (d: Diagnostic) => process.stderr.write(`${formatDiagnostic(d, { color: options.color })}\n`);
  try {
    let errors = 0;
    const docs = files.flatMap((f, i) => {
      const read = readDoc(f, displayPath(f));
      if ('diagnostic' in read) {
        print(read.diagnostic);
        errors++;
        return [];
      }
      return [compileDoc(f, read.source, i, { includeNocheck: options.includeNocheck, binding: options.binding, outDir, typed: true })];
    });
    // Translation problems come first: their blocks have no code to check.
    const translation = docs.flatMap((d) => d.diagnostics);
    for (const d of translation) print(d);
    // The compiler loads only for docs with code to check: loading it is most of the time --check takes.
    const checkable = docs.filter((d) => d.blocks.some((b) => b.mode !== 'nocheck'));
    const result = checkable.length ? (await import('./index.ts')).typeCheck(checkable) : { diagnostics: [], other: [], modules: 0 };
    for (const d of result.diagnostics) print(d);
    for (const o of result.other) process.stderr.write(`${pc.red('error')} (outside the docs): ${o}\n`);
    errors += translation.length + result.diagnostics.length + result.other.length;
    const summary = `type-checked ${result.modules} doc module${result.modules === 1 ? '' : 's'}: ${errors} error${errors === 1 ? '' : 's'}\n`;
    (errors ? process.stderr : process.stdout).write(summary);
    return errors ? 1 : 0;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
