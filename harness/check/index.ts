// `--check`: type-checks the TypeScript every doc translates into (its
// `mbt test` / `mbt check` blocks and the `mbt` definitions they see)
// against the binding's and the runtime's declared types, with the
// TypeScript compiler API, without running anything. Each error is mapped
// back to the doc through the module's inline source map.
//
// The generated modules are given to the compiler in memory, under the
// names they would have in .doctest-tmp/, so that their absolute imports of
// harness/runtime, binding/moonbit.ts and binding/index.ts resolve to the real
// files. Compiler options are the project's (tsconfig.json), so the doc code is
// held to the same strictness as the code it calls; only the DOM is left out.
//
// Granularity: the translator maps each generated line to the start of the
// MoonBit statement it comes from, so an error is reported at that
// statement's doc position (not at the exact sub-expression).
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { TraceMap, originalPositionFor, GREATEST_LOWER_BOUND, LEAST_UPPER_BOUND } from '@jridgewell/trace-mapping';
import { excerpt, docLines, type Diagnostic } from '../diagnostics.ts';
import type { CompiledDoc } from '../run/compile.ts';
import { PROJECT_ROOT } from '../run/paths.ts';

export interface CheckResult {
  diagnostics: Diagnostic[];
  /** Errors without a generated-module position (compiler options, global), unmapped. */
  other: string[];
  modules: number;
}

function compilerOptions(): ts.CompilerOptions {
  const configPath = join(PROJECT_ROOT, 'tsconfig.json');
  const read = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(read.config ?? {}, ts.sys, PROJECT_ROOT, undefined, configPath);
  // Doc code runs under Node: without the DOM's declarations, which are
  // also two fifths of what the compiler would otherwise parse.
  return { ...parsed.options, lib: ['lib.es2022.d.ts'], noEmit: true, sourceMap: false, inlineSourceMap: false };
}

/** Virtual module name for a doc: the same scheme as the run's .doctest-tmp files. */
function moduleName(index: number, file: string): string {
  const slug = file.replace(/[^\w.-]+/g, '_').slice(-80);
  return join(PROJECT_ROOT, '.doctest-tmp', 'check', `${String(index).padStart(3, '0')}-${slug}.mts`);
}

/** Type-checks `docs`, each of which has a block that is not `nocheck`. */
export function typeCheck(docs: CompiledDoc[]): CheckResult {
  const virtual = new Map<string, { doc: CompiledDoc; code: string }>();
  docs.forEach((doc, i) => virtual.set(moduleName(i, doc.file), { doc, code: doc.code }));
  const options = compilerOptions();
  const host = ts.createCompilerHost(options, true);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, lang, onError, create) => {
    const v = virtual.get(name);
    if (v) return ts.createSourceFile(name, v.code, lang, true, ts.ScriptKind.TS);
    return getSourceFile(name, lang, onError, create);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => virtual.has(name) || fileExists(name);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => virtual.get(name)?.code ?? readFile(name);
  const dirExists = host.directoryExists?.bind(host);
  host.directoryExists = (d) => [...virtual.keys()].some((k) => dirname(k) === d) || (dirExists ? dirExists(d) : true);

  const program = ts.createProgram({ rootNames: [...virtual.keys()], options, host });
  // Only the generated modules are checked (the harness and binding sources
  // have their own `npm run typecheck`); their types are still read in full.
  const all: ts.Diagnostic[] = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()];
  for (const name of virtual.keys()) {
    const sf = program.getSourceFile(name);
    if (!sf) continue;
    all.push(...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf));
  }
  const result: CheckResult = { diagnostics: [], other: [], modules: virtual.size };
  const maps = new Map<string, TraceMap | undefined>();
  for (const d of all) {
    if (d.category !== ts.DiagnosticCategory.Error) continue;
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    const v = d.file ? virtual.get(d.file.fileName) : undefined;
    if (!d.file || !v || d.start === undefined) {
      const where = d.file && d.start !== undefined ? (() => {
        const p = d.file!.getLineAndCharacterOfPosition(d.start!);
        return `${d.file!.fileName}:${p.line + 1}:${p.character + 1}: `;
      })() : '';
      result.other.push(`${where}TS${d.code}: ${message}`);
      continue;
    }
    if (!maps.has(d.file.fileName)) maps.set(d.file.fileName, traceMapOf(v.code));
    const map = maps.get(d.file.fileName);
    const gen = d.file.getLineAndCharacterOfPosition(d.start);
    const genLine = d.file.text.split('\n')[gen.line] ?? '';
    const orig = map ? mapBack(map, gen.line + 1, gen.character) : undefined;
    const lines = docLines(v.doc.source);
    if (orig) {
      result.diagnostics.push({
        file: v.doc.file,
        line: orig.line,
        column: orig.column,
        kind: 'type error',
        message: `TS${d.code}: ${message}\n      generated: ${genLine.trim()}`,
        excerpt: excerpt(lines, orig.line, orig.column),
      });
    } else {
      // Generated scaffolding without a doc origin (imports, test wrappers).
      result.diagnostics.push({
        file: v.doc.file,
        line: 1,
        column: 1,
        kind: 'type error',
        message: `TS${d.code} in generated code without a doc position (line ${gen.line + 1}: ${genLine.trim()}): ${message}`,
        excerpt: excerpt(lines, 1, 1),
      });
    }
  }
  const seen = new Set<string>();
  result.diagnostics = result.diagnostics.filter((d) => {
    const key = `${d.file}:${d.line}:${d.column}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  result.diagnostics.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return result;
}

function traceMapOf(code: string): TraceMap | undefined {
  const m = /\/\/# sourceMappingURL=data:application\/json;base64,([A-Za-z0-9+/=]+)\s*$/.exec(code);
  if (!m) return undefined;
  return new TraceMap(Buffer.from(m[1]!, 'base64').toString('utf8'));
}

/** Doc line/column (1-based) for a generated position (line 1-based, column 0-based). */
function mapBack(map: TraceMap, line: number, column: number): { line: number; column: number } | undefined {
  for (const bias of [GREATEST_LOWER_BOUND, LEAST_UPPER_BOUND] as const) {
    const p = originalPositionFor(map, { line, column, bias });
    if (p.line !== null && p.column !== null) return { line: p.line, column: p.column + 1 };
  }
  // A line without its own mapping (e.g. the condition of a translated
  // `while`) belongs to the nearest mapped line above it.
  for (let l = line - 1; l >= 1; l--) {
    const p = originalPositionFor(map, { line: l, column: Number.MAX_SAFE_INTEGER, bias: GREATEST_LOWER_BOUND });
    if (p.line !== null && p.column !== null) return { line: p.line, column: p.column + 1 };
  }
  return undefined;
}
