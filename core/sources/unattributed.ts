import type { Citation, TextSpan, UnattributedClaim } from '../types';
import type { QuoteSpan } from './quotes';

// Hedges that present a claim as coming from somewhere without saying where.
const MARKERS = new RegExp(
  [
    String.raw`\breportedly\b`,
    String.raw`\ballegedly\b`,
    String.raw`\bpurportedly\b`,
    String.raw`\bsupposedly\b`,
    String.raw`\bostensibly\b`,
    String.raw`\bit (?:is|was|has been|had been) (?:widely |generally |now )?(?:believed|thought|understood|said|alleged|reported|rumou?red|claimed|feared|suspected|expected)\b`,
    String.raw`\b(?:is|are|was|were|has been|have been) (?:widely |also )?(?:said|believed|thought|understood|alleged|reported|rumou?red|claimed|suspected) to\b`,
    String.raw`\baccording to (?:media |news |local |unconfirmed |several |some |multiple |press )?reports\b`,
    String.raw`\b(?:unconfirmed |media |some |several |multiple )reports (?:say|said|suggest|suggested|indicate|indicated|claim|claimed)\b`,
    String.raw`\brumou?rs (?:say|suggest|have it|are swirling)\b`,
    String.raw`\bsome (?:say|believe|argue|claim|suggest)\b`,
    String.raw`\bcritics (?:say|argue|claim|contend)\b`,
    String.raw`\bmany (?:believe|say|argue)\b`,
    String.raw`\bword is\b`,
  ].join('|'),
  'gi',
);

/** Sentences asserting with a hedge and no source: "The militants reportedly burst into ...". */
export function findUnattributed(
  sentences: TextSpan[],
  citations: Citation[],
  quotes: QuoteSpan[],
): UnattributedClaim[] {
  const out: UnattributedClaim[] = [];
  for (const s of sentences) {
    // A sentence the article attributes is not unattributed, hedge or not.
    if (
      citations.some(
        (c) => c.start < s.end && c.end > s.start && !(c.kind === 'anonymous' && /\breports?\b/i.test(c.source)),
      )
    )
      continue;
    // An exec loop rather than matchAll, which copies the pattern for every sentence.
    MARKERS.lastIndex = 0;
    for (let m = MARKERS.exec(s.text); m; m = MARKERS.exec(s.text)) {
      const at = s.start + m.index;
      // The speaker's own hedge inside a quotation is theirs, not the article's.
      if (quotes.some((q) => q.innerStart <= at && at < q.innerEnd)) continue;
      out.push({ text: s.text, start: s.start, end: s.end, marker: m[0].toLowerCase() });
      break;
    }
  }
  return out;
}
