// Small pieces of markup the pages share.
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { SHOWN, VERDICTS, type Counts, type Verdict } from './verdicts.ts';

/** A verdict as an icon and a word (the icon is decoration for screen readers). */
export function badge(verdict: Verdict): Element {
  const shown = SHOWN[verdict];
  return h(`span.badge.${shown.className}`, [h('span.icon', { ariaHidden: 'true' }, shown.icon), ` ${shown.label}`]);
}

export function formatDuration(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 10) return `${Math.round(ms)} ms`;
  return `${ms.toFixed(1)} ms`;
}

/** Header cells naming each verdict, in the order of `countCells`. */
export function verdictHeaders(): Element[] {
  return VERDICTS.map((v) => h('th.num', { scope: 'col' }, [badge(v)]));
}

/** One cell per verdict; zero counts are shown faint. */
export function countCells(counts: Counts): Element[] {
  return VERDICTS.map((v) => h(counts[v] ? 'td.num' : 'td.num.zero', String(counts[v])));
}

export function total(counts: Counts): number {
  return VERDICTS.reduce((sum, v) => sum + counts[v], 0);
}

/** A wide table inside a region that scrolls sideways on a narrow screen. */
export function scrollable(label: string, table: Element): Element {
  return h('div.table-wrap', { role: 'region', ariaLabel: label, tabIndex: 0 }, [table]);
}

export function text(value: string): ElementContent {
  return { type: 'text', value };
}
