// `@argparse`'s declarations: what `FlagArg(..)`, `OptionArg(..)`,
// `PositionArg(..)`, `ArgGroup(..)` and `Command(..)` build, and the checks a
// command definition goes through when it is built.
//
// A definition error does not raise at construction: the first one found is
// kept in the command (`build_error`) and `parse` reports it. The checks run
// in core's order (flags, options, positionals, then requires/conflicts
// targets, then the command-level policies and the subcommands), so the
// message kept is the one core keeps.

import { isSome, type Option } from '../../runtime/values.ts';

export type FlagAction = 'SetTrue' | 'SetFalse' | 'Count' | 'Help' | 'Version';
export type OptionAction = 'Set' | 'Append';
export type Source = 'Argv' | 'Env' | 'Default';

/** `ValueRange`: its value as MoonBit holds it (`upper` is an `Int?`). */
export interface ValueRange {
  readonly lower: number;
  readonly upper: Option<number>;
}

export type ArgInfo =
  | { readonly kind: 'flag'; readonly short?: number; readonly long?: string; readonly action: FlagAction; readonly negatable: boolean }
  | {
      readonly kind: 'option';
      readonly short?: number;
      readonly long?: string;
      readonly action: OptionAction;
      readonly defaults?: readonly string[];
      readonly allowHyphen: boolean;
    }
  | { readonly kind: 'positional'; readonly numArgs?: ValueRange; readonly defaults?: readonly string[]; readonly allowHyphen: boolean };

/** One declared argument of any kind (core's private `Arg`). */
export interface Arg {
  readonly name: string;
  readonly about?: string;
  readonly env?: string;
  readonly requires: readonly string[];
  readonly conflicts: readonly string[];
  readonly required: boolean;
  readonly global: boolean;
  readonly hidden: boolean;
  readonly info: ArgInfo;
  /** Whether the argument collects several values (`Append`, or a positional range above one). */
  readonly multiple: boolean;
}

/** `FlagArg`, `OptionArg` and `PositionArg` wrap one `Arg`. */
export interface ArgBox {
  readonly arg: Arg;
}

export interface ArgGroup {
  readonly name: string;
  readonly required: boolean;
  readonly multiple: boolean;
  readonly args: readonly string[];
  readonly requires: readonly string[];
  readonly conflicts: readonly string[];
}

export interface Command {
  readonly name: string;
  readonly args: readonly Arg[];
  readonly groups: readonly ArgGroup[];
  readonly subcommands: readonly Command[];
  readonly about?: string;
  readonly version?: string;
  readonly disableHelpFlag: boolean;
  readonly disableVersionFlag: boolean;
  readonly disableHelpSubcommand: boolean;
  readonly argRequiredElseHelp: boolean;
  readonly subcommandRequired: boolean;
  readonly defaultSubcommand?: string;
  readonly hidden: boolean;
  /** The first definition error (`ArgBuildError::Unsupported`'s message). */
  buildError?: string;
}

/** `ArgBuildError::Unsupported(message)`, thrown while checking a definition. */
export class Unsupported extends Error {}

const unsupported = (message: string): never => {
  throw new Unsupported(message);
};

export const rangeMinMax = (arg: Arg): [number, number | undefined] =>
  arg.info.kind === 'positional' && arg.info.numArgs !== undefined ? [arg.info.numArgs.lower, upperOf(arg.info.numArgs)] : [0, undefined];

export const upperOf = (r: ValueRange): number | undefined => (isSome(r.upper) ? (r.upper.value as number) : undefined);

export const isFlagOrOption = (arg: Arg): boolean => arg.info.kind !== 'positional';

export const isGlobalNamed = (arg: Arg): boolean => arg.global && isFlagOrOption(arg);

/** `short` and `long` of a flag or option; none for a positional. */
export function namesOf(arg: Arg): { short?: number; long?: string } {
  return arg.info.kind === 'positional' ? {} : { short: arg.info.short, long: arg.info.long };
}

// ---- per-argument checks --------------------------------------------------------

function checkNamed(arg: Arg): void {
  const { short, long } = namesOf(arg);
  if (long === undefined && short === undefined && arg.env === undefined) unsupported('flag/option args require short/long/env');
}

function checkDefaults(arg: Arg): void {
  const info = arg.info;
  if (info.kind === 'flag') return;
  if (info.defaults !== undefined && info.defaults.length > 1 && !arg.multiple && !(info.kind === 'option' && info.action === 'Append')) {
    unsupported('default_values with multiple entries require action=Append');
  }
}

function checkRange(arg: Arg): [number, number | undefined] {
  if (arg.info.kind !== 'positional' || arg.info.numArgs === undefined) return [0, undefined];
  const lower = arg.info.numArgs.lower;
  const upper = upperOf(arg.info.numArgs);
  if (lower < 0) unsupported('min values must be >= 0');
  if (upper !== undefined) {
    if (upper < 0) unsupported('max values must be >= 0');
    if (upper < lower) unsupported('max values must be >= min values');
    if (lower === 0 && upper === 0) unsupported('empty value range (0..0) is unsupported');
  }
  return [lower, upper];
}

/** The names, long and short options seen so far among a command's own arguments. */
class Seen {
  readonly names = new Set<string>();
  readonly longs = new Set<string>();
  readonly shorts = new Set<number>();
  readonly args: Arg[] = [];

  record(arg: Arg): void {
    if (this.names.has(arg.name)) unsupported(`duplicate arg name: ${arg.name}`);
    this.names.add(arg.name);
    const long = (name: string) => {
      if (this.longs.has(name)) unsupported(`duplicate long option: --${name}`);
      this.longs.add(name);
    };
    const info = arg.info;
    if (info.kind !== 'positional') {
      if (info.long !== undefined) {
        long(info.long);
        if (info.kind === 'flag' && info.negatable) long(`no-${info.long}`);
      }
      if (info.short !== undefined) {
        if (this.shorts.has(info.short)) unsupported(`duplicate short option: -${String.fromCodePoint(info.short)}`);
        this.shorts.add(info.short);
      }
    }
    this.args.push(arg);
  }

  /** Every `requires` and `conflicts_with` names an argument of the command, not itself. */
  checkTargets(): void {
    for (const arg of this.args) {
      for (const r of arg.requires) {
        if (r === arg.name) unsupported(`arg cannot require itself: ${arg.name}`);
        if (!this.names.has(r)) unsupported(`unknown requires target: ${arg.name} -> ${r}`);
      }
      for (const c of arg.conflicts) {
        if (c === arg.name) unsupported(`arg cannot conflict with itself: ${arg.name}`);
        if (!this.names.has(c)) unsupported(`unknown conflicts_with target: ${arg.name} -> ${c}`);
      }
    }
  }
}

function checkFlag(arg: Arg, seen: Seen): void {
  checkNamed(arg);
  const info = arg.info as Extract<ArgInfo, { kind: 'flag' }>;
  if (info.action === 'Help' || info.action === 'Version') {
    if (info.negatable) unsupported('help/version actions do not support negatable');
    if (arg.env !== undefined) unsupported('help/version actions do not support env/defaults');
  }
  seen.record(arg);
}

function checkOption(arg: Arg, seen: Seen): void {
  checkNamed(arg);
  checkDefaults(arg);
  seen.record(arg);
}

function checkPositional(arg: Arg, seen: Seen): void {
  const [min, max] = checkRange(arg);
  if ((min > 1 || (max !== undefined && max > 1)) && !arg.multiple) unsupported('multiple values require action=Append or num_args allowing >1');
  checkDefaults(arg);
  seen.record(arg);
}

/** The first error of the argument lists; each list is checked to its end, and targets only when all passed. */
export function firstArgError(flags: readonly Arg[], options: readonly Arg[], positionals: readonly Arg[]): string | undefined {
  const seen = new Seen();
  let first: string | undefined;
  const run = (check: () => void) => {
    try {
      check();
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
      first ??= e.message;
    }
  };
  for (const a of flags) run(() => checkFlag(a, seen));
  for (const a of options) run(() => checkOption(a, seen));
  for (const a of positionals) run(() => checkPositional(a, seen));
  if (first === undefined) run(() => seen.checkTargets());
  return first;
}

// ---- command-level checks -------------------------------------------------------

/** `inherited` with `here` merged in: a redefined global replaces the inherited one in place. */
export function mergeGlobals(inherited: readonly Arg[], here: readonly Arg[]): Arg[] {
  const merged = [...inherited];
  for (const g of here) {
    const at = merged.findIndex((a) => a.name === g.name);
    if (at >= 0) merged[at] = g;
    else merged.push(g);
  }
  return merged;
}

export const globalsOf = (args: readonly Arg[]): Arg[] => args.filter(isGlobalNamed);

export const helpSubcommandEnabled = (cmd: Command): boolean => !cmd.disableHelpSubcommand && cmd.subcommands.length > 0;

function compatibleOverride(inherited: Arg, arg: Arg): boolean {
  const a = inherited.info;
  const b = arg.info;
  if (a.kind === 'flag') return b.kind === 'flag' && a.action === b.action && a.negatable === b.negatable;
  if (a.kind === 'option') return b.kind === 'option' && a.action === b.action;
  return false;
}

function longOwner(current: string, long: string, inherited: readonly Arg[]): string | undefined {
  for (const g of inherited) {
    if (g.name === current) continue;
    const info = g.info;
    if (info.kind === 'positional' || info.long === undefined) continue;
    if (info.long === long || (info.kind === 'flag' && info.negatable && `no-${info.long}` === long)) return g.name;
  }
  return undefined;
}

function shortOwner(current: string, short: number, inherited: readonly Arg[]): string | undefined {
  for (const g of inherited) {
    if (g.name === current) continue;
    if (g.info.kind !== 'positional' && g.info.short === short) return g.name;
  }
  return undefined;
}

function checkShadowing(args: readonly Arg[], inherited: readonly Arg[]): void {
  for (const arg of args) {
    const from = inherited.find((g) => g.name === arg.name);
    if (from !== undefined) {
      if (!arg.global) unsupported(`arg '${arg.name}' shadows an inherited global; rename the arg or mark it global`);
      if (!compatibleOverride(from, arg)) unsupported(`global arg '${arg.name}' is incompatible with inherited global definition`);
    }
    const info = arg.info;
    if (info.kind === 'positional') continue;
    const longs = info.long === undefined ? [] : info.kind === 'flag' && info.negatable ? [info.long, `no-${info.long}`] : [info.long];
    for (const long of longs) {
      const owner = longOwner(arg.name, long, inherited);
      if (owner !== undefined) unsupported(`arg '${arg.name}' long option --${long} conflicts with inherited global '${owner}'`);
    }
    if (info.short !== undefined) {
      const owner = shortOwner(arg.name, info.short, inherited);
      if (owner !== undefined) unsupported(`arg '${arg.name}' short option -${String.fromCodePoint(info.short)} conflicts with inherited global '${owner}'`);
    }
  }
}

function checkGroups(args: readonly Arg[], groups: readonly ArgGroup[]): void {
  const names = new Set<string>();
  const argNames = new Set(args.map((a) => a.name));
  for (const g of groups) {
    if (names.has(g.name)) unsupported(`duplicate group: ${g.name}`);
    names.add(g.name);
  }
  for (const g of groups) {
    for (const r of g.requires) {
      if (r === g.name) unsupported(`group cannot require itself: ${g.name}`);
      if (!names.has(r) && !argNames.has(r)) unsupported(`unknown group requires target: ${g.name} -> ${r}`);
    }
    for (const c of g.conflicts) {
      if (c === g.name) unsupported(`group cannot conflict with itself: ${g.name}`);
      if (!names.has(c) && !argNames.has(c)) unsupported(`unknown group conflicts_with target: ${g.name} -> ${c}`);
    }
  }
  for (const g of groups) {
    for (const member of g.args) if (!argNames.has(member)) unsupported(`unknown group arg: ${g.name} -> ${member}`);
  }
}

function checkPolicies(cmd: Command): void {
  const seen = new Set<string>();
  for (const sub of cmd.subcommands) {
    if (seen.has(sub.name)) unsupported(`duplicate subcommand: ${sub.name}`);
    seen.add(sub.name);
  }
  if (cmd.subcommandRequired && cmd.subcommands.length === 0) unsupported('subcommand_required requires at least one subcommand');
  const dflt = cmd.defaultSubcommand;
  if (dflt !== undefined) {
    if (cmd.subcommandRequired) unsupported('default_subcommand cannot be used with subcommand_required');
    if (cmd.argRequiredElseHelp) unsupported('default_subcommand cannot be used with arg_required_else_help');
    if (!cmd.subcommands.some((s) => s.name === dflt && !s.hidden)) unsupported(`default_subcommand must name a visible subcommand: ${dflt}`);
    if (cmd.groups.length > 0) unsupported('default_subcommand does not support root groups');
    if (!cmd.args.every(isGlobalNamed)) unsupported('default_subcommand only supports global root flags/options');
  }
  if (helpSubcommandEnabled(cmd) && cmd.subcommands.some((s) => s.name === 'help')) {
    unsupported('subcommand name reserved for built-in help: help (disable with disable_help_subcommand)');
  }
  if (cmd.version === undefined && cmd.args.some((a) => a.info.kind === 'flag' && a.info.action === 'Version')) {
    unsupported('version action requires command version text');
  }
}

/** Checks a command and, with the globals it passes down, its subcommands (whose own errors come first). */
export function checkCommand(cmd: Command, inherited: readonly Arg[]): void {
  if (cmd.buildError !== undefined) unsupported(cmd.buildError);
  checkShadowing(cmd.args, inherited);
  if (cmd.groups.length > 0) checkGroups(cmd.args, cmd.groups);
  checkPolicies(cmd);
  const passed = mergeGlobals(inherited, globalsOf(cmd.args));
  for (const sub of cmd.subcommands) checkCommand(sub, passed);
}
