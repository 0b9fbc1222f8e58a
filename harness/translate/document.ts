// Turns one Markdown doc into one test module: parse each MoonBit block,
// check the doc's blocks together (typing/), then lower what the checker
// decided (emit/). A block that does not parse or check becomes a test that
// fails with its diagnostic, at its position.

import type * as A from '../syntax/ast.ts';
import { MoonBitSyntaxError, parseProgram, parseStatements } from '../syntax/index.ts';
import type { DocBlock, FrontMatter } from '../markdown/index.ts';
import { CORE_MODULES } from '../corelib/index.ts';
import { buildCoreEnv } from '../typing/core-env.ts';
import type { Env } from '../typing/env.ts';
import { checkDoc, type BlockInput } from '../typing/index.ts';
import type { TypeDecl } from '../typing/types.ts';
import { createHash } from 'node:crypto';
import { emitModule, type EmitBlock } from '../emit/module.ts';
import type { InspectSite } from '../emit/context.ts';
import { docSettings, renamePackages } from './front-matter.ts';
import type { Signature as BindingEntry } from '../../binding/signatures.ts';

export type { InspectSite };

/** What the translator needs to know about the binding. */
export interface BindingInfo {
  table: ReadonlyMap<string, BindingEntry>;
  exported: ReadonlySet<string>;
}

import { excerpt, formatDiagnostic, type Diagnostic } from '../diagnostics.ts';

export { excerpt, formatDiagnostic, type Diagnostic };

export interface TestCase {
  name: string;
  line: number;
  heading: string | undefined;
  mode: DocBlock['mode'];
  /** The block was refused (it does not parse or check); its test fails with the diagnostic. */
  refused?: true;
  /** `#skip("why")`: the test compiles but is not run; why ('' when not said). */
  skip?: string;
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
  /** The package the doc is a blackbox test of (a `.mbt.md` file's folder), whose names it may use unqualified. */
  docPackage?: string;
  /** The doc's front matter: the package aliases of its blocks, its backend. */
  frontMatter?: FrontMatter;
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
  /** Problems of the doc that belong to no block (a front matter import of a package the harness lacks). */
  problems: Diagnostic[];
  /** Every `inspect` call of the translated blocks. */
  inspects: InspectSite[];
}

// Syntax trees by block. A run may translate a doc twice (its test module and
// its snapshot record) from the same blocks; nothing modifies a tree.
const syntaxTrees = new WeakMap<DocBlock, A.Block | A.Program | MoonBitSyntaxError>();

export function parseBlock(block: DocBlock): A.Block | A.Program | MoonBitSyntaxError {
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

// The core library and the binding do not change within a process.
let baseEnv: { table: BindingInfo['table']; env: Env; decls: Map<string, TypeDecl> } | undefined;

function base(binding: BindingInfo): { env: Env; decls: Map<string, TypeDecl> } {
  if (baseEnv?.table !== binding.table) {
    baseEnv = { table: binding.table, env: buildCoreEnv(CORE_MODULES, { table: binding.table }), decls: new Map() };
  }
  return baseEnv;
}

/**
 * A short name for the doc, from its project-relative path (so records do
 * not depend on where the project is): its types' runtime names end in it.
 */
function docTag(key: string): string {
  return createHash('sha1').update(key).digest('hex').slice(0, 8);
}

const EMPTY_PROGRAM = (span: A.Span): A.Program => ({ kind: 'Program', items: [], span });

export function translateDoc(input: TranslateInput): TranslatedDoc {
  const { file, source } = input;
  const lines = source.split(/\r?\n/);
  const diagnostics: Diagnostic[] = [];
  const diagnose = (block: DocBlock, pos: A.Position, message: string, kind: Diagnostic['kind'] = 'translation error'): Diagnostic => {
    const at = block.toDocPosition(pos);
    const d: Diagnostic = { file, line: at.line, column: at.column, kind, message, excerpt: excerpt(lines, at.line, at.column) };
    diagnostics.push(d);
    return d;
  };

  const { env, decls } = base(input.binding);
  const settings = docSettings(input.frontMatter, (pkg) => env.packages.has(pkg), file, source);
  // A nested package's blackbox test calls it by its last segment, which
  // there means that package even where a top-level one has the same name.
  const own = input.docPackage;
  const ownAlias = own?.split('/').pop();
  if (own && ownAlias && ownAlias !== own && !settings.renames.has(ownAlias)) settings.renames.set(ownAlias, own);
  const blocks = input.blocks.filter((b) => runnable(b, input.includeNocheck));
  const syntax = new Map<number, Diagnostic>();
  const inputs: BlockInput[] = blocks.map((block, i) => {
    let tree = parseBlock(block);
    if (settings.renames.size > 0 && !(tree instanceof MoonBitSyntaxError)) tree = renamePackages(tree, settings.renames);
    if (tree instanceof MoonBitSyntaxError) {
      syntax.set(i, diagnose(block, tree.position, tree.reason, 'syntax error'));
      const at = tree.position;
      return { kind: 'items', program: EMPTY_PROGRAM({ start: at, end: at }), runsTests: false };
    }
    if (tree.kind === 'Block') return { kind: 'body', body: tree };
    return { kind: 'items', program: tree, runsTests: block.mode !== 'define' };
  });

  const checked = checkDoc(env, inputs, decls, input.docPackage, docTag(input.snapshotKey ?? file));

  // Stable names: a test is named by its `test "name"`, else by the headings
  // it stands under; a name taken already gets its ordinal, ` (2)`, ` (3)`.
  // No line number is part of a name, so prose edits rename nothing.
  const taken = new Map<string, number>();
  const unique = (name: string): string => {
    const n = (taken.get(name) ?? 0) + 1;
    taken.set(name, n);
    return n === 1 ? name : `${name} (${n})`;
  };
  const emitBlocks: EmitBlock[] = blocks.map((block, i) => {
    const result = checked.blocks[i]!;
    let refused = settings.backendRefusal ?? syntax.get(i);
    if (!refused && !result.ok && result.error) refused = diagnose(block, result.error.span.start, result.error.message);
    const base = block.headings.join(' › ') || 'block';
    return {
      toDoc: (p) => block.toDocPosition(p),
      line: block.line,
      runsTests: block.mode !== 'define',
      refused: refused && formatDiagnostic(refused),
      name: (test) => unique(test?.name ?? base),
    };
  });

  const typed = !('support' in input.imports);
  const imports = ['// Generated from ' + file + ' by the doc-test harness. Edit the doc, not this file.'];
  if ('support' in input.imports) {
    // The test process loads the support bundle (input.imports.support) from
    // V8's code cache, as a script, before any doc module: it hands it over
    // under this name (harness/run/entry.mjs).
    imports.push("const { rt: $rt, mb: $mb, b: $b } = globalThis[Symbol.for('doctest.support')];");
  } else {
    imports.push(`import * as $rt from ${JSON.stringify(input.imports.runtime)};`);
    imports.push(`import * as $mb from ${JSON.stringify(input.imports.moonbit)};`);
    imports.push(`import * as $binding from ${JSON.stringify(input.imports.binding)};`);
    imports.push('const $b = $rt.wrapBinding($binding);');
  }
  const emitted = emitModule(checked, emitBlocks, {
    file, typed, exported: input.binding.exported, imports, snapshotKey: input.snapshotKey ?? file,
  });
  const tests: TestCase[] = emitted.tests.map((t) => ({
    name: t.name, line: t.line, heading: blocks[t.block]!.heading, mode: blocks[t.block]!.mode,
    ...(emitBlocks[t.block]!.refused ? { refused: true as const } : {}),
    ...(t.skip !== undefined ? { skip: t.skip } : {}),
  }));
  return {
    code: emitted.writer.finish(input.sourcePath, source, `${file}.mts`),
    text: recordText(emitted.writer.text()),
    tests,
    diagnostics: settings.backendRefusal ? [settings.backendRefusal, ...diagnostics] : diagnostics,
    problems: settings.problems,
    inspects: emitted.inspects,
  };
}

/**
 * The translation as `snapshots/` records it: without source positions (the
 * module's table of them, and the indexes code uses into it), so that only a
 * change of a block's code or of its translation changes the record.
 */
function recordText(code: string): string {
  return code
    .replace(/^const \$L = \$rt\.locations\(.*\);$/m, 'const $L = $rt.locations(/* source positions, not recorded */);')
    .replace(/\$L\[\d+\]/g, '$L[_]');
}
