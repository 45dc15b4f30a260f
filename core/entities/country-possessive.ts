/**
 * "China's Xi Jinping", "Italy's Jannik Sinner", "India's Narendra Modi": wire copy names a person after
 * their country's possessive, and the tagger, which knows few foreign given names, often finds nothing
 * there. Two or three capitalized words after a place's possessive, which the tagger left alone, which
 * end in no word of a body, a company, a place or an event, and which start with a given name or are
 * followed by what a person does ("met", "said", ", who"), are taken as a person. After a body's possessive
 * ("The BBC’s Lyse Doucet reported") only a run that speaks next is.
 */
import { isListedPlace, KNOWN_ORGANIZATIONS, WEEKDAYS_MONTHS } from './lexicon';
import type { TaggedMention } from './recognize';
import {
  BODY_END,
  CAPITALIZED_WORD,
  CLUB_LAST_WORDS,
  COMPANY_TRADES,
  FORCE_HEADS,
  INSTITUTION_END,
  LEGAL_FORMS,
  ORG_HEAD_ALONE,
  ORG_WORDS,
  PARTY_HEADS,
  PLACE_HEADS,
} from './refine-words';

/** Two or three capitalized words (a hyphenated one counts as one) right after "'s", then no capital. */
const RUN = `((?:${CAPITALIZED_WORD} ){1,2}${CAPITALIZED_WORD})(?![\\p{L}\\p{N}&-]| \\p{Lu}| of\\b| and \\p{Lu}(?!\\p{Ll}+['’]s))`;
const RUN_AFTER_POSSESSIVE = new RegExp(`^ ?['’]s ${RUN}`, 'u');
/** The same after a plural's possessive: "Reuters’ Idrees Ali". */
const RUN_AFTER_PLURAL_POSSESSIVE = new RegExp(`^ ?['’] ${RUN}`, 'u');

/** Last words of what is not a person, besides the heads of refine-words.ts. */
const NOT_PERSON_LAST = new Set(
  (
    'Cup Prize Open Games League Index Fund Exchange Sea Ocean Lake Bay Strait Fleet Dome Canal Reef Initiative ' +
    'Program Programme Plan Act Law Bill Treaty Accord Agreement Doctrine Gallery Theatre Theater Centre Center ' +
    'Park Zoo Garden Gardens Hall Tower Castle Temple Mosque Church Road Oil Gas Steel Power Electric Media ' +
    'Network Television Radio Herald Daily Magazine Review Region Province Territory Coast Basin Delta Plateau ' +
    'Summit Festival Awards Week Day Year Budget Constitution Parliament Senate Assembly Congress Cabinet ' +
    'Government Navy Guard Guards Corps Brigade Regiment Division Command Ministry Reserve Market Markets Store ' +
    'Shop Game Scene Show Series Film Movie Album Song Book Novel Laws Rules Rates Taxes Prices Sales Jobs Stocks ' +
    'Shares Bonds Schools Hospitals Roads'
  ).split(' '),
);
/** First words of a place's or a body's name, not a given name: "South China Sea", "Royal Navy". */
const NOT_PERSON_FIRST = new Set(
  (
    'The A An North South East West Northern Southern Eastern Western Central New Great Royal National Federal State ' +
    'Supreme Grand Greater Upper Lower Old First Second Prime Foreign Home Defence Defense Interior Finance ' +
    'Justice Health Labour Labor Liberal Conservative Democratic Republican Socialist Communist Green People ' +
    'Islamic Christian Catholic Orthodox International Global World Public Civil Military Air Army Naval'
  ).split(' '),
);

/** What a person does next in a wire story's sentence: "China's Xi Jinping met…", "…, who". */
const PERSON_NEXT =
  /^ ?(?:,? (?:said|says|told|tells|met|meets|visited|visits|urged|urges|warned|warns|called|calls|spoke|speaks|pledged|promised|vowed|won|wins|beat|beats|defeated|lost|signed|signs|named|appointed|announced|insisted|denied|argued|wrote|added|accused|praised|criticised|criticized|thanked|congratulated|hailed|invited|arrived|attended|phoned|welcomed|rejected|resigned|scored|claimed|clinched|retained|withdrew)\b|,? (?:is|are|was|were|will|has|had|would) \p{Ll}+\b|, who\b|, the \d+-year-old\b| and \p{Lu}\p{Ll}+ ?['’]s )/u;

/** Whether a run of capitalized words ends or starts like a body's, a company's, a place's or an event's name. */
export function namesNoPerson(words: readonly string[]): boolean {
  const last = words[words.length - 1] as string;
  const name = words.join(' ');
  return (
    NOT_PERSON_FIRST.has(words[0] as string) ||
    NOT_PERSON_LAST.has(last) ||
    ORG_WORDS.has(last) ||
    PLACE_HEADS.has(last) ||
    COMPANY_TRADES.has(last) ||
    LEGAL_FORMS.has(last) ||
    FORCE_HEADS.has(last) ||
    ORG_HEAD_ALONE.has(last) ||
    PARTY_HEADS.has(last) ||
    CLUB_LAST_WORDS.has(last) ||
    INSTITUTION_END.test(name) ||
    BODY_END.test(name) ||
    words.some((w) => WEEKDAYS_MONTHS.has(w.toLowerCase()) || KNOWN_ORGANIZATIONS.has(w.toLowerCase()))
  );
}

/** What only a person does next: speak. "The BBC’s Lyse Doucet reported…"; "Google’s Pixel Watch is…" is no person. */
const SPEAKS_NEXT = /^ ?,? (?:said|says|told|tells|reported|reports|wrote|writes|asked|added)\b/u;

/**
 * Adds a person for each untagged run of capitalized words after a place's possessive, and after a body's
 * when the run speaks next ("The BBC’s Lyse Doucet reported", "Reuters’ Idrees Ali said": a reporter or an
 * officer of the body). The model's name lists keep a place out ("Britain's South Yorkshire") and tell a
 * given name.
 */
export function addPossessivePersons(
  text: string,
  mentions: TaggedMention[],
  covered: Uint8Array,
  lists: { isPlace?: (lowercased: string) => boolean; isFirstName?: (lowercased: string) => boolean } = {},
): TaggedMention[] {
  const added: TaggedMention[] = [];
  // A surname the tagger found alone ("Reuters’ Idrees Ali": "Ali") is the run's last words, to take in whole.
  const surnames = new Map<number, TaggedMention>();
  for (const m of mentions) if (m.type === 'PER') surnames.set(m.end, m);
  const widened = new Map<TaggedMention, TaggedMention>();
  for (const place of mentions) {
    if (place.type !== 'LOC' && place.type !== 'ORG') continue;
    const after = text.slice(place.end, place.end + 64);
    const run =
      RUN_AFTER_POSSESSIVE.exec(after) ?? (place.text.endsWith('s') ? RUN_AFTER_PLURAL_POSSESSIVE.exec(after) : null);
    if (!run) continue;
    const name = run[1] as string;
    const start = place.end + run[0].length - name.length;
    const end = start + name.length;
    const surname = surnames.get(end);
    const partial = surname && surname.start > start ? surname : undefined;
    if (covered.subarray(start, partial ? partial.start : end).some((x) => x === 1)) continue;
    const words = name.split(' ');
    if (namesNoPerson(words) || lists.isPlace?.(name.toLowerCase())) continue;
    // A person is told by a given name of the lists or by what follows; headings ("California's Property
    // Tax Laws") have the shape too.
    const givenName = lists.isFirstName?.((words[0] as string).toLowerCase()) === true;
    const next = text.slice(end, end + 24);
    if (place.type === 'ORG' ? !SPEAKS_NEXT.test(next) : !givenName && !PERSON_NEXT.test(next)) continue;
    covered.fill(1, start, end);
    const person: TaggedMention = { text: name, start, end, type: 'PER', unit: place.unit };
    if (partial) widened.set(partial, person);
    else added.push(person);
  }
  if (added.length === 0 && widened.size === 0) return mentions;
  return [...mentions.map((m) => widened.get(m) ?? m), ...added];
}

/** A place's possessive opening a name: "Britain's" of "Britain's Competition and Markets Authority". */
const PLACE_POSSESSIVE = /^(\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*){0,2})['’]s (?=\p{Lu})/u;

/**
 * "Britain's Competition and Markets Authority", "Japan's Toyota Motor Corp": the tagger ran a place's
 * possessive into the name of the body or company after it. The place is a place, apart, and the name
 * starts after the "'s". Only where the lists know the place (or the country, "Britain"): "People's Party",
 * "St. John's University" and "McDonald's Corp" are names whole.
 */
export function splitPlacePossessive(
  mentions: readonly TaggedMention[],
  isPlace: ((lowercased: string) => boolean) | undefined,
): TaggedMention[] {
  if (!isPlace) return [...mentions];
  return mentions.flatMap((m) => {
    if (m.type === 'LOC') return [m];
    const possessive = PLACE_POSSESSIVE.exec(m.text);
    const place = possessive?.[1];
    if (!possessive || !place || !isListedPlace(place.toLowerCase(), isPlace)) return [m];
    const nameStart = m.start + possessive[0].length;
    const placeMention: TaggedMention = {
      text: place,
      start: m.start,
      end: m.start + place.length,
      type: 'LOC',
      unit: m.unit,
    };
    return [placeMention, { ...m, text: m.text.slice(possessive[0].length), start: nameStart }];
  });
}
