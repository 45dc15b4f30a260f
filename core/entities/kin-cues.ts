/**
 * What only a person has: "Edwards and his troops", "Santa Anna and her army", "Clinton's wife". A name
 * the tagger read as a place or a body all through a story (a surname that is also a town's, in a story
 * full of places) is a person's when the story writes this of it once: places and bodies take "its", and
 * have no wives or sons. Not aides, advisers, lawyers or spokesmen, which countries and companies have too
 * ("Britain's chief medical adviser", "Apple's lawyers").
 */

/** "and his", "and her" right after the name. */
const AND_HIS_AFTER = /^ and (?:his|her) /;
/** A possessive, up to two lowercase words, then a person's kin: "'s wife", "'s eldest son". */
const KIN_AFTER =
  /^ ?['’]s (?:(?:\p{Ll}+ ){0,2})(?:wife|husband|widow|widower|son|sons|daughter|daughters|father|mother|parents|brother|sister|girlfriend|boyfriend|fiancée|fiancé|biographer)\b/u;

/** "in", "at", "from"… right before a name: where things happen, which no person is. */
const LOCATIVE_BEFORE = /\b(?:in|at|from|to|near|across|outside|inside|around|throughout|towards?)\s$/;

/** A capitalized word or "of" right before: a longer name cut, or a title's territory ("Duchess of Cambridge's son"). */
const NAME_GOES_ON_BEFORE = /(?:\p{Lu}[\p{L}'’]*|\bof)\s$/u;

/**
 * Whether any of the mentions is written of as a person's ("and his…", "'s wife") and none as a place
 * ("in New York").
 */
export function writtenOfAsPerson(text: string, mentions: readonly { start: number; end: number }[]): boolean {
  if (mentions.some((m) => LOCATIVE_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)))) return false;
  return mentions.some((m) => {
    // A name cut from a longer one is not the subject: "at Madame Tussauds New York and her figure…".
    if (NAME_GOES_ON_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start))) return false;
    const after = text.slice(m.end, m.end + 48);
    return AND_HIS_AFTER.test(after) || KIN_AFTER.test(after);
  });
}
