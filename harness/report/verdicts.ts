// The verdicts a block can have in the report, how a run's record maps to
// one, and how each is shown. A new kind of outcome (say a future record
// status) is one more entry here and nothing else.

export const VERDICTS = ['passed', 'failed', 'refused', 'timed out', 'not run', 'skipped'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** The statuses a block record of the run (`--json`) can carry. */
export type RecordStatus = 'pass' | 'fail' | 'timed out' | 'not run' | 'skipped';

/** How each verdict reads: a word and an icon, never colour alone. */
export const SHOWN: Record<Verdict, { icon: string; label: string; className: string }> = {
  passed: { icon: '✓', label: 'passed', className: 'passed' },
  failed: { icon: '✗', label: 'failed', className: 'failed' },
  refused: { icon: '⊘', label: 'refused', className: 'refused' },
  'timed out': { icon: '◷', label: 'timed out', className: 'timed-out' },
  'not run': { icon: '–', label: 'not run', className: 'not-run' },
  skipped: { icon: '↷', label: 'skipped', className: 'skipped' },
};

/** The verdict of a test from its record's status; a refusal is told apart by its diagnostic. */
export function verdictOf(status: RecordStatus, error: string | undefined, refused: boolean): Verdict {
  if (refused) return 'refused';
  switch (status) {
    case 'pass':
      return 'passed';
    case 'fail':
      return 'failed';
    case 'timed out':
      return 'timed out';
    case 'skipped':
      return 'skipped';
    case 'not run':
      // A block the test process died in did run, and did not pass.
      return error === undefined ? 'not run' : 'failed';
  }
}

/** Most telling first: a block or a name takes the first verdict any of its tests has. */
const SEVERITY: Verdict[] = ['failed', 'timed out', 'refused', 'not run', 'skipped', 'passed'];

export function worst(verdicts: Iterable<Verdict>): Verdict | undefined {
  let best: number | undefined;
  for (const v of verdicts) {
    const i = SEVERITY.indexOf(v);
    if (best === undefined || i < best) best = i;
  }
  return best === undefined ? undefined : SEVERITY[best];
}

export type Counts = Record<Verdict, number>;

export function countVerdicts(verdicts: Iterable<Verdict>): Counts {
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Counts;
  for (const v of verdicts) counts[v]++;
  return counts;
}
