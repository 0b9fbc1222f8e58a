// Type descriptors: the runtime face of MoonBit's traits.
//
// MoonBit resolves trait methods statically; generated code does the same
// with dictionary passing. For every type the checker proved to implement a
// trait, generated code names the type's descriptor (`desc('Array',
// [desc('Int')])`) and calls the method through it: `d['Show.output'](x,
// logger)`. A descriptor holds the methods of every trait its type
// implements, keyed `Trait.method`; which ones exist was decided by the
// checker, so a lookup here never needs to fail gracefully.
//
// Descriptors are interned: one object per distinct type, so a descriptor
// built inside a loop costs a map lookup, and identity comparison works.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyFn = (...args: any[]) => any;

export interface Desc {
  /** `Array[Int]`: the type as MoonBit writes it, also the interning key. */
  readonly key: string;
  /** The type constructor's runtime name: `Int`, `Array`, `@json.ParseError`, or a doc type's. */
  readonly name: string;
  readonly args: readonly Desc[];
  // Trait methods, `Trait.method` → implementation taking `self` first.
  readonly [method: string]: unknown;
}

type Methods = Record<string, AnyFn>;
/** An implementation of one trait for one type constructor. */
type ImplFactory = Methods | ((...args: Desc[]) => Methods);

const impls = new Map<string, { trait: string; factory: ImplFactory }[]>();
const interned = new Map<string, Desc>();
/** Trait default methods: built from the descriptor's other methods. */
const defaults = new Map<string, Record<string, (d: Desc) => AnyFn>>();

/** Registers `impl Trait for Type` (all instances of a generic type). */
export function registerImpl(type: string, trait: string, factory: ImplFactory): void {
  let list = impls.get(type);
  if (!list) impls.set(type, (list = []));
  const existing = list.findIndex((i) => i.trait === trait);
  if (existing >= 0) list[existing] = { trait, factory };
  else list.push({ trait, factory });
  // Descriptors built before this impl was known get its methods now (code may hold them already),
  // and so do those built from them (`(P, Int)` before `P`'s Show): a generic impl's factory took
  // its arguments' methods when it ran. Arguments are interned before the descriptors built of them.
  const changed = new Set<Desc>();
  for (const d of interned.values()) {
    if (d.name === type) {
      install(d as Record<string, unknown> & Desc, trait, factory);
      changed.add(d);
    } else if (d.args.some((a) => changed.has(a))) {
      for (const i of impls.get(d.name) ?? []) install(d as Record<string, unknown> & Desc, i.trait, i.factory);
      changed.add(d);
    }
  }
}

/** The traits each descriptor implements (an impl may define no method of its own). */
const implemented = new WeakMap<Desc, Set<string>>();

function install(d: Record<string, unknown> & Desc, trait: string, factory: ImplFactory): void {
  let traits = implemented.get(d);
  if (!traits) implemented.set(d, (traits = new Set()));
  traits.add(trait);
  const m = typeof factory === 'function' ? factory(...d.args) : factory;
  for (const [method, f] of Object.entries(m)) d[`${trait}.${method}`] = f;
  for (const [method, build] of Object.entries(defaults.get(trait) ?? {})) {
    const k = `${trait}.${method}`;
    if (!(method in m)) d[k] = build(d);
  }
}

/** Registers a trait's default methods, each built from a descriptor. */
export function registerDefaults(trait: string, methods: Record<string, (d: Desc) => AnyFn>): void {
  defaults.set(trait, { ...defaults.get(trait), ...methods });
  // Descriptors that implement the trait already get the defaults they lack.
  const prefix = `${trait}.`;
  for (const d of interned.values()) {
    const own = d as Record<string, unknown>;
    if (!implemented.get(d)?.has(trait)) continue;
    for (const [method, build] of Object.entries(methods)) if (own[prefix + method] === undefined) own[prefix + method] = build(d);
  }
}

/** The descriptor of `name[args...]`. */
export function desc(name: string, args: readonly Desc[] = []): Desc {
  const key = args.length ? `${name}[${args.map((a) => a.key).join(', ')}]` : name;
  let d = interned.get(key);
  if (d) return d;
  const made = (name.startsWith('&') ? traitObjectDesc(key, name) : { key, name, args }) as Record<string, unknown> & Desc;
  // Interned first: an impl's factory may ask for this very descriptor (a recursive type).
  interned.set(key, made);
  for (const { trait, factory } of impls.get(name) ?? []) install(made, trait, factory);
  return made;
}

/**
 * `&Show`, `&Greet`: a trait object's type implements its trait by calling
 * the packed value's own method (`println(x)` of an `x : &Show`).
 */
function traitObjectDesc(key: string, name: string): Desc {
  const dispatch = new Map<string, AnyFn>();
  return new Proxy({ key, name, args: [] } as Record<string, unknown>, {
    get(target, prop) {
      if (typeof prop !== 'string' || prop in target || !prop.includes('.')) return target[prop as string];
      let f = dispatch.get(prop);
      if (!f) dispatch.set(prop, (f = (self: Dyn, ...rest: unknown[]) => (self.d[prop] as AnyFn)(self.v, ...rest)));
      return f;
    },
  }) as Desc;
}

/** Calls a trait method through a descriptor (for hand-written runtime code). */
export function call(d: Desc, method: string, ...args: unknown[]): unknown {
  const f = d[method] as AnyFn | undefined;
  if (f === undefined) throw new Error(`internal: ${d.key} has no ${method}`);
  return f(...args);
}

/** A trait object (`&Show`): a value packed with its type's descriptor. */
export class Dyn {
  constructor(
    readonly d: Desc,
    readonly v: unknown,
  ) {}
}

// Shorthands for hand-written runtime code calling the common trait methods.

export function to_string(d: Desc, x: unknown): string {
  return (d['Show.to_string'] as AnyFn)(x);
}
export function output(d: Desc, x: unknown, logger: unknown): void {
  (d['Show.output'] as AnyFn)(x, logger);
}
export function equal(d: Desc, a: unknown, b: unknown): boolean {
  return (d['Eq.equal'] as AnyFn)(a, b);
}
export function compare(d: Desc, a: unknown, b: unknown): number {
  return (d['Compare.compare'] as AnyFn)(a, b);
}
export function hash_combine(d: Desc, x: unknown, hasher: unknown): void {
  (d['Hash.hash_combine'] as AnyFn)(x, hasher);
}
