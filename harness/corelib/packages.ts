// The package paths of MoonBit's core library (`moonbitlang/core/<path>`),
// emulated or not. They say which package a doc in core's layout is a test
// of (`immut/hashset/README.mbt.md` tests `@immut/hashset`, whose alias there
// is `@hashset`), and let a use of a core package the table lacks be refused
// as that, not as a name nobody knows.

const PATHS = [
  'abort', 'argparse', 'array', 'bench', 'bigint', 'bool', 'buffer', 'builtin', 'byte', 'bytes', 'char', 'cmp',
  'coverage', 'debug', 'deque', 'diff', 'double', 'encoding/ascii', 'encoding/base64', 'encoding/hex',
  'encoding/utf16', 'encoding/utf8', 'env', 'error', 'float', 'hashmap', 'hashset', 'immut/array', 'immut/hashmap',
  'immut/hashset', 'immut/internal/path', 'immut/internal/sparse_array', 'immut/priority_queue', 'immut/sorted_map',
  'immut/sorted_set', 'immut/vector', 'immut/vector_map', 'int', 'int16', 'int64', 'json', 'lazy_list', 'list',
  'math', 'option', 'prelude', 'priority_queue', 'queue', 'quickcheck', 'quickcheck/splitmix', 'random', 'ref',
  'result', 'set', 'sorted_map', 'sorted_set', 'strconv', 'string', 'test', 'tuple', 'uint', 'uint16', 'uint64',
  'unit', 'v128',
];

export const CORE_PACKAGE_PATHS: ReadonlySet<string> = new Set(PATHS);

/**
 * The core package an alias written after `@` names: a path, or a nested
 * package's last segment where no top-level package has that name (`@utf8`;
 * `@hashset` is the top-level one, as in a package that imports both).
 */
export function corePackageNamed(alias: string): string | undefined {
  if (CORE_PACKAGE_PATHS.has(alias)) return alias;
  return PATHS.find((p) => p.endsWith(`/${alias}`));
}

/**
 * The package a doc in folder `dir` (`/`-separated) is a blackbox test of:
 * the longest trailing run of its folders that is a core package path, or
 * else the folder's own name.
 */
export function docPackageOf(dir: string): string {
  const parts = dir.split(/[\\/]/).filter(Boolean);
  for (let n = Math.min(parts.length, 3); n > 1; n--) {
    const path = parts.slice(-n).join('/');
    if (CORE_PACKAGE_PATHS.has(path)) return path;
  }
  return parts.at(-1) ?? '';
}
