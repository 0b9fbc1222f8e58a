// Every module of the core library table (see README.md). The checker reads
// their signatures, the runtime their implementations.
import type { CoreModule } from './define.ts';
import builtinString from './builtin/string.ts';
import builtinStringView from './builtin/stringview.ts';
import builtinStringBuilder from './builtin/stringbuilder.ts';
import builtinChar from './builtin/char.ts';
import builtinBytes from './builtin/bytes.ts';
import builtinBytesView from './builtin/bytesview.ts';
import buffer from './buffer.ts';
import encodingUtf8 from './encoding/utf8.ts';
import encodingUtf16 from './encoding/utf16.ts';

export const CORE_MODULES: readonly CoreModule[] = [
  builtinString,
  builtinStringView,
  builtinStringBuilder,
  builtinChar,
  builtinBytes,
  builtinBytesView,
  buffer,
  encodingUtf8,
  encodingUtf16,
];
