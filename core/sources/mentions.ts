import type { Entity } from '../types';
import { isOutletName } from './resolve';
import { DEMONYMS, DETERMINERS, ORG_CUES, PERSON_ROLES, TIME_WORDS, TITLES } from './words';

const PLACE_WORDS =
  /\b(City|Town|Point|Street|Road|Avenue|Park|River|Bay|Hall|Bridge|Island|Islands|County|Valley|Mountain|Lake|Square|Station|Airport|Stadium|Beach|Harbour|Harbor|Centre|Center|Cup|League|Prize|Award|Day|Week|Global)$/;

const SENTENCE_OPENERS = new Set(
  'as but and or so yet if when while after before since although though because then once unlike like'.split(' '),
);

/** Names that look like people: for "he said" before any named speaker and to complete "Reid said". */
export function personMentions(text: string, entities: Entity[]): { name: string; start: number }[] {
  const out: { name: string; start: number }[] = [];
  for (const e of entities)
    if (e.type === 'person') for (const m of e.mentions) out.push({ name: e.name, start: m.start });
  if (out.length === 0) {
    const re = /\b\p{Lu}[\p{L}'’.-]*(?: \p{Lu}\.)?(?: (?:al-|bin |de |van |von )?\p{Lu}[\p{L}'’-]+){1,3}\b/gu;
    for (const m of text.matchAll(re)) {
      let words = m[0].split(' ');
      let start = m.index;
      // A sentence's opening word in capitals is no first name: "As Evans noted", "But Reid said".
      if (SENTENCE_OPENERS.has((words[0] ?? '').toLowerCase())) {
        start += (words[0] ?? '').length + 1;
        words = words.slice(1);
      }
      while (
        words.length > 2 &&
        (TITLES.has((words[0] ?? '').toLowerCase()) || DEMONYMS.has((words[0] ?? '').toLowerCase()))
      ) {
        start += (words[0] ?? '').length + 1;
        words = words.slice(1);
      }
      const lower = words.map((w) => w.toLowerCase().replace(/[’']s$/, ''));
      if (words.length < 2 || words.length > 3) continue;
      if (
        lower.some(
          (w) =>
            ORG_CUES.has(w) ||
            DEMONYMS.has(w) ||
            TIME_WORDS.has(w) ||
            DETERMINERS.has(w) ||
            PERSON_ROLES.has(w) ||
            TITLES.has(w),
        )
      )
        continue;
      if (words.some((w) => /^[A-Z]{2,}$/.test(w)) || isOutletName(words.join(' '))) continue;
      if (
        /\b(the|a|an|of|in|at)\s+$/i.test(text.slice(Math.max(0, start - 5), start)) ||
        PLACE_WORDS.test(words.join(' '))
      )
        continue;
      out.push({ name: words.join(' ').replace(/[’']s$/, ''), start });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
