// Every module of the core library table (see README.md). The checker reads
// their signatures, the runtime their implementations.
import type { CoreModule } from './define.ts';
import builtin_intrinsics from './builtin/intrinsics.ts';
import buffer from './buffer.ts';
import builtin_bytes from './builtin/bytes.ts';
import builtin_bytesview from './builtin/bytesview.ts';
import builtin_char from './builtin/char.ts';
import builtin_string from './builtin/string.ts';
import builtin_stringbuilder from './builtin/stringbuilder.ts';
import builtin_stringview from './builtin/stringview.ts';
import encoding_utf16 from './encoding/utf16.ts';
import encoding_utf8 from './encoding/utf8.ts';

export const CORE_MODULES: readonly CoreModule[] = [
  builtin_intrinsics,
  buffer,
  builtin_bytes,
  builtin_bytesview,
  builtin_char,
  builtin_string,
  builtin_stringbuilder,
  builtin_stringview,
  encoding_utf16,
  encoding_utf8,
];
