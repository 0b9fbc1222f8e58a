// What the translator needs from the binding: its signature table and the
// names it really exports. Loading the binding also loads the native addon,
// so a build problem shows here, once, before any test runs.
import type { BindingInfo } from '../translate/document.ts';
import type { Signature as BindingEntry } from '../../binding/signatures.ts';

export interface LoadedBindingInfo extends BindingInfo {
  loadError?: string;
}

export async function loadBindingInfo(): Promise<LoadedBindingInfo> {
  let table: ReadonlyMap<string, BindingEntry> = new Map();
  try {
    ({ signatures: table } = await import('../../binding/signatures.ts'));
  } catch (error) {
    return { table, exported: new Set(), loadError: `cannot read the binding's signature table: ${(error as Error).message}` };
  }
  try {
    const binding = (await import('../../binding/index.ts')) as Record<string, unknown>;
    return { table, exported: new Set(Object.keys(binding)) };
  } catch (error) {
    return { table, exported: new Set(), loadError: `cannot load the binding (run \`npm install\` to build it): ${(error as Error).message}` };
  }
}
