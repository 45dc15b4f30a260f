/**
 * A name written into a stance: "pro-Beijing", "anti-Kremlin", "Pro-Europe". The word is an adjective
 * for a side taken, not a mention of the city or the body ("the pro-Beijing camp" is no place in the
 * story), so the name after the prefix is dropped, or cut from a longer name ("pro-Beijing New People
 * Party" is the party). The tagger's spans are cut here; any mention added later (a repeat of a name
 * found elsewhere) is dropped by `writtenIntoStance`.
 */
import type { TagSpan } from './tagger';
import type { Token } from './tokenize';

const STANCE_BEFORE = /(?:^|[^\p{L}\p{N}])(?:pro|anti)-$/iu;

/** Whether the mention starting at `start` is written against a stance prefix ("pro-|Beijing"). */
export function writtenIntoStance(text: string, start: number): boolean {
  return STANCE_BEFORE.test(text.slice(Math.max(0, start - 6), start));
}

/** The unit's spans without the names written into a stance. */
export function withoutStanceNames(text: string, tokens: readonly Token[], spans: TagSpan[]): TagSpan[] {
  const stance = (s: TagSpan) => writtenIntoStance(text, (tokens[s.start] as Token).start);
  if (!spans.some(stance)) return spans;
  return spans.flatMap((s) => (!stance(s) ? [s] : s.end - s.start > 1 ? [{ ...s, start: s.start + 1 }] : []));
}
