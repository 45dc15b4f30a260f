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
    // The longest opening that is an outlet's name, leaving a word or more for the subject.
    const outletEnd = outletOpeningEnd(m.text, isNewsOutlet, 1);
    if (outletEnd === 0) return [m];
    const subjectStart = m.start + outletEnd + m.text.slice(outletEnd).search(/\S/);
    return [
      { ...m, end: m.start + outletEnd, text: m.text.slice(0, outletEnd), type: 'ORG' as const },
      { ...m, start: subjectStart, text: text.slice(subjectStart, m.end) },
    ];
  });
}

/**
 * Where the longest opening of whole words of `name` that is a news outlet's name ends, leaving at least
 * `leave` words after it, or 0: "the BBC" of "the BBC Chinese Service" or of "BBC Labour" (the next clause's
 * subject). The sources stage asks it of the words after "told" too.
 */
export function outletOpeningEnd(name: string, isOutlet: (name: string) => boolean, leave = 0): number {
  const words = [...name.matchAll(/\S+/g)];
  for (let n = words.length - leave; n > 0; n--) {
    const last = words[n - 1] as RegExpMatchArray;
    const end = (last.index as number) + last[0].length;
    const opening = name.slice(0, end);
    if (/^the$/i.test(opening)) break;
    if (isOutlet(opening)) return end;
  }
  return 0;
}
