// Upstream's *_bytes functions take a string as UTF-8 bytes and a length.
// Here the length must fit the buffer and the bytes must be valid UTF-8
// (Wasmtime aborts on invalid UTF-8 in some of these C strings); the native
// side then gets the decoded string.

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The string held by the first `len` bytes of `bytes`, argument `at` (and
 * its length at `at + 1`, both 1-based) of `fn`. `cString`: a NUL byte is
 * refused too (the value becomes a C string).
 */
export function utf8Arg(fn: string, bytes: Uint8Array, len: number, at: number, cString: boolean): string {
  if (!(bytes instanceof Uint8Array)) {
    throw new TypeError(`${fn}: argument ${at} must be a Uint8Array (Bytes)`);
  }
  if (!Number.isInteger(len) || len < 0 || len > bytes.length) {
    throw new RangeError(`${fn}: argument ${at + 1} (the length of argument ${at}) must be in 0..${bytes.length}, `
      + `got ${String(len)}`);
  }
  const view = bytes.subarray(0, len);
  if (cString && view.includes(0)) throw new TypeError(`${fn}: argument ${at} must not contain NUL bytes`);
  try {
    return decoder.decode(view);
  } catch {
    throw new TypeError(`${fn}: argument ${at} is not valid UTF-8`);
  }
}
