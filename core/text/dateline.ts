/**
 * A dateline opening a story: the place in capitals, then perhaps its region, a date and the agency, then
 * a dash ("CAIRO — ", "KABUL, Afghanistan (AP) — ", "LONDON, Nov 3 (Reuters) - ",
 * "RAJSHAHI, Dec 20, 2025 (BSS) - "). Only the story's first sentence has one: "NATO — the alliance …"
 * later on is the sentence itself, so callers ask only at the story's start.
 */
const DATELINE =
  /^\p{Lu}[\p{Lu}.'’]+(?:[ /-]\p{Lu}[\p{Lu}.'’]+){0,3}(?:, \p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}.]+){0,2})?(?:,? \p{Lu}\p{Ll}{2,8}\.? \d{1,2}(?:, \d{4})?)?(?: \([\p{L}.& ]{2,30}\))? ?[—–-]{1,2} /u;

/** The length of the dateline `text` opens with, or 0. */
export function datelineLength(text: string): number {
  return DATELINE.exec(text)?.[0].length ?? 0;
}
