// Which doc module is loading or running a test in this test process
// (blocks.ts sets it; undefined outside the harness). State that a moon
// test binary keeps for its package, such as @coverage's tracked counters,
// is kept per doc by it. A module of its own so that the core table can
// read it without loading node:test.

let loading: string | undefined;
let running: string | undefined;

export function setLoadingModule(module: string | undefined): void {
  loading = module;
}

export function setRunningModule(module: string): void {
  running = module;
}

export function docModule(): string | undefined {
  return loading ?? running;
}
