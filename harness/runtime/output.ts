// What `println` prints: captured, never written to the test process's
// stdout. While a block runs, the protocol's sink takes each line as it is
// printed (the harness shows it under its block); otherwise it is kept
// until `takeOutput()`.

let buffer: string[] = [];
let sink: ((text: string) => void) | undefined;

/** Prints one line (the text, then a newline). */
export function println(text: string): void {
  const line = `${text}\n`;
  if (sink) sink(line);
  else buffer.push(line);
}

/** Sends what `println` prints to `to` as it is printed. */
export function setOutputSink(to: ((text: string) => void) | undefined): void {
  sink = to;
}

/** Everything printed since the last call, and clears it. */
export function takeOutput(): string {
  const s = buffer.join('');
  buffer = [];
  return s;
}
