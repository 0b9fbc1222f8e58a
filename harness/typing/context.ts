// The checker's state while it walks one block: the environment it reads
// and extends, the tables it records into, local scopes, and the frames
// that decide what `return`, `break`, `continue` and a raising call mean.

import type * as A from '../syntax/ast.ts';
import { CheckError, didYouMean } from './diagnostics.ts';
import type { Env, Origin } from './env.ts';
import { TypedTables, type LocalVar } from './typed.ts';
import { con, type EffectVar, type TraitDecl, type Type, type TypeDecl, type TypeParamInfo } from './types.ts';

/** Where a raised error goes: what the innermost enclosing construct allows. */
export type Sink =
  /** A `try` body, `try?`, `try!`, or a `catch`-guarded call: takes any error. */
  | { k: 'try'; errors: Type[] }
  /** A named function's body: raises only what its signature says. */
  | { k: 'fn'; declared: 'none' | 'poly' | Type; name: string }
  /** A closure: its effect is inferred from its body (or fixed by its expected type). */
  | { k: 'closure'; effect: EffectVar; errors: Type[]; allowed: 'none' | 'any' }
  /** A test body: anything may raise (the test fails). */
  | { k: 'test' };

export interface FnFrame {
  /** What `return` must give. */
  result: Type;
  async: boolean;
}

export interface LoopFrame {
  label?: string;
  /** The type `break v` gives the loop; undefined when the loop's value is Unit only. */
  breakType?: Type;
  /** `loop` / `for` with state: the types `continue a, b` takes. */
  continueTypes?: Type[];
  /** A loop whose `break` may carry a value (loop, for/while with else). */
  valued: boolean;
}

/** A deferred obligation: `type` must implement `trait` (checked when `type` is known). */
export interface Obligation {
  type: Type;
  trait: TraitDecl;
  span: A.Span;
}

export class Ctx {
  readonly scopes: Map<string, LocalVar>[] = [];
  readonly sinks: Sink[] = [];
  readonly fns: FnFrame[] = [];
  loops: LoopFrame[] = [];
  readonly obligations: Obligation[] = [];
  /** Type parameters in scope (a generic function's body). */
  tparams = new Map<string, TypeParamInfo>();
  /** `Self` inside a trait or impl. */
  selfType?: Type;
  /** Which block declared each doc type and trait. */
  owner = new Map<object, number>();
  /** The blocks whose declarations this block uses, each with its first use (where a refusal for depending on a failed one points). */
  usesBlocks = new Map<number, A.Span | undefined>();

  private readonly coreDecls: Map<string, TypeDecl>;

  constructor(
    public env: Env,
    readonly t: TypedTables,
    private readonly ids: { next: number },
    /** Shared by every block of a process: core declarations never change. */
    coreDecls: Map<string, TypeDecl>,
  ) {
    this.coreDecls = coreDecls;
  }

  /** A core type by its prelude name: `cx.type('Array', INT)`. */
  type(name: string, ...args: Type[]): Type {
    return con(this.decl(name), ...args);
  }

  decl(name: string): TypeDecl {
    let d = this.coreDecls.get(name);
    if (!d) {
      d = this.env.types.get(name);
      if (!d || d.local) throw new Error(`internal: the core library declares no type ${name}`);
      this.coreDecls.set(name, d);
    }
    return d;
  }

  trait(name: string): TraitDecl {
    const t = this.env.traits.get(name);
    if (!t) throw new Error(`internal: the core library declares no trait ${name}`);
    return t;
  }

  /** Notes the use of a doc type or trait. */
  use(entity: object, span?: A.Span): void {
    const b = this.owner.get(entity);
    if (b !== undefined) this.noteBlock(b, span);
  }

  useOrigin(o: Origin, span?: A.Span): void {
    if (o.k === 'doc' && o.block >= 0) this.noteBlock(o.block, span);
  }

  private noteBlock(block: number, span: A.Span | undefined): void {
    if (this.usesBlocks.get(block) === undefined) this.usesBlocks.set(block, span);
  }

  error(message: string, span: A.Span): never {
    throw new CheckError(message, span);
  }

  // ---- scopes -----------------------------------------------------------

  push(): void {
    this.scopes.push(new Map());
  }
  pop(): void {
    this.scopes.pop();
  }

  declare(name: string, type: Type, mutable: boolean, span: A.Span, fn?: LocalVar['fn']): LocalVar {
    const v: LocalVar = { name, type, mutable, span, id: ++this.ids.next, assigned: false, fn };
    if (name !== '_') this.scopes[this.scopes.length - 1]!.set(name, v);
    return v;
  }

  lookupLocal(name: string): LocalVar | undefined {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const v = this.scopes[i]!.get(name);
      if (v) return v;
    }
    return undefined;
  }

  /** Every name visible in expression position, for "did you mean". */
  visibleNames(): Set<string> {
    const out = new Set<string>();
    for (const s of this.scopes) for (const k of s.keys()) out.add(k);
    for (const k of this.env.values.keys()) if (!k.startsWith('@')) out.add(k);
    return out;
  }

  unknownName(name: string, span: A.Span, what = 'value'): never {
    this.error(`unknown ${what} \`${name}\`${didYouMean(name, this.visibleNames())}`, span);
  }

  /** Runs `body` inside a sink, returning what it produced. */
  withSink<T>(sink: Sink, body: () => T): T {
    this.sinks.push(sink);
    try {
      return body();
    } finally {
      this.sinks.pop();
    }
  }
}
