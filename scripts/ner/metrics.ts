/** CoNLL-style exact-match precision, recall and F1 per type and overall. */

export const TYPES = ['PER', 'ORG', 'LOC'] as const;

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export type Score = Record<(typeof TYPES)[number] | 'ALL', Counts>;

export function emptyScore(): Score {
  return {
    PER: { tp: 0, fp: 0, fn: 0 },
    ORG: { tp: 0, fp: 0, fn: 0 },
    LOC: { tp: 0, fp: 0, fn: 0 },
    ALL: { tp: 0, fp: 0, fn: 0 },
  };
}

type Span = { start: number; end: number; type: string };

/** Adds one sentence's (or document's) gold and predicted spans to the score. */
export function addSpans(score: Score, gold: readonly Span[], pred: readonly Span[]): void {
  const key = (s: Span) => `${s.start}:${s.end}:${s.type}`;
  const goldSet = new Set(gold.filter((s) => s.type in score).map(key));
  const predSet = new Set(pred.filter((s) => s.type in score && s.type !== 'ALL').map(key));
  for (const k of predSet) {
    const type = k.split(':')[2] as keyof Score;
    const hit = goldSet.has(k);
    score[type][hit ? 'tp' : 'fp']++;
    score.ALL[hit ? 'tp' : 'fp']++;
  }
  for (const k of goldSet) {
    if (predSet.has(k)) continue;
    const type = k.split(':')[2] as keyof Score;
    score[type].fn++;
    score.ALL.fn++;
  }
}

export function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

/** Rows "type P R F1" for one or more systems side by side. */
export function formatTable(systems: { name: string; score: Score }[]): string {
  const head = ['type'.padEnd(5), ...systems.map((s) => `${s.name.padEnd(20)}`)].join(' | ');
  const sub = ['', ...systems.map(() => '  P     R     F1   ')].join(' | ').padStart(5);
  const lines = [head, sub];
  for (const t of [...TYPES, 'ALL'] as const) {
    const cells = systems.map((s) => {
      const { p, r, f } = prf(s.score[t]);
      return `${pct(p)} ${pct(r)} ${pct(f)}  `;
    });
    lines.push([t.padEnd(5), ...cells].join(' | '));
  }
  return lines.join('\n');
}
