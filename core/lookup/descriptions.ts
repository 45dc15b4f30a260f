import { ORG_NOUNS, PERSON_ROLES } from '../sources/words';
import type { Citation } from '../types';
import { bareName, namePattern } from './query';

/**
 * How the article itself describes a name: the words in front of it ("U.S. security advisory firm
 * The Soufan Group", "ISIS leader Abu Bakr Al-Bagdadi") and appositions after it ("Jane Roe, a
 * spokeswoman for the ministry, said"). English heuristics; other languages mostly get the
 * descriptions the source analysis found.
 */

const MAX_DESCRIPTIONS = 4;
const MAX_PREMODIFIER_WORDS = 5;
const MAX_APPOSITION_WORDS = 12;

/** Words that end a run of description words before a name: it never reaches past them. */
const STOP = new Set(
  (
    'the a an of to for by with and or but in on at from into over under about after before as than that this these ' +
    'those which who whom whose what when where while his her its their our your my we they he she it i you is was ' +
    'are were be been being has have had will would can could may might must should shall do does did not no also ' +
    'said says say told tells asked asks wrote writes according per via like including such other some many more ' +
    'most all both each every former then now just only even still yet so if because against between among'
  ).split(' '),
);

const ACRONYM = /^(?:\p{Lu}\.){1,4}$|^\p{Lu}{2,6}s?$/u;
/** Capitalised adjectives of place ("Pakistani", "American", "Japanese", "British"). */
const DEMONYM = /^\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i|ic)$/u;
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*\p{Ll}$/u;
const VERB_LIKE = /(?:ed|ing|ly)$/;

function isRoleWord(word: string): boolean {
  return LOWER_WORD.test(word) && !STOP.has(word) && !VERB_LIKE.test(word);
}

/** Nouns that say what kind of place a name is ("the Libyan city", "the island nation"). */
const PLACE_NOUNS = new Set(
  'city town village country nation capital port island province region district county state republic kingdom'.split(
    ' ',
  ),
);
/** Role-like endings ("skipper", "co-founder", "commissioner", "novelist", "correspondent", "fisherman"). */
const ROLE_ENDING = /(?:er|or|ist|ian|ant|ent|man|woman|eer)s?$/;
const NOT_ROLES = new Set('never ever either neither whether rather later together per under over'.split(' '));

/**
 * Whether the word just before a name can head its description: a role, a kind of organization or place
 * ("firm The Soufan Group", "skipper Wade Bassi"), not a verb or adjective that happens to stand there
 * ("Amazon bought Whole Foods", "the original Whole Foods", "showcases Tunisia's heritage").
 */
function isDescriptionHead(word: string): boolean {
  const lower = word.toLowerCase();
  if (PERSON_ROLES.has(lower) || ORG_NOUNS.has(lower) || PLACE_NOUNS.has(lower)) return true;
  return ROLE_ENDING.test(lower) && !NOT_ROLES.has(lower);
}

/** The run of description words just before `index`, or null. */
function premodifierBefore(text: string, index: number): string | null {
  const before = text.slice(Math.max(0, index - 120), index);
  // Only words separated by single spaces: punctuation (a comma, a closing quote) ends the run.
  const match = /((?:[\p{L}\p{N}.'’-]+ )+)$/u.exec(before);
  if (!match?.[1]) return null;
  const words = match[1].trim().split(' ');
  const run: string[] = [];
  for (let i = words.length - 1; i >= 0 && run.length < MAX_PREMODIFIER_WORDS; i--) {
    const word = words[i] as string;
    const isLast = run.length === 0;
    if (
      isLast
        ? !(isRoleWord(word) && isDescriptionHead(word))
        : !(isRoleWord(word) || ACRONYM.test(word) || DEMONYM.test(word))
    )
      break;
    run.unshift(word);
  }
  // A lone lowercase word ("officials", "leader") is too thin to call a description unless it names a role.
  if (run.length === 0) return null;
  if (run.length === 1 && (run[0] as string).length < 5) return null;
  return run.join(' ');
}

/** ", a spokeswoman for the ministry," right after the name, or null. */
function appositionAfter(text: string, end: number): string | null {
  const after = text.slice(end, end + 200);
  const match = /^,\s+((?:(?:a|an|the)\s+)?[\p{Ll}\p{Lu}][^,.;:!?()“”"]*?)\s*[,;]/u.exec(after);
  if (!match?.[1]) return null;
  const phrase = match[1].trim();
  const words = phrase.split(/\s+/);
  const first = (words[0] ?? '').toLowerCase();
  if (words.length < 2 || words.length > MAX_APPOSITION_WORDS) return null;
  // Must read as a noun phrase: starts with an article or a lowercase role word, and has no finite verb.
  const startsLikeNounPhrase = ['a', 'an', 'the'].includes(first) || isRoleWord(words[0] as string);
  if (!startsLikeNounPhrase) return null;
  if (words.some((word) => /^(?:is|was|are|were|has|have|had|said|says|who|which|that|and)$/i.test(word))) return null;
  return phrase;
}

/** Descriptions of any of `names` in `text`, plus those the source analysis attached to citations. */
export function findDescriptions(text: string, names: string[], citations: Citation[] = []): string[] {
  const found: string[] = [];
  const bare = new Set(names.map(bareName));
  for (const citation of citations) {
    if (citation.description && bare.has(bareName(citation.source))) found.push(citation.description);
  }
  const pattern = namePattern(names);
  if (pattern && text) {
    for (const match of text.matchAll(pattern)) {
      const before = premodifierBefore(text, match.index);
      if (before) found.push(before);
      const after = appositionAfter(text, match.index + match[0].length);
      if (after) found.push(after);
    }
  }
  const seen = new Set<string>();
  const unique: string[] = [];
  for (const description of found) {
    const key = description.toLowerCase();
    if (seen.has(key) || bare.has(bareName(description))) continue;
    seen.add(key);
    unique.push(description);
  }
  return unique.slice(0, MAX_DESCRIPTIONS);
}
