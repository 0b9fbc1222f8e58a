// Every module of the core library table (see README.md). The checker reads
// their signatures, the runtime their implementations.
import type { CoreModule } from './define.ts';

export const CORE_MODULES: readonly CoreModule[] = [];
