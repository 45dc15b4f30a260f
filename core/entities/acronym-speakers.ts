/**
 * Bodies named by their acronym that speak in a story ("IAEA said", "On Tuesday, FARC said", "the OECD
 * warned"): the tagger leaves many acronyms it never saw in training untagged. An acronym the tagger left
 * uncovered, followed by a reporting verb, is an organization. So is one a person belongs to: "Michael
 * Tien of NPP", "Wong Kwok-kin of the FTU", "DAB's Starry Lee". Roles and common nouns written in capitals
 * ("The CEO said", "the DA said") and acronyms of places ("UAE said", "a student of the UK") are not.
 */
import type { TaggedMention } from './recognize';
import type { Token } from './tokenize';

/** Capitals, digits after the first letter allowed: "IAEA", "M23". */
const ACRONYM = /^[A-Z][A-Z0-9]+$/;

/** Verbs of speech that follow their speaker. */
const SPEECH_VERB =
  /^(?:said|says|told|tells|announced|announces|warned|warns|added|confirmed|confirms|denied|denies|claimed|claims|urged|urges|stated|reported|reports|estimated|estimates|accused|accuses|condemned|condemns|insisted|insists|rejected|rejects|welcomed|welcomes)$/;

/** Roles, titles and common nouns written in capitals, which speak as people or are no body at all. */
const NOT_BODIES = new Set(
  (
    'CEO CFO COO CTO CIO CMO CSO CPO MP MPs MEP MEPs MLA MSP TD PM VP SVP EVP DA AG GP DJ MC QC KC PhD MD RN ' +
    'EMT CPA AI TV OK IT HR PR IPO GDP CPI ICU ER OS CPU GPU API URL PDF USB SSD RAM APP'
  ).split(' '),
);

/** Acronyms of countries and places, which speak for their governments but are places. */
const PLACES = new Set('US USA UK UAE DRC PRC ROK DPRK KSA NYC LA DC HK'.split(' '));

/** Whether most letters of the sentence are capitals: a headline or a shouted line, where anything goes. */
function inCapitals(tokens: readonly Token[]): boolean {
  let upper = 0;
  let lower = 0;
  for (const token of tokens) {
    if (/^\p{Lu}+$/u.test(token.text)) upper++;
    else if (/\p{Ll}/u.test(token.text)) lower++;
  }
  return upper > lower;
}

/** Adds an organization mention for each uncovered acronym that `isBody` says acts as one. */
function addAcronymBodies(
  mentions: readonly TaggedMention[],
  units: readonly Token[][],
  covered: Uint8Array,
  /** Whether the acronym at token `i` acts as a body; `speaks` for a verb of speech after it. */
  isBody: (tokens: readonly Token[], i: number) => 'speaks' | boolean,
): TaggedMention[] {
  const out = mentions.slice();
  units.forEach((tokens, u) => {
    let checkedCapitals: boolean | null = null;
    for (let i = 0; i < tokens.length - 1; i++) {
      const token = tokens[i] as Token;
      // Most tokens are no acronym: their second character is no capital (this runs on every token).
      const second = token.text.charCodeAt(1);
      if (!(second >= 65 && second <= 90)) continue;
      if (!ACRONYM.test(token.text)) continue;
      const body = isBody(tokens, i);
      if (!body) continue;
      if (covered[token.start] === 1 || NOT_BODIES.has(token.text) || PLACES.has(token.text)) continue;
      // Part of a longer name ("Bank BRI said") is the tagger's to find.
      const previous = tokens[i - 1]?.text ?? '';
      if (
        body === 'speaks' &&
        /^\p{Lu}/u.test(previous) &&
        i > 0 &&
        !/^(?:The|On|In|At|But|And|Earlier|Later|Meanwhile)$/.test(previous)
      )
        continue;
      checkedCapitals ??= inCapitals(tokens);
      if (checkedCapitals) break;
      covered.fill(1, token.start, token.end);
      out.push({ text: token.text, start: token.start, end: token.end, type: 'ORG', unit: u });
    }
  });
  return out;
}

/** Adds an organization mention for each uncovered acronym followed by a verb of speech. */
export function addAcronymSpeakers(
  mentions: readonly TaggedMention[],
  units: readonly Token[][],
  covered: Uint8Array,
): TaggedMention[] {
  return addAcronymBodies(mentions, units, covered, (tokens, i) =>
    SPEECH_VERB.test(tokens[i + 1]?.text ?? '') ? 'speaks' : false,
  );
}

/**
 * Adds an organization mention for each uncovered acronym a person belongs to: "Tien of NPP", "To of the
 * FTU", "DAB's Starry Lee". Run once the people are all found.
 */
export function addPersonsBodies(
  mentions: readonly TaggedMention[],
  units: readonly Token[][],
  covered: Uint8Array,
): TaggedMention[] {
  const personEnds = new Set<number>();
  const personStarts = new Set<number>();
  for (const m of mentions) {
    if (m.type !== 'PER') continue;
    personEnds.add(m.end);
    personStarts.add(m.start);
  }
  return addAcronymBodies(mentions, units, covered, (tokens, i) => {
    const ofAt = tokens[i - 1]?.text === 'the' ? i - 2 : i - 1;
    if (tokens[ofAt]?.text === 'of' && personEnds.has(tokens[ofAt - 1]?.end ?? -1)) return true;
    return /^['’]s$/.test(tokens[i + 1]?.text ?? '') && personStarts.has(tokens[i + 2]?.start ?? -1);
  });
}
