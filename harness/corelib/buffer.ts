// `@buffer`: a growable byte buffer. Its bytes live in a JS array so that
// `view()` shares them, as core's view of its FixedArray does. Buffer also
// implements `Logger` (writing UTF-16LE, like `write_string_utf16le`); newer
// cores deprecate that in favour of `write_utf8` and the explicit writers.
// `Buffer::Buffer` is the constructor newer cores call as `Buffer()`; the
// oracle's core has only `@buffer.new`, so both are here.

import { ArrayView, Iter, type StringView, type Logger } from '../runtime/core-values.ts';
import type { Desc, Dyn } from '../runtime/desc.ts';
import { defineModule, fn, impl } from './define.ts';
import * as B from './support/bytes.ts';
import type { Bin } from './support/bytes.ts';
import { charAt, dataOf, endOf, panic, startOf, width, type Str } from './support/strings.ts';

export class Buffer implements Logger {
  readonly data: number[] = [];
  len = 0;

  byte(b: number): void {
    this.data[this.len++] = b & 0xff;
  }
  /** Code units `start..end` of `s`, two bytes each, low byte first (or high first when `bigEndian`). */
  units(s: string, start: number, end: number, bigEndian: boolean): void {
    for (let i = start; i < end; i++) {
      const u = s.charCodeAt(i);
      if (bigEndian) this.byte(u >> 8);
      this.byte(u);
      if (!bigEndian) this.byte(u >> 8);
    }
  }
  /** A Char as UTF-16: one or two code units. */
  char16(c: number, bigEndian: boolean): void {
    if (c > 0x10ffff) panic('Char out of range');
    const s = c > 0xffff ? String.fromCodePoint(c) : String.fromCharCode(c);
    this.units(s, 0, s.length, bigEndian);
  }
  /** A Char as UTF-8: one to four bytes. */
  char8(c: number): void {
    if (c < 0x80) this.byte(c);
    else if (c < 0x800) {
      this.byte(0xc0 | (c >> 6));
      this.byte(0x80 | (c & 0x3f));
    } else if (c < 0x10000) {
      this.byte(0xe0 | (c >> 12));
      this.byte(0x80 | ((c >> 6) & 0x3f));
      this.byte(0x80 | (c & 0x3f));
    } else if (c < 0x110000) {
      this.byte(0xf0 | (c >> 18));
      this.byte(0x80 | ((c >> 12) & 0x3f));
      this.byte(0x80 | ((c >> 6) & 0x3f));
      this.byte(0x80 | (c & 0x3f));
    } else panic('Char out of range');
  }
  /** Chars of `start..end`, each as UTF-8 (a lone surrogate as its own 3 bytes). */
  utf8(s: string, start: number, end: number): void {
    for (let i = start; i < end; ) {
      const c = charAt(s, i, end);
      this.char8(c);
      i += width(c);
    }
  }
  /** `n` bytes of `value` (a UInt or a UInt64's bigint), most significant first or last. */
  word(value: number, n: number, bigEndian: boolean): void {
    for (let k = 0; k < n; k++) this.byte(value >>> (8 * (bigEndian ? n - 1 - k : k)));
  }
  word64(value: bigint, bigEndian: boolean): void {
    const v = BigInt.asUintN(64, value);
    const high = Number(v >> 32n);
    const low = Number(v & 0xffffffffn);
    this.word(bigEndian ? high : low, 4, bigEndian);
    this.word(bigEndian ? low : high, 4, bigEndian);
  }
  bytes(): Uint8Array {
    return Uint8Array.from(this.data.slice(0, this.len));
  }

  write_string(s: string): void {
    this.units(s, 0, s.length, false);
  }
  write_char(c: number): void {
    this.char16(c, false);
  }
  write_view(v: StringView): void {
    this.units(v.str, v.start, v.end, false);
  }
  write_substring(s: string, start: number, len: number): void {
    this.units(s, start, start + len, false);
  }
}

function create(_sizeHint: number | undefined): Buffer {
  return new Buffer();
}

function fromBytes(bytes: Bin): Buffer {
  const buf = new Buffer();
  const b = B.bytesOf(bytes);
  for (let i = B.startOf(bytes); i < B.endOf(bytes); i++) buf.byte(b[i]!);
  return buf;
}

function fromArray(arr: ArrayView<number> | number[]): Buffer {
  const [a, start, end] = B.spanOf(arr);
  const buf = new Buffer();
  for (let i = start; i < end; i++) buf.byte(a[i]!);
  return buf;
}

function fromIter(iter: Iter<number>): Buffer {
  const buf = new Buffer();
  for (let b = iter.next(); b !== Iter.DONE; b = iter.next()) buf.byte(b);
  return buf;
}

const f64 = new DataView(new ArrayBuffer(8));

function doubleBits(x: number): bigint {
  f64.setFloat64(0, x);
  return f64.getBigUint64(0);
}
function floatBits(x: number): number {
  f64.setFloat32(0, x);
  return f64.getUint32(0);
}

/** Signed LEB128: 7 bits a byte, until the rest is all sign bits and the last byte's top bit agrees. */
function sleb(buf: Buffer, value: bigint): void {
  for (;;) {
    const byte = Number(value & 0x7fn);
    const next = value >> 7n;
    const signBit = (byte & 0x40) !== 0;
    if ((next === 0n && !signBit) || (next === -1n && signBit)) {
      buf.byte(byte);
      return;
    }
    buf.byte(byte | 0x80);
    value = next;
  }
}

/** Unsigned LEB128. */
function uleb(buf: Buffer, value: bigint): void {
  for (; value >= 128n; value >>= 7n) buf.byte(Number(value & 0x7fn) | 0x80);
  buf.byte(Number(value));
}

type Writer<T> = (self: Buffer, value: T) => void;
const writer = <T>(name: string, type: string, f: Writer<T>) =>
  fn(`fn Buffer::${name}(self : Buffer, value : ${type}) -> Unit`, f);

export default defineModule('buffer', {
  decls: `
    type Buffer
    trait Leb128 {
      output(Self, Buffer) -> Unit
    }
  `,
  fns: {
    new: fn('fn new(size_hint? : Int = ..) -> Buffer', create),
    'Buffer::Buffer': fn('fn Buffer::Buffer(size_hint? : Int = ..) -> Buffer', create),
    from_bytes: fn('fn from_bytes(bytes : BytesView) -> Buffer', fromBytes),
    from_array: fn('fn from_array(arr : ArrayView[Byte]) -> Buffer', fromArray),
    from_iter: fn('fn from_iter(iter : Iter[Byte]) -> Buffer', fromIter),
    'Buffer::length': fn('fn Buffer::length(self : Buffer) -> Int', (self: Buffer) => self.len),
    'Buffer::is_empty': fn('fn Buffer::is_empty(self : Buffer) -> Bool', (self: Buffer) => self.len === 0),
    'Buffer::reset': fn('fn Buffer::reset(self : Buffer) -> Unit', (self: Buffer) => {
      self.len = 0;
    }),
    'Buffer::to_bytes': fn('fn Buffer::to_bytes(self : Buffer) -> Bytes', (self: Buffer) => self.bytes()),
    'Buffer::contents': fn('fn Buffer::contents(self : Buffer) -> Bytes', (self: Buffer) => self.bytes()),
    'Buffer::view': fn('fn Buffer::view(self : Buffer) -> ArrayView[Byte]', (self: Buffer) => new ArrayView(self.data, 0, self.len)),
    'Buffer::write_byte': writer('write_byte', 'Byte', (self, b: number) => self.byte(b)),
    'Buffer::write_bytes': writer('write_bytes', 'BytesView', (self, v: Bin) => writeBytes(self, v)),
    'Buffer::write_bytesview': writer('write_bytesview', 'BytesView', (self, v: Bin) => writeBytes(self, v)),
    'Buffer::write_iter': fn('fn Buffer::write_iter(self : Buffer, iter : Iter[Byte]) -> Unit', (self: Buffer, iter: Iter<number>) => {
      for (let b = iter.next(); b !== Iter.DONE; b = iter.next()) self.byte(b);
    }),
    'Buffer::write_int_be': writer('write_int_be', 'Int', (self, x: number) => self.word(x, 4, true)),
    'Buffer::write_int_le': writer('write_int_le', 'Int', (self, x: number) => self.word(x, 4, false)),
    'Buffer::write_uint_be': writer('write_uint_be', 'UInt', (self, x: number) => self.word(x, 4, true)),
    'Buffer::write_uint_le': writer('write_uint_le', 'UInt', (self, x: number) => self.word(x, 4, false)),
    'Buffer::write_int16_be': writer('write_int16_be', 'Int16', (self, x: number) => self.word(x, 2, true)),
    'Buffer::write_int16_le': writer('write_int16_le', 'Int16', (self, x: number) => self.word(x, 2, false)),
    'Buffer::write_uint16_be': writer('write_uint16_be', 'UInt16', (self, x: number) => self.word(x, 2, true)),
    'Buffer::write_uint16_le': writer('write_uint16_le', 'UInt16', (self, x: number) => self.word(x, 2, false)),
    'Buffer::write_int64_be': writer('write_int64_be', 'Int64', (self, x: bigint) => self.word64(x, true)),
    'Buffer::write_int64_le': writer('write_int64_le', 'Int64', (self, x: bigint) => self.word64(x, false)),
    'Buffer::write_uint64_be': writer('write_uint64_be', 'UInt64', (self, x: bigint) => self.word64(x, true)),
    'Buffer::write_uint64_le': writer('write_uint64_le', 'UInt64', (self, x: bigint) => self.word64(x, false)),
    'Buffer::write_double_be': writer('write_double_be', 'Double', (self, x: number) => self.word64(doubleBits(x), true)),
    'Buffer::write_double_le': writer('write_double_le', 'Double', (self, x: number) => self.word64(doubleBits(x), false)),
    'Buffer::write_float_be': writer('write_float_be', 'Float', (self, x: number) => self.word(floatBits(x), 4, true)),
    'Buffer::write_float_le': writer('write_float_le', 'Float', (self, x: number) => self.word(floatBits(x), 4, false)),
    'Buffer::write_char_utf8': writer('write_char_utf8', 'Char', (self, c: number) => self.char8(c)),
    'Buffer::write_char_utf16le': writer('write_char_utf16le', 'Char', (self, c: number) => self.char16(c, false)),
    'Buffer::write_char_utf16be': writer('write_char_utf16be', 'Char', (self, c: number) => self.char16(c, true)),
    'Buffer::write_string_utf8': writer('write_string_utf8', 'StringView', (self, s: Str) =>
      self.utf8(dataOf(s), startOf(s), endOf(s)),
    ),
    'Buffer::write_string_utf16le': writer('write_string_utf16le', 'StringView', (self, s: Str) =>
      self.units(dataOf(s), startOf(s), endOf(s), false),
    ),
    'Buffer::write_string_utf16be': writer('write_string_utf16be', 'StringView', (self, s: Str) =>
      self.units(dataOf(s), startOf(s), endOf(s), true),
    ),
    'Buffer::write_object': writer('write_object', '&Show', (self, value: Dyn) => self.write_string(showString(value.d, value.v))),
    'Buffer::write_utf8': fn('fn[T : Show] Buffer::write_utf8(self : Buffer, value : T) -> Unit', (T: Desc, self: Buffer, value: unknown) => {
      const s = showString(T, value);
      self.utf8(s, 0, s.length);
    }),
    'Buffer::write_leb128': fn('fn[A : Leb128] Buffer::write_leb128(self : Buffer, value : A) -> Unit', (A: Desc, self: Buffer, value: unknown) =>
      (A['Leb128.output'] as (x: unknown, buf: Buffer) => void)(value, self),
    ),
  },
  impls: {
    'Logger for @buffer.Buffer': impl('impl Logger for Buffer', {
      write_string: (self: Buffer, s: string) => self.write_string(s),
      write_substring: (self: Buffer, s: string, start: number, len: number) => self.write_substring(s, start, len),
      write_view: (self: Buffer, v: Str) => self.units(dataOf(v), startOf(v), endOf(v), false),
      write_char: (self: Buffer, c: number) => self.write_char(c),
    }),
    'Show for @buffer.Buffer': impl('impl Show for Buffer', {
      output: (self: Buffer, logger: Logger) => logger.write_string(B.utf16le(self.bytes(), 0, self.len)),
    }),
    'Leb128 for Int': impl('impl Leb128 for Int', { output: (self: number, buf: Buffer) => sleb(buf, BigInt(self)) }),
    'Leb128 for Int64': impl('impl Leb128 for Int64', { output: (self: bigint, buf: Buffer) => sleb(buf, self) }),
    'Leb128 for UInt': impl('impl Leb128 for UInt', { output: (self: number, buf: Buffer) => uleb(buf, BigInt(self)) }),
    'Leb128 for UInt64': impl('impl Leb128 for UInt64', { output: (self: bigint, buf: Buffer) => uleb(buf, self) }),
  },
});

function writeBytes(self: Buffer, v: Bin): void {
  const b = B.bytesOf(v);
  for (let i = B.startOf(v); i < B.endOf(v); i++) self.byte(b[i]!);
}

function showString(d: Desc, value: unknown): string {
  return (d['Show.to_string'] as (x: unknown) => string)(value);
}
