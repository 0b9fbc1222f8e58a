// How `--update` writes a `content` value back into a doc as MoonBit source.
//
// A value without line breaks becomes a string literal, `"..."`, with
// MoonBit's escapes (the ones `Show` uses for strings: `\\`, `\"`, `\n`,
// `\t`, `\r`, `\b`, other control characters as `\u{XX}`; lone surrogates,
// which cannot be stored in a UTF-8 file, as `\u{XXXX}`).
//
// A value with line breaks becomes MoonBit's multi-line string form, the one
// `moon test --update` and `moon fmt` write:
//
//     inspect(x, content=(
//       #|first line
//       #|second line
//     ))
//
// `#|` lines are raw (no escapes), one per line of the value, joined by
// `\n`; a trailing empty `#|` line stands for a trailing line break. The
// `#|` lines are indented two spaces more than the line the value starts on
// (the `inspect` call's line; in a call split over several lines, the line
// of the `content` argument) and the closing `)` stands at that line's
// indentation. The layout follows the form in moonbitlang projects' docs and
// tests (`content=(` / `#|...` / `)`), as `moon test --update` writes it. Values whose
// lines hold characters a raw line cannot carry (a carriage return or any
// other control character except tab) fall back to the escaped single-line
// form. A value holding a lone surrogate has no MoonBit literal at all (MoonBit
// rejects `\u{d800}`, and a UTF-8 file cannot hold one): `writable` says so
// and --update reports such a site instead of writing it.

/** MoonBit string literal for `s`. */
export function stringLiteral(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22) out += '\\"';
    else if (c === 0x5c) out += '\\\\';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c === 0x08) out += '\\b';
    else if (c === 0x09) out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += `\\u{${c.toString(16).padStart(2, '0')}}`;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && isLow(s.charCodeAt(i + 1))) {
      out += s[i]! + s[i + 1]!;
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) out += `\\u{${c.toString(16)}}`;
    else out += s[i];
  }
  return out + '"';
}

/** Whether some MoonBit literal denotes `s` (false when it holds a lone surrogate). */
export function writable(s: string): boolean {
  return !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Whether `s` can be written as `#|` lines. */
export function rawLinesPossible(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x0a || c === 0x09) continue;
    if (c < 0x20 || c === 0x7f) return false;
    if (c >= 0xd800 && c <= 0xdbff) {
      if (i + 1 < s.length && isLow(s.charCodeAt(i + 1))) {
        i++;
        continue;
      }
      return false;
    }
    if (isLow(c)) return false;
  }
  return true;
}

export interface Layout {
  /** What comes before the code on every doc line of the block (list indentation, `> ` markers). */
  prefix: string;
  /** Indentation of the `inspect` call's line inside the block. */
  indent: string;
  /** Line break to use: the doc's own (`\n` or `\r\n`). */
  eol: string;
}

/** The text of a `content` value: `"..."` or `(` + `#|` lines + `)`. */
export function contentValue(value: string, layout: Layout): string {
  if (!value.includes('\n') || !rawLinesPossible(value)) return stringLiteral(value);
  const { prefix, indent, eol } = layout;
  const lines = value.split('\n').map((l) => `${prefix}${indent}  #|${l}`);
  return `(${eol}${lines.join(eol)}${eol}${prefix}${indent})`;
}
