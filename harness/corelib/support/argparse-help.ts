// `@argparse`'s help text: the usage line, then the about text and the
// Commands, Arguments, Options and Groups sections, each entry's name
// padded to the longest of its section plus two spaces (an entry without
// doc keeps the padding: `  target  `). Options is always shown, even
// empty; the others only with entries. The text ends with a newline.

import { helpSubcommandEnabled, namesOf, rangeMinMax, type Arg, type ArgGroup, type Command } from './argparse-spec.ts';

const charText = (c: number): string => String.fromCodePoint(c);

export const helpFlagEnabled = (cmd: Command): boolean => !cmd.disableHelpFlag;
export const versionFlagEnabled = (cmd: Command): boolean => !cmd.disableVersionFlag && cmd.version !== undefined;

export const positionalsOf = (args: readonly Arg[]): Arg[] => args.filter((a) => a.info.kind === 'positional');

export function isRequired(arg: Arg): boolean {
  return arg.required || rangeMinMax(arg)[0] > 0;
}

const hasName = (arg: Arg): boolean => {
  const { short, long } = namesOf(arg);
  return short !== undefined || long !== undefined;
};

/** `--long`, else `-s`, else the name; an option adds ` <name>`, a positional is `<name>` or `<name...>`. */
export function groupUsageToken(arg: Arg): string {
  if (arg.info.kind === 'positional') return arg.multiple ? `<${arg.name}...>` : `<${arg.name}>`;
  const { short, long } = namesOf(arg);
  const base = long !== undefined ? `--${long}` : short !== undefined ? `-${charText(short)}` : arg.name;
  return arg.info.kind === 'option' ? `${base} <${arg.name}>` : base;
}

function requiredOptionUsage(cmd: Command): string {
  const tokens: string[] = [];
  for (const arg of cmd.args) {
    if (arg.hidden || !isRequired(arg) || arg.info.kind === 'positional') continue;
    const { short, long } = namesOf(arg);
    const prefix = long !== undefined ? `--${long}` : short !== undefined ? `-${charText(short)}` : undefined;
    if (prefix === undefined) continue;
    tokens.push(arg.info.kind === 'option' ? `${prefix} <${arg.name}>` : prefix);
  }
  return tokens.join(' ');
}

function positionalUsage(cmd: Command): string {
  const parts: string[] = [];
  for (const arg of positionalsOf(cmd.args)) {
    if (arg.hidden) continue;
    const name = arg.multiple ? `${arg.name}...` : arg.name;
    parts.push(isRequired(arg) ? `<${name}>` : `[${name}]`);
  }
  return parts.join(' ');
}

const hasSubcommandsForHelp = (cmd: Command): boolean => helpSubcommandEnabled(cmd) || cmd.subcommands.some((s) => !s.hidden);

function usageTail(cmd: Command): string {
  const hasOptions = cmd.args.some((a) => !a.hidden && a.info.kind !== 'positional' && hasName(a) && !isRequired(a));
  const parts = [
    requiredOptionUsage(cmd),
    hasOptions ? '[options]' : '',
    positionalUsage(cmd),
    hasSubcommandsForHelp(cmd) ? (cmd.subcommandRequired ? '<command>' : '[command]') : '',
  ].filter((p) => p !== '');
  return parts.length === 0 ? '' : ` ${parts.join(' ')}`;
}

function formatEntries(display: readonly (readonly [string, string])[]): string[] {
  const width = display.reduce((w, [name]) => Math.max(w, name.length), 0);
  return display.map(([name, doc]) => `  ${name}${' '.repeat(width - name.length + 2)}${doc}`);
}

/** `-s, --long` (`--[no-]long` when negatable), or the name. */
export function argDisplay(arg: Arg): string {
  const { short, long } = namesOf(arg);
  const parts: string[] = [];
  if (short !== undefined) parts.push(`-${charText(short)}`);
  if (long !== undefined) parts.push(arg.info.kind === 'flag' && arg.info.negatable ? `--[no-]${long}` : `--${long}`);
  return parts.length === 0 ? arg.name : parts.join(', ');
}

function argDoc(arg: Arg): string {
  const notes: string[] = [];
  if (arg.env !== undefined) notes.push(`[env: ${arg.env}]`);
  const defaults = arg.info.kind === 'flag' ? undefined : arg.info.defaults;
  if (defaults !== undefined && defaults.length > 0) notes.push(`[default: ${defaults.join(', ')}]`);
  const help = arg.about ?? '';
  if (help === '') return notes.join(' ');
  return notes.length > 0 ? `${help} ${notes.join(' ')}` : help;
}

function builtinLabel(short: boolean, long: boolean, shortLabel: string, longLabel: string): string | undefined {
  if (short && long) return `${shortLabel}, ${longLabel}`;
  return short ? shortLabel : long ? longLabel : undefined;
}

function optionEntries(cmd: Command): string[] {
  const hasShort = (c: number) => cmd.args.some((a) => namesOf(a).short === c);
  const hasLong = (n: string) => cmd.args.some((a) => namesOf(a).long === n);
  const display: [string, string][] = [];
  const help = builtinLabel(helpFlagEnabled(cmd) && !hasShort(0x68), helpFlagEnabled(cmd) && !hasLong('help'), '-h', '--help');
  if (help !== undefined) display.push([help, 'Show help information.']);
  const version = builtinLabel(versionFlagEnabled(cmd) && !hasShort(0x56), versionFlagEnabled(cmd) && !hasLong('version'), '-V', '--version');
  if (version !== undefined) display.push([version, 'Show version information.']);
  for (const arg of cmd.args) {
    if (arg.info.kind === 'positional' || !hasName(arg) || arg.hidden) continue;
    display.push([arg.info.kind === 'option' ? `${argDisplay(arg)} <${arg.name}>` : argDisplay(arg), argDoc(arg)]);
  }
  return formatEntries(display);
}

function subcommandEntries(cmd: Command): string[] {
  const display: [string, string][] = [];
  for (const sub of cmd.subcommands) {
    if (sub.hidden) continue;
    let doc = sub.about ?? '';
    if (cmd.defaultSubcommand === sub.name) doc = doc === '' ? '(default)' : `${doc} (default)`;
    display.push([sub.name, doc]);
  }
  if (helpSubcommandEnabled(cmd)) display.push(['help', 'Print help for the subcommand(s).']);
  return formatEntries(display);
}

export const inGroup = (arg: Arg, group: ArgGroup): boolean => group.args.includes(arg.name);

function groupEntries(cmd: Command): string[] {
  const display: [string, string][] = [];
  for (const group of cmd.groups) {
    const members = cmd.args
      .filter((a) => !a.hidden && inGroup(a, group))
      .map((a) => (a.info.kind === 'option' ? `${argDisplay(a)} <${a.name}>` : argDisplay(a)))
      .join(', ');
    if (members === '') continue;
    const tags = [...(group.required ? ['[required]'] : []), ...(group.multiple ? [] : ['[exclusive]'])];
    display.push([tags.length === 0 ? group.name : `${group.name} ${tags.join(' ')}`, members]);
  }
  return formatEntries(display);
}

function section(header: string, lines: readonly string[], keepEmpty = false): string {
  if (lines.length === 0) return keepEmpty ? `\n\n${header}` : '';
  return `\n\n${header}\n${lines.join('\n')}`;
}

export function renderHelp(cmd: Command): string {
  const about = cmd.about ?? '';
  return (
    `Usage: ${cmd.name}${usageTail(cmd)}` +
    (about === '' ? '' : `\n\n${about}`) +
    section('Commands:', subcommandEntries(cmd)) +
    section('Arguments:', formatEntries(positionalEntries(cmd))) +
    section('Options:', optionEntries(cmd), true) +
    section('Groups:', groupEntries(cmd)) +
    '\n'
  );
}

function positionalEntries(cmd: Command): [string, string][] {
  return positionalsOf(cmd.args)
    .filter((a) => !a.hidden)
    .map((a) => [a.multiple ? `${a.name}...` : a.name, argDoc(a)]);
}
