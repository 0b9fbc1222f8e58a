// `--coverage`: which doc blocks use each public function and constant of the
// binding's signature table (binding/signatures.ts), read from the parsed
// MoonBit AST — a name counts where it appears as an identifier (a call, a
// reference, a pipe target `x |> f`) or as an upper-case constructor-like name
// (constants such as `VALKIND_I32`), never inside strings or comments. A name
// a doc defines itself (`fn version() ...` in an `mbt` block) refers to that
// definition in that doc and does not count. Local `let` bindings that shadow
// a binding name are not tracked (the identifier is counted).
//
// The command fails, naming them, when some public names are used by no
// runnable block (`mbt test`, `mbt check`, `mbt`); uses in `mbt nocheck` and
// `moonbit` blocks are listed but do not count.
import { docLines, excerpt, type Diagnostic } from '../diagnostics.ts';
import { readDoc } from '../run/read-doc.ts';
import { scanDoc, type DocBlock } from '../markdown/index.ts';
import { MoonBitSyntaxError, parseProgram, parseStatements } from '../syntax/index.ts';
import { syntaxErrorOf } from '../syntaxcheck/index.ts';

export interface Use {
  file: string;
  line: number;
  runnable: boolean;
}

export interface CoverageReport {
  /** Every public name, in table order, with the blocks using it. */
  uses: Map<string, Use[]>;
  /** Names no runnable block uses. */
  unused: string[];
  /** Blocks that could not be parsed (their uses are unknown), and docs that could not be read. */
  problems: Diagnostic[];
}

function parseBlock(block: DocBlock): unknown {
  try {
    if (block.mode === 'test') return parseStatements(block.code);
    if (block.mode === 'check' || block.mode === 'define') return parseProgram(block.code);
    try {
      return parseProgram(block.code);
    } catch {
      return parseStatements(block.code);
    }
  } catch (error) {
    if (error instanceof MoonBitSyntaxError) return undefined;
    throw error;
  }
}

/** Names referenced in a tree: identifiers without a package or with `@wasmtime`, and bare constructors. */
export function referencedNames(tree: unknown): Set<string> {
  const names = new Set<string>();
  const visit = (v: unknown): void => {
    if (v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x);
      return;
    }
    if (v instanceof Uint8Array) return;
    const node = v as { kind?: unknown; name?: unknown; pkg?: unknown; typeName?: unknown };
    if ((node.kind === 'Ident' || node.kind === 'Constructor') && typeof node.name === 'string') {
      if ((node.pkg === undefined || node.pkg === 'wasmtime') && node.typeName === undefined) names.add(node.name);
    }
    for (const [k, x] of Object.entries(v)) {
      if (k === 'span' || k === 'labelSpan' || k === 'methodSpan') continue;
      visit(x);
    }
  };
  visit(tree);
  return names;
}

/** Top-level function and constant names a doc defines itself. */
function definedNames(trees: unknown[]): Set<string> {
  const out = new Set<string>();
  for (const t of trees) {
    const items = (t as { items?: { kind: string; name?: string }[] }).items;
    for (const item of items ?? []) {
      if ((item.kind === 'FnItem' || item.kind === 'ConstItem') && item.name) out.add(item.name);
    }
  }
  return out;
}

export function coverage(docs: { path: string; file: string }[], publicNames: string[]): CoverageReport {
  const uses = new Map<string, Use[]>(publicNames.map((n) => [n, []]));
  const problems: Diagnostic[] = [];
  for (const doc of docs) {
    const read = readDoc(doc.path, doc.file);
    if ('diagnostic' in read) {
      problems.push(read.diagnostic);
      continue;
    }
    const { source } = read;
    const { blocks, diagnostics } = scanDoc(source, doc.file);
    problems.push(...diagnostics);
    const parsed = blocks.map((b) => ({ block: b, tree: parseBlock(b) }));
    const own = definedNames(parsed.filter((p) => p.block.mode !== 'nocheck' && p.tree).map((p) => p.tree));
    for (const { block, tree } of parsed) {
      if (!tree) {
        const e = syntaxErrorOf(block);
        const at = e ? block.toDocPosition(e.position) : { line: block.line, column: block.column };
        problems.push({
          file: doc.file, line: at.line, column: at.column, kind: 'syntax error',
          message: `${e?.reason ?? 'the block does not parse'} (the block's uses are not counted)`,
          excerpt: excerpt(docLines(source), at.line, at.column),
        });
        continue;
      }
      for (const name of referencedNames(tree)) {
        if (own.has(name)) continue;
        uses.get(name)?.push({ file: doc.file, line: block.line, runnable: block.mode !== 'nocheck' });
      }
    }
  }
  const unused = publicNames.filter((n) => !uses.get(n)!.some((u) => u.runnable));
  return { uses, unused, problems };
}

export function formatCoverage(report: CoverageReport): string {
  const width = Math.min(48, Math.max(0, ...[...report.uses.keys()].map((n) => n.length)));
  const out: string[] = [];
  for (const [name, list] of report.uses) {
    const where = list.length === 0 ? '-' : list.map((u) => `${u.file}:${u.line}${u.runnable ? '' : ' (nocheck)'}`).join(', ');
    out.push(`${name.padEnd(width)}  ${where}`);
  }
  const total = report.uses.size;
  out.push('', `${total - report.unused.length} of ${total} public names are used by a runnable block`);
  return `${out.join('\n')}\n`;
}
