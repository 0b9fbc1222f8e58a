// A source's lines with the offset where each starts, whatever its line ends.

export interface Line {
  /** Offset of the line's first character. */
  start: number;
  /** The line's text without its terminator. */
  text: string;
}

export function splitLines(source: string): Line[] {
  const out: Line[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = re.exec(source); m !== null; m = re.exec(source)) {
    out.push({ start, text: source.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  out.push({ start, text: source.slice(start) });
  return out;
}
