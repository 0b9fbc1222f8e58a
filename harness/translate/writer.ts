// Builds generated TypeScript line by line and records, for each line that
// comes from MoonBit source, where in the Markdown doc it came from. The
// result carries an inline source map so that stack traces point at the doc.
import { GenMapping, addMapping, toEncodedMap, setSourceContent } from '@jridgewell/gen-mapping';

/** A position in the Markdown document (1-based line and column). */
export interface DocPos {
  line: number;
  column: number;
}

export class Writer {
  private readonly lines: string[] = [];
  private readonly origins: (DocPos | undefined)[] = [];
  private depth = 0;

  line(text: string, origin?: DocPos): void {
    this.lines.push(text === '' ? '' : '  '.repeat(this.depth) + text);
    this.origins.push(origin);
  }

  /** Opens a `{` scope on `head` and closes it after `body` runs. */
  block(head: string, body: () => void, origin?: DocPos, tail = '}'): void {
    this.line(`${head} {`, origin);
    this.depth++;
    body();
    this.depth--;
    this.line(tail);
  }

  indent(body: () => void): void {
    this.depth++;
    body();
    this.depth--;
  }

  /** A point to `reset` to, discarding what was written since. */
  mark(): { lines: number; depth: number } {
    return { lines: this.lines.length, depth: this.depth };
  }

  reset(mark: { lines: number; depth: number }): void {
    this.lines.length = mark.lines;
    this.origins.length = mark.lines;
    this.depth = mark.depth;
  }

  /** Appends another writer's lines (with their origins) at this writer's depth. */
  append(other: Writer): void {
    for (let i = 0; i < other.lines.length; i++) {
      const text = other.lines[i]!;
      this.lines.push(text === '' ? '' : '  '.repeat(this.depth) + text);
      this.origins.push(other.origins[i]);
    }
  }

  /** A writer for a nested body (a closure) that is later inlined. */
  child(): Writer {
    const w = new Writer();
    w.depth = this.depth + 1;
    return w;
  }

  /** This writer's lines as a `{ ... }` body to embed in an expression. */
  inline(): string {
    return `{\n${this.lines.join('\n')}\n${'  '.repeat(Math.max(0, this.depth - 1))}}`;
  }

  /** The code, followed by an inline source map into `docPath`. */
  finish(docPath: string, docSource: string, generatedName: string): string {
    const map = new GenMapping({ file: generatedName });
    setSourceContent(map, docPath, docSource);
    // A line may hold an inlined closure body; each physical line gets the
    // origin of the logical line it belongs to.
    let generatedLine = 0;
    this.lines.forEach((text, index) => {
      const origin = this.origins[index];
      for (const physical of text.split('\n')) {
        generatedLine++;
        if (!origin) continue;
        const indent = physical.length - physical.trimStart().length;
        addMapping(map, {
          generated: { line: generatedLine, column: indent },
          source: docPath,
          original: { line: origin.line, column: Math.max(0, origin.column - 1) },
        });
      }
    });
    const encoded = Buffer.from(JSON.stringify(toEncodedMap(map))).toString('base64');
    return `${this.lines.join('\n')}\n//# sourceMappingURL=data:application/json;base64,${encoded}\n`;
  }

  /** The code alone, as reviewers read it in `snapshots/`. */
  text(): string {
    return `${this.lines.join('\n')}\n`;
  }
}
