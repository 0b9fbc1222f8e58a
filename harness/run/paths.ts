// Where the project lives, independent of the working directory.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');

/**
 * The MoonBit module the docs belong to: the nearest folder above them
 * holding `moon.mod.json`, when they all have the same one. `moon test`
 * runs from there, so that is where the relative paths of a module's docs
 * (`src/testdata/...`) resolve.
 */
export function moduleRoot(files: readonly string[]): string | undefined {
  let root: string | undefined;
  for (const file of files) {
    let dir = dirname(file);
    while (!existsSync(join(dir, 'moon.mod.json')) && dirname(dir) !== dir) dir = dirname(dir);
    if (!existsSync(join(dir, 'moon.mod.json'))) return undefined;
    if (root !== undefined && root !== dir) return undefined;
    root = dir;
  }
  return root;
}
