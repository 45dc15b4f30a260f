import type { Candidate } from './features';
import { normalize } from './normalize';

/** How many neighbours on each side count for the directed centrality: keeps long texts linear. */
const WINDOW = 30;

export function addDirectedCentrality(candidates: Candidate[]): void {
  const forward = candidates.map(() => 0);
  const backward = candidates.map(() => 0);
  const forwardCount = candidates.map(() => 0);
  const backwardCount = candidates.map(() => 0);
  for (let i = 0; i < candidates.length; i++) {
    const a = candidates[i] as Candidate;
    for (let j = i + 1; j < Math.min(candidates.length, i + 1 + WINDOW); j++) {
      const sim = similarity(a, candidates[j] as Candidate);
      forward[i] = (forward[i] as number) + sim;
      forwardCount[i] = (forwardCount[i] as number) + 1;
      backward[j] = (backward[j] as number) + sim;
      backwardCount[j] = (backwardCount[j] as number) + 1;
    }
  }
  const forwardMean = normalize(forward.map((v, i) => v / Math.max(1, forwardCount[i] as number)));
  const backwardMean = normalize(backward.map((v, i) => v / Math.max(1, backwardCount[i] as number)));
  candidates.forEach((c, i) => {
    c.features.forward = forwardMean[i] ?? 0;
    c.features.backward = backwardMean[i] ?? 0;
  });
}

/** Cosine similarity of two candidates' TF-IDF vectors (a merge of their sorted term ids). */
export function similarity(a: Candidate, b: Candidate): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const ai = a.termIds;
  const bi = b.termIds;
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < ai.length && j < bi.length) {
    const x = ai[i] as number;
    const y = bi[j] as number;
    if (x === y) {
      dot += (a.termWeights[i] as number) * (b.termWeights[j] as number);
      i++;
      j++;
    } else if (x < y) {
      i++;
    } else {
      j++;
    }
  }
  return dot / (a.norm * b.norm);
}
