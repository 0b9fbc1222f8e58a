// `--syntax-only`: parses every MoonBit block of the given docs, whatever its
// mode (`mbt test`, `mbt check`, `mbt`, `mbt nocheck`, `moonbit`), and reports
// each syntax error at its doc position with a caret excerpt. Nothing is
// translated or run and the binding is never loaded, so it works on any
// Markdown file.
import { readDoc } from '../run/read-doc.ts';
import { scanDoc, type DocBlock } from '../markdown/index.ts';
import { MoonBitSyntaxError, parseProgram, parseStatements } from '../syntax/index.ts';
import { excerpt, docLines, type Diagnostic } from '../diagnostics.ts';

export interface SyntaxReport {
  blocks: number;
  diagnostics: Diagnostic[];
}

/**
 * `mbt test` bodies are statements; `mbt check` and `mbt` blocks are
 * top-level items. `nocheck` and `moonbit` blocks may be either: they are
 * read as items first and as statements second, and when both fail the error
 * that got further into the block is reported.
 */
export function syntaxErrorOf(block: DocBlock): MoonBitSyntaxError | undefined {
  const attempt = (parse: (s: string) => unknown): MoonBitSyntaxError | undefined => {
    try {
      parse(block.code);
      return undefined;
    } catch (error) {
      if (error instanceof MoonBitSyntaxError) return error;
      throw error;
    }
  };
  switch (block.mode) {
    case 'test':
      return attempt(parseStatements);
    case 'check':
    case 'define':
      return attempt(parseProgram);
    case 'nocheck': {
      const asItems = attempt(parseProgram);
      if (!asItems) return undefined;
      const asStatements = attempt(parseStatements);
      if (!asStatements) return undefined;
      return asStatements.position.offset > asItems.position.offset ? asStatements : asItems;
    }
  }
}

export function checkSyntax(path: string, file: string): SyntaxReport {
  const read = readDoc(path, file);
  if ('diagnostic' in read) return { blocks: 0, diagnostics: [read.diagnostic] };
  const { source } = read;
  const lines = docLines(source);
  const { blocks, diagnostics } = scanDoc(source, file);
  for (const block of blocks) {
    const error = syntaxErrorOf(block);
    if (!error) continue;
    const at = block.toDocPosition(error.position);
    diagnostics.push({ file, line: at.line, column: at.column, kind: 'syntax error', message: `${error.reason} (in a \`${block.info}\` block)`, excerpt: excerpt(lines, at.line, at.column) });
  }
  return { blocks: blocks.length, diagnostics };
}
