// Turns one Markdown doc into one TypeScript test module: doc-level
// definitions first, then a node:test test per runnable block (or per
// `test { }` item of an `mbt check` block).
import type * as A from '../syntax/ast.ts';
import { MoonBitSyntaxError, parseProgram, parseStatements } from '../syntax/index.ts';
import type { DocBlock } from '../markdown/index.ts';
import { Writer } from './writer.ts';
import { TranslateError, Translator, type BindingInfo, type InspectSite } from './translator.ts';
import { fromTypeExpr, named, UNKNOWN } from './types.ts';

import { excerpt, formatDiagnostic, type Diagnostic } from '../diagnostics.ts';

export { excerpt, formatDiagnostic, type Diagnostic };

export interface TestCase {
  name: string;
  line: number;
  heading: string | undefined;
  mode: DocBlock['mode'];
}

export interface TranslateInput {
  /** The doc's path as shown in test names and messages. */
  file: string;
  /** The doc's absolute path, for the source map. */
  sourcePath: string;
  /** Names the doc's folder of file snapshots (`snapshots/<key>/<name>`); defaults to `file`. */
  snapshotKey?: string;
  source: string;
  blocks: DocBlock[];
  includeNocheck: boolean;
  binding: BindingInfo;
  /** Keep only tests whose name matches. */
  filter?: RegExp;
  /** Import specifiers of the runtime, the shared MoonBit values and the
   *  binding (TypeScript output), or of the bundled support module that
   *  provides all three (plain JavaScript output, no annotations). */
  imports: { runtime: string; moonbit: string; binding: string } | { support: string };
}

export interface TranslatedDoc {
  /** The module with an inline source map into the doc. */
  code: string;
  /** The same module without the map, for review. */
  text: string;
  tests: TestCase[];
  diagnostics: Diagnostic[];
  /** Every `inspect` call of the translated blocks. */
  inspects: InspectSite[];
}

type Parsed =
  | { block: DocBlock; kind: 'body'; body: A.Block }
  | { block: DocBlock; kind: 'items'; program: A.Program }
  | { block: DocBlock; kind: 'error'; diagnostic: Diagnostic };

// Syntax trees by block. A run translates a doc twice (its test module and its
// snapshot record) from the same blocks; the translator never modifies a tree.
const syntaxTrees = new WeakMap<DocBlock, A.Block | A.Program | MoonBitSyntaxError>();

function parseBlock(block: DocBlock): A.Block | A.Program | MoonBitSyntaxError {
  let tree = syntaxTrees.get(block);
  if (tree === undefined) {
    try {
      tree = block.mode === 'test' || block.mode === 'nocheck' ? parseStatements(block.code) : parseProgram(block.code);
    } catch (error) {
      if (!(error instanceof MoonBitSyntaxError)) throw error;
      tree = error;
    }
    syntaxTrees.set(block, tree);
  }
  return tree;
}

export function runnable(block: DocBlock, includeNocheck: boolean): boolean {
  return block.mode !== 'nocheck' || includeNocheck;
}

export function translateDoc(input: TranslateInput): TranslatedDoc {
  const { file, source } = input;
  const lines = source.split(/\r?\n/);
  const diagnostics: Diagnostic[] = [];
  const tests: TestCase[] = [];
  const w = new Writer();
  const diagnose = (block: DocBlock, pos: A.Position, message: string, kind: Diagnostic['kind'] = 'translation error'): Diagnostic => {
    const at = block.toDocPosition(pos);
    const d: Diagnostic = { file, line: at.line, column: at.column, kind, message, excerpt: excerpt(lines, at.line, at.column) };
    diagnostics.push(d);
    return d;
  };

  const parsed: Parsed[] = input.blocks.filter((b) => runnable(b, input.includeNocheck)).map((block) => {
    const tree = parseBlock(block);
    if (tree instanceof MoonBitSyntaxError) return { block, kind: 'error', diagnostic: diagnose(block, tree.position, tree.reason, 'syntax error') };
    return block.mode === 'test' || block.mode === 'nocheck'
      ? { block, kind: 'body', body: tree as A.Block }
      : { block, kind: 'items', program: tree as A.Program };
  });

  const tr = new Translator(w, input.binding, (p) => ({ line: p.line, column: p.column }), file, !('support' in input.imports));

  w.line(`// Generated from ${file} by the doc-test harness. Edit the doc, not this file.`);
  if ('support' in input.imports) {
    w.line(`import { rt as $rt, mb as $mb, b as $b } from ${JSON.stringify(input.imports.support)};`);
  } else {
    w.line(`import * as $rt from ${JSON.stringify(input.imports.runtime)};`);
    w.line(`import * as $mb from ${JSON.stringify(input.imports.moonbit)};`);
    w.line(`import * as $b from ${JSON.stringify(input.imports.binding)};`);
  }
  w.line('');

  // Every doc-level definition is visible to every block of the doc.
  const definitions: { block: DocBlock; item: Exclude<A.Item, A.TestItem> }[] = [];
  for (const p of parsed) {
    if (p.kind !== 'items') continue;
    for (const item of p.program.items) {
      if (item.kind === 'TestItem') continue;
      definitions.push({ block: p.block, item });
      if (item.kind === 'FnItem') {
        tr.declare(item.name, { kind: 'fn', js: tr.fresh(item.name), sig: tr.fnSig(item) });
      }
    }
  }
  const failedBlocks = new Map<DocBlock, Diagnostic>();
  for (const { block, item } of definitions) {
    tr.toDoc = (p) => block.toDocPosition(p);
    const mark = w.mark();
    try {
      emitDefinition(tr, w, item);
    } catch (error) {
      if (!(error instanceof TranslateError)) throw error;
      w.reset(mark);
      failedBlocks.set(block, diagnose(block, error.span.start, error.message));
    }
  }

  const emitTest = (block: DocBlock, name: string, line: number, body: (() => void) | Diagnostic): void => {
    if (input.filter && !input.filter.test(name)) return;
    if (typeof body !== 'function') {
      w.line(`$rt.test(${JSON.stringify(name)}, () => $rt.blockFailed(${JSON.stringify(formatDiagnostic(body))}));`, { line, column: 1 });
      tests.push({ name, line, heading: block.heading, mode: block.mode });
      return;
    }
    const mark = w.mark();
    const sites = tr.inspectSites.length;
    try {
      w.block(`$rt.test(${JSON.stringify(name)}, () =>`, body, { line, column: 1 }, '});');
      tests.push({ name, line, heading: block.heading, mode: block.mode });
    } catch (error) {
      if (!(error instanceof TranslateError)) throw error;
      w.reset(mark);
      tr.inspectSites.length = sites;
      emitTest(block, name, line, diagnose(block, error.span.start, error.message));
    }
  };

  // Stable names: a test is named by its `test "name"`, else by the headings
  // it stands under; a name taken already gets its ordinal, ` (2)`, ` (3)`.
  // No line number is part of a name, so prose edits rename nothing.
  const taken = new Map<string, number>();
  const unique = (name: string): string => {
    const n = (taken.get(name) ?? 0) + 1;
    taken.set(name, n);
    return n === 1 ? name : `${name} (${n})`;
  };
  for (const p of parsed) {
    const block = p.block;
    tr.toDoc = (pos) => block.toDocPosition(pos);
    const base = block.headings.join(' › ') || 'block';
    if (p.kind === 'error') {
      emitTest(block, unique(base), block.line, p.diagnostic);
      continue;
    }
    const failed = failedBlocks.get(block);
    if (p.kind === 'body') {
      emitTest(block, unique(base), block.line, failed ?? (() => { tr.blockInto(p.body, { k: 'discard' }); }));
      continue;
    }
    if (block.mode === 'define') {
      if (failed) emitTest(block, unique(base), block.line, failed);
      continue;
    }
    const items = p.program.items.filter((i): i is A.TestItem => i.kind === 'TestItem');
    if (failed) {
      emitTest(block, unique(base), block.line, failed);
      continue;
    }
    for (const item of items) {
      const at = block.toDocPosition(item.span.start);
      const name = unique(item.name ?? base);
      emitTest(block, name, at.line, () => {
        if (item.param) {
          const t = item.param.type;
          if (t.kind !== 'NamedType' || t.pkg !== 'test' || t.name !== 'T') {
            throw new TranslateError('a test parameter must have the type `@test.T`', item.span);
          }
          // MoonBit's file snapshots: `t.write(...)`, `t.snapshot(filename=...)`.
          const js = tr.fresh(item.param.name);
          w.line(`const ${js} = new $rt.SnapshotWriter(${JSON.stringify(input.snapshotKey ?? file)});`);
          tr.pushScope();
          tr.declare(item.param.name, { kind: 'var', js, type: named('T'), mutable: false });
          tr.blockInto(item.body, { k: 'discard' });
          tr.popScope();
          return;
        }
        tr.blockInto(item.body, { k: 'discard' });
      });
    }
  }

  return { code: w.finish(input.sourcePath, source, `${file}.mts`), text: w.text(), tests, diagnostics, inspects: tr.inspectSites };
}

function emitDefinition(tr: Translator, w: Writer, item: Exclude<A.Item, A.TestItem>): void {
  switch (item.kind) {
    case 'FnItem': {
      const b = tr.lookup(item.name);
      if (b?.kind !== 'fn') throw new TranslateError(`internal: ${item.name} was not declared`, item.span);
      tr.emitFn(item, b.js, b.sig);
      return;
    }
    case 'ConstItem':
    case 'LetItem': {
      const declared = item.type ? fromTypeExpr(item.type) : undefined;
      const v = tr.spill(item.value, declared);
      const type = declared ?? v.type;
      const names = item.kind === 'ConstItem' ? [item.name] : patternNames(item.pattern);
      if (item.kind === 'LetItem' && item.pattern.kind !== 'VarPat') {
        const m = tr.pattern(item.pattern, tr.pin(v).js, type);
        for (const bind of m.binds) {
          const js = tr.fresh(bind.name);
          w.line(`const ${js} = ${bind.js};`);
          tr.declare(bind.name, { kind: 'var', js, type: bind.type, mutable: false });
        }
        return;
      }
      const js = tr.fresh(names[0]!);
      w.line(`const ${js}${tr.ann(type)} = ${v.js};`);
      tr.declare(names[0]!, item.kind === 'ConstItem' ? { kind: 'const', js, type } : { kind: 'var', js, type: type ?? UNKNOWN, mutable: false });
      return;
    }
  }
}

function patternNames(p: A.Pattern): string[] {
  return p.kind === 'VarPat' ? [p.name] : [];
}
