// Loads the compiled addon (built by `npm install` through cmake-js) and hands
// it the shared MoonBit value classes. Internal: import binding/index.ts instead.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';
import { Err, Failure, Ok } from './moonbit.ts';

const require = createRequire(import.meta.url);
const candidates = ['../build/Release/wasmtime_native.node', '../build/Debug/wasmtime_native.node'];
const found = candidates.find((p) => existsSync(fileURLToPath(new URL(p, import.meta.url))));
if (!found) {
  throw new Error('wasmtime binding: build/Release/wasmtime_native.node is missing; run `npm install` '
    + '(it fetches Wasmtime and compiles the addon with cmake-js).');
}

// The addon's functions are untyped at this level; binding/index.ts gives every
// export its precise type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const native: any = require(fileURLToPath(new URL(found, import.meta.url)));
// Worker threads can be terminated mid-call; the addon then interrupts their wasm.
native.setup(Failure, Ok, Err, !isMainThread);
