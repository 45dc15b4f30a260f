import { similarity } from './centrality';
import { type Candidate, FEATURE_NAMES } from './features';
import type { SummaryWeights } from './weights';

/** Linear score of one candidate under the given weights. */
export function scoreCandidate(candidate: Candidate, weights: SummaryWeights): number {
  let score = 0;
  for (const name of FEATURE_NAMES) score += weights.features[name] * candidate.features[name];
  return score;
}

/**
 * Maximal marginal relevance: repeatedly take the candidate whose score, less the redundancy weight times
 * its highest similarity to what is already chosen, is best. Returns the chosen candidates in text order.
 */
export function selectCandidates(
  candidates: readonly Candidate[],
  weights: SummaryWeights,
  count: number,
): Candidate[] {
  if (count <= 0 || candidates.length === 0) return [];
  const scores = candidates.map((c) => scoreCandidate(c, weights));
  const maxSimilarity = candidates.map(() => 0);
  const chosen: number[] = [];
  const taken = new Set<number>();
  while (chosen.length < Math.min(count, candidates.length)) {
    let best = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < candidates.length; i++) {
      if (taken.has(i)) continue;
      const value = (scores[i] as number) - weights.redundancy * (maxSimilarity[i] as number);
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    if (best < 0) break;
    const picked = candidates[best] as Candidate;
    // A near-copy of a chosen sentence (repeated lead, pull quote) adds nothing.
    if (chosen.length > 0 && (maxSimilarity[best] as number) > 0.85) {
      taken.add(best);
      continue;
    }
    chosen.push(best);
    taken.add(best);
    for (let i = 0; i < candidates.length; i++) {
      if (!taken.has(i))
        maxSimilarity[i] = Math.max(maxSimilarity[i] as number, similarity(candidates[i] as Candidate, picked));
    }
  }
  return chosen.sort((a, b) => a - b).map((i) => candidates[i] as Candidate);
}
