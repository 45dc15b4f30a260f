/**
 * A name written into a stance: "pro-Beijing", "anti-Kremlin", "Pro-Europe". The word is an adjective
 * for a side taken, not a mention of the city or the body ("the pro-Beijing camp" is no place in the
 * story), so the name after the prefix is dropped, or cut from a longer name ("pro-Beijing New People
 * Party" is the party). The tagger's spans are cut here; any mention added later (a repeat of a name
 * found elsewhere) is dropped by `writtenIntoStance`.
 */
import type { Token } from './tokenize';

type Span = { start: number; end: number; type: string };

const STANCE = /^(?:pro|anti)$/i;

/** Whether the token at `i` is written against a stance prefix: "pro", "-", then it, with no spaces. */
function afterStance(tokens: readonly Token[], i: number): boolean {
  const dash = tokens[i - 1];
  const prefix = tokens[i - 2];
  return (
    dash !== undefined &&
    prefix !== undefined &&
    dash.text === '-' &&
    STANCE.test(prefix.text) &&
    prefix.end === dash.start &&
    dash.end === (tokens[i] as Token).start
  );
}

/** The unit's spans without the names written into a stance. */
export function withoutStanceNames(tokens: readonly Token[], spans: Span[]): Span[] {
  if (!spans.some((s) => afterStance(tokens, s.start))) return spans;
  return spans.flatMap((s) =>
    !afterStance(tokens, s.start) ? [s] : s.end - s.start > 1 ? [{ ...s, start: s.start + 1 }] : [],
  );
}

const STANCE_BEFORE = /(?:^|[^\p{L}\p{N}])(?:pro|anti)-$/iu;

/** Whether the mention starting at `start` is written against a stance prefix ("pro-|Beijing"). */
export function writtenIntoStance(text: string, start: number): boolean {
  return STANCE_BEFORE.test(text.slice(Math.max(0, start - 6), start));
}
