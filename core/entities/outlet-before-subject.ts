/**
 * "Mr Corbyn told the BBC Labour would consider…", "told the New York Times Trump would win": the tagger
 * runs a news outlet and the next clause's subject into one name. Where the words after the name are that
 * clause's verb and the name opens with an outlet's, the two are split: the outlet, then the subject (typed
 * as the tagger read the whole, its other mentions voting with it).
 */
import type { TaggedMention } from './recognize';

/** A clause's finite verb right after the name. */
const FINITE_AFTER = /^ (?:would|will|was|were|had|has|is|are|could|can|should|may|might|did|does|must)\b/;

/** The outlet as the one spoken to: "told the BBC …", "said to Reuters …". */
const TOLD_BEFORE = /\b(?:told|tells|telling|said to|speaking to)\s+(?:the\s+)?$/;

export function splitOutletBeforeSubject(
  text: string,
  mentions: TaggedMention[],
  isNewsOutlet: ((name: string) => boolean) | undefined,
): TaggedMention[] {
  if (!isNewsOutlet) return mentions;
  return mentions.flatMap((m) => {
    if (!m.text.includes(' ') || !FINITE_AFTER.test(text.slice(m.end, m.end + 10))) return [m];
    if (!TOLD_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start))) return [m];
    const words = [...m.text.matchAll(/\S+/g)];
    // The longest opening that is an outlet's name, leaving a word or more for the subject.
    for (let n = words.length - 1; n > 0; n--) {
      const last = words[n - 1] as RegExpMatchArray;
      const outletEnd = (last.index as number) + last[0].length;
      if (!isNewsOutlet(m.text.slice(0, outletEnd))) continue;
      const subjectStart = m.start + ((words[n] as RegExpMatchArray).index as number);
      return [
        { ...m, end: m.start + outletEnd, text: m.text.slice(0, outletEnd), type: 'ORG' as const },
        { ...m, start: subjectStart, text: text.slice(subjectStart, m.end) },
      ];
    }
    return [m];
  });
}
