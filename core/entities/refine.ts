/**
 * Mention-level corrections between the tagger and the assembly, each measured on the development sets:
 * names from the known-alias table the tagger missed ("the Islamic State"), a person's name extended
 * over a capitalized word the tagger left out ("Abu" in "Abu Bakr Al-Bagdadi"), and spans that end in a
 * lowercase word ("Pakistani government") dropped.
 */

import { addAcronymSpeakers, addPersonsBodies } from './acronym-speakers';
import { joinAmpersandNames } from './ampersand-names';
import { addCapitalMentions } from './capitals';
import { addCompanyCueMentions } from './company-cues';
import { addPossessivePersons, splitPlacePossessive } from './country-possessive';
import { addDefinedNames } from './defined-names';
import { addEastAsianNames } from './east-asian-names';
import { addInstitutionMentions } from './institutions';
import { lowerCase } from './letter-case';
import { DEMONYMS, isListedPlace, KNOWN_ALIASES, KNOWN_ORGANIZATIONS, WEEKDAYS_MONTHS } from './lexicon';
import { endsInHyphenatedGivenName, readNameShapes } from './name-shapes';
import { CAPITALIZED_NON_NAMES, foldAccents, startsUpper } from './names';
import { addCitedOutlets } from './outlet-cues';
import { joinParticleNames, PARTICLES, withSurnameParticles } from './particle-names';
import { addPersonCueMentions } from './person-cues';
import { withPurposes } from './purpose-names';
import type { TaggedMention, TagType } from './recognize';
import {
  ARTICLES,
  BODY_AFTER,
  BODY_END,
  CLUB_FIRST_WORDS,
  CLUB_LAST_WORDS,
  COMPANY_END,
  COMPANY_SUFFIXES,
  COMPANY_TRADE_SUFFIXES,
  COMPANY_TRADES,
  CREDENTIALS,
  DEPARTMENT_OF,
  FORCE_HEADS,
  HOLDING_BEFORE_NAME,
  HONORIFICS,
  INNER_TITLE,
  INNER_TITLES,
  INSTITUTION_END,
  INSTITUTION_FIRST_WORDS,
  LEADING_CONNECTIVES,
  LOWERCASE_ROLES,
  NAME_WORD,
  NAMED_TERM_AFTER,
  NAMES_WITH_THE,
  NATIONS,
  NEWSPAPER_TITLES,
  ORG_HEAD_ALONE,
  ORG_WORDS,
  ORGANIZATIONS_ALSO_WORDS,
  PARTY_HEADS,
  PERSON_ACTS,
  PERSON_STATES,
  PERSON_TITLES,
  PLACE_HEADS,
  PLACE_HEADS_OF_BODIES,
  PLACE_KIND_BEFORE,
  PLACE_KINDS,
  POSITION_AFTER,
  REGION_AFTER,
  ROLE_LINKS,
  ROLES_AFTER_NAME,
  RULERS_TITLES,
  STRIPPED_TITLES,
  TEAM_NICKNAMES,
  TEAM_WHO_VERBS,
  TITLE_AFTER_CHIEF,
  TITLES,
  TRADEMARK_END,
  TRAILING_TITLES,
  WEAK_COMPANY_SUFFIXES,
  WORKS_NAMED_FOR_RULERS,
} from './refine-words';
import { type Token, tokenize } from './tokenize';

export interface RefineOptions {
  knownAliases?: boolean;
  extendPersons?: boolean;
  dropLowercaseEnd?: boolean;
  stripTitles?: boolean;
  /** "Boeing Co", "Apple Inc": a capitalized run ending in a company suffix is an organization. */
  companySuffixes?: boolean;
  /** "shares in BP", "Rivian's board": business-news cues around a company name (company-cues.ts). */
  companyCues?: boolean;
  /** "President Xi Jinping": the capitalized words right after a title are a person. */
  afterTitles?: boolean;
  /** "Keri Gans, MS, RDN": degrees and credentials after a name are not names. */
  dropCredentials?: boolean;
  /** Whether a lowercased word is a given name (the model's name lists); none when not given. */
  isFirstName?: (lowercased: string) => boolean;
  /** Whether a lowercased name is a country, city or region of the model's lists; none when not given. */
  isPlace?: (lowercased: string) => boolean;
  /** Whether a name is one a news outlet goes by, its own or an alias ("BBC", "Telegraph"); none when not given. */
  isOutletAlias?: (name: string) => boolean;
}

/** An American lawmaker's party and state after the name: "R-La.", "D-Mass.", "R-S.D.". */
const PARTY_TAG = /^[DRI]-(?:\p{Lu}\.?){1,2}(?:\p{Ll}+\.?)?$/u;
const isCredential = (word: string): boolean =>
  CREDENTIALS.has(word.replace(/[.\s-]/g, '').toLowerCase()) || PARTY_TAG.test(word);

/**
 * A mention that is a credential trailing a person's name: "Keri Gans, MS, RDN" (each credential after a
 * comma, back to where a person's mention ends). "Jackson, MS" is a place: no person before the comma.
 */
function isTrailingCredential(text: string, m: TaggedMention, personEnds: ReadonlySet<number>): boolean {
  if (!isCredential(m.text)) return false;
  let pos = m.start;
  for (let hops = 0; hops < 6; hops++) {
    // Tokenized text has a space before the comma too ("Gans , MS").
    const comma = /\s*,\s*$/.exec(text.slice(Math.max(0, pos - 6), pos));
    if (!comma) return false;
    pos -= comma[0].length;
    if (personEnds.has(pos)) return true;
    const word = /[\p{L}.-]+$/u.exec(text.slice(Math.max(0, pos - 12), pos));
    if (!word || !isCredential(word[0])) return false;
    pos -= word[0].length;
  }
  return false;
}

/** Mentions from two newswire patterns the tagger can miss: company suffixes and titles before names. */
function addPatternMentions(
  text: string,
  mentions: TaggedMention[],
  units: readonly Token[][],
  covered: Uint8Array,
  options: RefineOptions,
): TaggedMention[] {
  let out = mentions.slice();
  const free = (start: number, end: number) => !covered.subarray(start, end).some((x) => x === 1);
  units.forEach((tokens, u) => {
    // Worked out once per token: the patterns below ask it of most tokens several times.
    const nameFlags = new Uint8Array(tokens.length);
    const isName = (i: number) => {
      if (i >= tokens.length) return false;
      let flag = nameFlags[i];
      if (flag === undefined) return NAME_WORD.test((tokens[i] as Token).text);
      if (flag === 0) {
        const word = (tokens[i] as Token).text;
        // Most tokens are lowercase words, which a first character settles without the pattern.
        const first = word.charCodeAt(0);
        flag = (first >= 128 || (first >= 65 && first <= 90)) && NAME_WORD.test(word) ? 1 : 2;
        nameFlags[i] = flag;
      }
      return flag === 1;
    };
    // "World Athletics president Sebastian Coe", "Tesla boss Elon Musk": the capitalized words right before
    // a lowercase role and its holder name the body the role is in, unless they are a place ("Texas
    // governor"), a nationality or a sentence's opening word.
    const addBodyBeforeRole = (tokens: readonly Token[], roleAt: number, unit: number) => {
      let a = roleAt;
      while (a > 0 && roleAt - a < 3 && isName(a - 1)) a--;
      while (a < roleAt && NOT_A_BODY_OPENER((tokens[a] as Token).text)) a++;
      if (a === roleAt || (a > 0 && isName(a - 1))) return;
      // A sentence's one opening word may be a noun ("Opposition leader Maria Corina Machado").
      const opening = a === 0 && roleAt === 1;
      if (opening && !KNOWN_ORGANIZATIONS.has(lowerCase((tokens[0] as Token).text))) return;
      const start = (tokens[a] as Token).start;
      const end = (tokens[roleAt - 1] as Token).end;
      const name = text.slice(start, end);
      if (!free(start, end) || options.isPlace?.(name.toLowerCase()) || DEMONYMS.has(name.toLowerCase())) return;
      covered.fill(1, start, end);
      out.push({ text: name, start, end, type: 'ORG', unit, cue: true });
    };
    for (let i = 0; i < tokens.length; i++) {
      const word = (tokens[i] as Token).text;
      // "Chief Executive Elon Musk": "Chief" opens a title only with the word that makes it one, and two
      // name words must follow (not "Chief Data Officer", "Chief Economist").
      const chief = word === 'Chief' && TITLE_AFTER_CHIEF.has(tokens[i + 1]?.text ?? '');
      if (options.afterTitles !== false && (PERSON_TITLES.has(word) || chief)) {
        let a = i + 1;
        // "Chief Financial Officer Amy Hood": the rest of a title opened by "Chief".
        const continues = (k: number) =>
          PERSON_TITLES.has((tokens[k] as Token).text) || (chief && TITLE_AFTER_CHIEF.has((tokens[k] as Token).text));
        while (a < tokens.length && continues(a)) a++;
        let b = a;
        while (b < tokens.length && b - a < 3 && isName(b) && !PERSON_TITLES.has((tokens[b] as Token).text)) b++;
        // "Deaf President Now!": a word of a title's text, not a name.
        if (b - a === 1 && CAPITALIZED_NON_NAMES.has((tokens[a] as Token).text)) b = a;
        // "Director" heads job titles as often as names ("Director Growth Marketing at…"): only where what a
        // person does follows ("Director Walter Salles accepted…").
        const jobTitle = tokens[a - 1]?.text === 'Director' && !VERB_LIKE.test(tokens[b]?.text ?? '');
        // Two words at least when the sentence is in capitals everywhere is not a name pattern.
        if (b - a >= (chief ? 2 : 1) && !(b < tokens.length && isName(b)) && !jobTitle) {
          const start = (tokens[a] as Token).start;
          const end = (tokens[b - 1] as Token).end;
          if (free(start, end) && !/^\p{Lu}+$/u.test(text.slice(start, end).replace(/\s/g, ''))) {
            covered.fill(1, start, end);
            out.push({ text: text.slice(start, end), start, end, type: 'PER', unit: u });
          } else if (HONORIFICS.has(word.replace(/\.$/, ''))) {
            // "Mrs Hampton", "Mr Washington": the tagger read the name after an honorific as the place.
            const found = out.findIndex((m) => m.start === start && m.end === end && m.type === 'LOC');
            if (found >= 0) out[found] = { ...(out[found] as TaggedMention), type: 'PER' };
          }
        }
      }
      // "the Conservative leader Kemi Badenoch", "chief executive Elon Musk": a role written in lowercase
      // right before two or three name words (journalism's "false title") is a person's, even where the
      // tagger did not know the first name.
      // "official" only after whom the official serves ("Hamas official Osama Hamdan"), as it is also an
      // adjective ("the official Tor Browser").
      const role =
        LOWERCASE_ROLES.has(word) || (word === 'official' && i > 0 && /^\p{Lu}/u.test(tokens[i - 1]?.text ?? ''));
      if (options.afterTitles !== false && role) {
        // Particles inside the name: "striker Ruud van Nistelrooy".
        const particle = (k: number) => k > i + 1 && PARTICLES.has(tokens[k]?.text ?? '') && isName(k + 1);
        // "captain William Troost-Ekong": a hyphen inside a word, between two of its name parts.
        const innerHyphen = (k: number) =>
          k > i + 1 &&
          tokens[k]?.text === '-' &&
          isName(k + 1) &&
          (tokens[k - 1] as Token).end === (tokens[k] as Token).start &&
          (tokens[k] as Token).end === (tokens[k + 1] as Token).start;
        let b = i + 1;
        let hyphens = 0;
        while (b < tokens.length && b - i - 2 * hyphens <= 4) {
          if (innerHyphen(b)) {
            hyphens++;
            b += 2;
          } else if (isName(b) || particle(b)) b++;
          else break;
        }
        const names = tokens
          .slice(i + 1, b)
          .map((t) => t.text)
          .filter((t) => t !== '-');
        if (names.length >= 2 && !(b < tokens.length && isName(b)) && !names.some((w) => ORG_WORDS.has(w))) {
          if (ORG_ROLES.has(word)) addBodyBeforeRole(tokens, i, u);
          const start = (tokens[i + 1] as Token).start;
          const end = (tokens[b - 1] as Token).end;
          if (!names.every((w) => /^\p{Lu}+$/u.test(w))) {
            if (free(start, end)) {
              covered.fill(1, start, end);
              out.push({ text: text.slice(start, end), start, end, type: 'PER', unit: u });
            } else {
              // What the tagger saw of the name right after a role, a place or an organization or a piece,
              // is the person who holds it ("Hezbollah's leader Hassan Nasrallah" gave the place "Hassan"),
              // unless the name is a known one or a mention reaches past it.
              const inside = out.filter((m) => m.start >= start && m.end <= end);
              const reaches = out.some((m) => m.start < end && start < m.end && !(m.start >= start && m.end <= end));
              const known = KNOWN_FORMS.get(names[0] as string)?.some((c) => c.words.join(' ') === names.join(' '));
              if (inside.length > 0 && !reaches && !known) {
                out = out.filter((m) => !inside.includes(m));
                covered.fill(1, start, end);
                out.push({ text: text.slice(start, end), start, end, type: 'PER', unit: u });
              }
            }
          }
        }
      }
      // "Partick Thistle", "Bristol Rovers": a capitalized word and a club's last word, which the tagger may
      // miss together ("Thistle" being a plant to it).
      if (
        CLUB_ONLY_LAST_WORDS.has((tokens[i + 1] as Token | undefined)?.text ?? '') &&
        isName(i) &&
        !(i > 0 && isName(i - 1))
      ) {
        const start = (tokens[i] as Token).start;
        const end = (tokens[i + 1] as Token).end;
        const town = out.findIndex((m) => m.start === start && m.end === (tokens[i] as Token).end);
        if (free(start, end) && !ARTICLES.has(lowerCase((tokens[i] as Token).text))) {
          covered.fill(1, start, end);
          out.push({ text: text.slice(start, end), start, end, type: 'ORG', unit: u, cue: true });
        } else if (town >= 0 && free((tokens[i + 1] as Token).start, end)) {
          // "Bristol Rovers", where the tagger took the town alone.
          covered.fill(1, start, end);
          out[town] = { ...(out[town] as TaggedMention), end, text: text.slice(start, end), type: 'ORG', cue: true };
        }
      }
      // "Aiman Ezzat, chief executive of Capgemini", "Sarah Gilbert, a professor at Oxford": two or three
      // name words before a comma and a person's role in an organization are a person, or before what is
      // said only of people ("Jannik Sinner, the world number one", ", who", ", the 22-year-old"). So are two or three
      // before what only a person does ("Erling Haaland scored", "Kylian Mbappé was ruled out"), where the
      // tagger knew neither name.
      if (options.afterTitles !== false && isName(i) && !(i > 0 && isName(i - 1))) {
        let b = i;
        while (b < tokens.length && b - i < 3 && isName(b)) b++;
        const names = tokens.slice(i, b).map((t) => t.text);
        const cue =
          (tokens[b]?.text === ',' &&
            (roleFollows(tokens, b + 1) ||
              // "a Catering Coordinator, who…" is a job, not a name.
              (!ARTICLES.has(lowerCase(tokens[i - 1]?.text ?? '')) && personAppositiveFollows(tokens, b + 1)))) ||
          personActFollows(tokens, b);
        if (names.length >= 2 && cue) {
          const start = (tokens[i] as Token).start;
          const end = (tokens[b - 1] as Token).end;
          const personLike = !names.some(
            (w) =>
              ORG_WORDS.has(w) || PERSON_TITLES.has(w) || TITLES.has(lowerCase(w)) || LOWERCASE_ROLES.has(lowerCase(w)),
          );
          if (personLike && free(start, end) && !names.every((w) => /^\p{Lu}+$/u.test(w))) {
            covered.fill(1, start, end);
            out.push({ text: text.slice(start, end), start, end, type: 'PER', unit: u });
          }
        }
      }
      // "the town of Mai Mahiu", "the village of Kfar Aza": one to three name words are a place.
      if (PLACE_KINDS.has(word) && tokens[i + 1]?.text === 'of' && isName(i + 2)) {
        let b = i + 2;
        while (b < tokens.length && b - i < 5 && isName(b)) b++;
        const start = (tokens[i + 2] as Token).start;
        const end = (tokens[b - 1] as Token).end;
        if (!isName(b) && free(start, end)) {
          covered.fill(1, start, end);
          // A cue, sure enough to outvote the tagger on the name's other mentions ("Positano perches…").
          out.push({ text: text.slice(start, end), start, end, type: 'LOC', unit: u, cue: true });
        }
      }
      // "SE" is also a street's quarter ("Pennsylvania Avenue SE") and an author's initials in a list of
      // references ("Chiuve SE, Fung TT"): a company's only elsewhere ("Porsche SE", "Allianz SE").
      const notCompanySE =
        word === 'SE' &&
        (STREET_WORDS.has(tokens[i - 1]?.text ?? '') ||
          CITED_AUTHOR_NEXT.test(text.slice((tokens[i] as Token).end, (tokens[i] as Token).end + 24)));
      const suffix = COMPANY_SUFFIXES.has(word) || COMPANY_TRADE_SUFFIXES.has(word);
      if (options.companySuffixes !== false && suffix && i > 0 && isName(i - 1) && !notCompanySE) {
        let a = i - 1;
        while (a > 0 && a > i - 5 && isName(a - 1) && !PERSON_TITLES.has((tokens[a - 1] as Token).text)) a--;
        // "The LLC", "Your LLC": an article or a pronoun is no part of the company's name.
        while (a < i && CAPITALIZED_NON_NAMES.has((tokens[a] as Token).text)) a++;
        if (a === i) continue;
        const atStart = a === 0;
        const start = (tokens[a] as Token).start;
        const end = (tokens[i] as Token).end;
        // "Group" at a sentence start after one word is too weak, but for a known company ("Boeing Co
        // said"); a legal form ("Arduino SRL") is not.
        const known = KNOWN_ORGANIZATIONS.has(lowerCase((tokens[a] as Token).text));
        if (atStart && i - a === 1 && WEAK_COMPANY_SUFFIXES.has(word) && !known) continue;
        // Replace mentions inside the span (the tagger's "Boeing" as a place, say).
        const inside = out.filter((m) => m.start >= start && m.end <= end);
        const overlapping = out.some((m) => m.start < end && start < m.end && !(m.start >= start && m.end <= end));
        if (overlapping) continue;
        for (const m of inside) out.splice(out.indexOf(m), 1);
        covered.fill(1, start, end);
        out.push({ text: text.slice(start, end), start, end, type: 'ORG', unit: u });
      }
    }
  });
  return out;
}

function personActFollows(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at]?.text;
  if (next === undefined) return false;
  if (PERSON_ACTS.has(next)) return true;
  const after = tokens[at + 1]?.text ?? '';
  const third = tokens[at + 2]?.text ?? '';
  if (next !== 'was') return false;
  // "The shop was born out of a camper van": a venture's origin, not a birth.
  if (after === 'born') return !['out', 'from', 'of'].includes(third);
  return PERSON_STATES.has(after) || (after === 'ruled' && third === 'out');
}

/**
 * Whether what is said of a person starts at token `at`, after a comma: "who" ("Jannik Sinner, who beat…"),
 * an age ("the 22-year-old", "a 45-year-old") or a player's ranking ("the world number one").
 */
function personAppositiveFollows(tokens: readonly Token[], at: number): boolean {
  const first = tokens[at]?.text ?? '';
  if (first === 'who') return !TEAM_WHO_VERBS.has(tokens[at + 1]?.text ?? '');
  if (!ARTICLES.has(first)) return false;
  const second = tokens[at + 1]?.text ?? '';
  if (/^\d{1,3}$/.test(second) && tokens[at + 2]?.text === '-' && tokens[at + 3]?.text === 'year') return true;
  return second === 'world' && /^(?:number|No\.?)$/.test(tokens[at + 2]?.text ?? '');
}

/**
 * Whether a person's role in an organization starts at token `at`: an optional article, up to two
 * lowercase words ("senior", "former"), the role, then "of", "at" or "for" ("the former chief executive of").
 */
function roleFollows(tokens: readonly Token[], at: number): boolean {
  let i = at;
  if (ARTICLES.has(lowerCase(tokens[i]?.text ?? ''))) i++;
  // "the group's founder", "the company's chief executive": the role held in the body just named.
  const owner = tokens[i]?.text ?? '';
  if (OWNERS.has(owner) && tokens[i + 1]?.text === "'s") {
    const role = lowerCase(tokens[i + 2]?.text ?? '');
    if (ROLES_AFTER_NAME.has(role) || LOWERCASE_ROLES.has(role)) return true;
  }
  for (let extra = 0; extra <= 2; extra++, i++) {
    const word = tokens[i]?.text ?? '';
    const next = lowerCase(tokens[i + 1]?.text ?? '');
    if (ROLES_AFTER_NAME.has(lowerCase(word)) && ROLE_LINKS.has(next)) return true;
    // A list of roles ("Chief Actuary, or CEO of…") is not a name and its role.
    if (!/^\p{Ll}+$/u.test(word) || word === 'or' || word === 'and') return false;
  }
  return false;
}

/** Words of a street's name, after which "SE" or "NW" is the quarter of the city. */
const STREET_WORDS = new Set([
  'Street',
  'St',
  'St.',
  'Avenue',
  'Ave',
  'Ave.',
  'Road',
  'Rd',
  'Boulevard',
  'Blvd',
  'Drive',
  'Way',
  'Place',
]);
/** ", Fung TT": the next author of a list of references, surname then initials. */
const CITED_AUTHOR_NEXT = /^\s?,\s+\p{Lu}[\p{L}'-]+\s+\p{Lu}{1,3}\b/u;
/** Bodies a role is held in, named by their kind: "the group's founder", "the country's president". */
const OWNERS = new Set(['group', 'company', 'firm', 'bank', 'country', 'party', 'club', 'team', 'agency', 'union']);

const TYPE_OF_KNOWN: Record<string, TagType> = { person: 'PER', organization: 'ORG', place: 'LOC' };

/** Lowercase roles held in a body, written after the body's name ("Hamas leader", "Tesla boss"). */
const ORG_ROLES = new Set(
  'president chairman chairwoman chief spokesman spokeswoman spokesperson official boss director executive ceo founder co-founder leader captain'.split(
    ' ',
  ),
);
/** Capitalized words that open a sentence or a title, or say which side a person is on, not a body's name. */
const NOT_A_BODY_OPENER = (word: string): boolean =>
  CAPITALIZED_NON_NAMES.has(word) ||
  LEADING_CONNECTIVES.has(lowerCase(word)) ||
  PERSON_TITLES.has(word) ||
  SIDES.has(word);
/** "the Conservative leader Kemi Badenoch": a party's adjective, not its name. */
const SIDES = new Set(
  'Conservative Liberal Democratic Republican Socialist Communist Progressive Nationalist Opposition Government'.split(
    ' ',
  ),
);

/** What a sentence may call a team before its name: "Hosts Ivory Coast", "Holders Real Madrid". */
const TEAM_CALLED = new Set([
  'Hosts',
  'Holders',
  'Champions',
  'Rivals',
  'Neighbours',
  'Neighbors',
  'Visitors',
  'Leaders',
]);
/** The word after a place or a people that makes an event of it: "U.S. Open", "Argentine Grand Prix". */
const EVENT_TAIL = /^ (?:Open|OPEN|Prix|PRIX)(?![\p{L}\d])(?! \p{Lu})/u;
/** Words of a product's model name before its number ("Arlo Pro 5"), which no surname is. */
const MODEL_WORDS = new Set('pro max ultra plus mini air lite neo edge series mark model version gen'.split(' '));
/** A particle and a capitalized word joined to a name by hyphens: the "-sur-Mer" of "Boulogne-sur-Mer". */
const PARTICLE_TAIL =
  /^-(?:sur|sous|en|le|la|les|de|du|des|lès|am|an|im|upon|on|under|by)-\p{Lu}\p{L}+(?:-\p{Lu}\p{L}+)*(?![\p{L}\d-])/u;
/**
 * A capitalized word written against a hyphen, right before a mention: the "Hapag-" of "Hapag-Lloyd", the
 * "Crans-sur-" of "Crans-sur-Sierre".
 */
const HYPHENATED_FIRST_HALF =
  /(\p{Lu}\p{L}{2,}(?:-(?:sur|sous|en|le|la|les|de|du|des|lès|am|an|im|upon|on|under|by))?)-$/u;
/** Combining forms that join two names without making one: "Sino-US", "Franco-German", "Anglo-Dutch". */
const NAME_PREFIXES = new Set('sino franco anglo indo afro euro pan pro anti non pre post mid trans ex neo'.split(' '));
/** What stands before a country in its bank's name: "Bank of ", "Central Bank of ", "People's Bank of ". */
const BANK_OF =
  /(?:(?:Central|Reserve|National|People's|People’s|State|Development|Export-Import|Commercial) )?Bank of $/;
/** The kinds of court a court's name says before "Court". */
const COURT_KINDS = new Set([
  'District',
  'High',
  'Supreme',
  'Constitutional',
  'Appeals',
  'Appellate',
  'Federal',
  'Criminal',
  'Circuit',
  'Administrative',
  'Magistrates',
  "Magistrates'",
  'Crown',
  'County',
  'Superior',
  'Family',
  'Military',
]);
/** Head words of a thing's name before "of" that follow given names too ("Addison Gallery of American Art"). */
const NOT_A_SURNAME_BEFORE_OF = new Set(
  'Gallery Galleries Seal Award Awards Prize Medal Order Cross Cup Trophy Theatre Theater Studio Studios Collection Fund Festival Hotel Church Chapel Cathedral Temple'.split(
    ' ',
  ),
);
/** A lowercase word that is no preposition or conjunction: the verb after a name ("accepted", "said"). */
const VERB_LIKE = /^(?!(?:at|of|for|in|on|and|or|with|from|to|by)$)\p{Ll}{2,}$/u;
/** A country's short name written before an institution's ("U.S. Securities and…", "UK Health Security…"). */
const COUNTRY_PREFIX = /(?:^|\s)(U\.S\.|US|UK|U\.K\.|EU)\s+$/;

/** Surface forms of the known-alias table as token sequences, by first token. */
const KNOWN_FORMS = new Map<string, { words: string[]; type: TagType }[]>();
for (const entry of KNOWN_ALIASES) {
  for (const form of [entry.name, ...entry.aliases]) {
    // Two-letter acronyms that are also words in capitals ("US" = "us", "UN" = French "un") are too
    // ambiguous; "EU" and "UK" are no words.
    if (form === 'US' || form === 'UN') continue;
    // Split as the text is ("Dick’s" is "Dick" and "’s"), so each form meets its tokens.
    const words = tokenize(form).map((t) => t.text);
    const list = KNOWN_FORMS.get(words[0] as string) ?? [];
    list.push({ words, type: TYPE_OF_KNOWN[entry.type] as TagType });
    list.sort((a, b) => b.words.length - a.words.length);
    KNOWN_FORMS.set(words[0] as string, list);
  }
}

// ASCII first, as startsUpper (names.ts): this runs on every token of a long article.
const startsLower = (s: string): boolean => {
  const code = s.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  const c = s[0] ?? '';
  return c !== c.toUpperCase();
};

/** A minister's title before the portfolio the tagger took into the holder's name: "Minister for ". */
const PORTFOLIO_TITLE_BEFORE =
  /\b(?:Minister|Secretary|Commissioner|Spokesman|Spokeswoman|Spokesperson) (?:for|of) (?:\p{Lu}\p{Ll}+ (?:and|&) )?$/u;

/**
 * "a Nike Tim Tebow shirt", "the Apple Tim Cook keynote": a known company and a person named in full after
 * it, which the tagger read as one person, are two names.
 */
function companyBeforePerson(
  text: string,
  mentions: TaggedMention[],
  isFirstName?: (lowercased: string) => boolean,
): TaggedMention[] {
  return mentions.flatMap((m) => {
    if (m.type !== 'PER') return [m];
    const words = m.text.split(' ');
    const company = words[0] as string;
    if (
      words.length < 3 ||
      !KNOWN_ORGANIZATIONS.has(company.toLowerCase()) ||
      !isFirstName?.((words[1] as string).toLowerCase())
    )
      return [m];
    const personStart = m.start + company.length + 1;
    return [
      { ...m, end: m.start + company.length, text: company, type: 'ORG' as TagType },
      { ...m, start: personStart, text: text.slice(personStart, m.end) },
    ];
  });
}

/** "Minister for Families John Elferink": the portfolio ("Families") is no part of the holder's name. */
function withoutPortfolio(text: string, mentions: TaggedMention[]): TaggedMention[] {
  return mentions.map((m) => {
    if (m.type !== 'PER' || !PORTFOLIO_TITLE_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))) return m;
    const words = m.text.split(' ');
    if (words.length < 3) return m;
    const start = m.start + (words[0] as string).length + 1;
    return { ...m, start, text: text.slice(start, m.end) };
  });
}

/**
 * "JPMorgan Chase CEO Jamie Dimon": a title inside a person's name ends what came before it; the person is
 * what follows.
 */
function endAtInnerTitle(
  text: string,
  mentions: TaggedMention[],
  isFirstName?: (lowercased: string) => boolean,
): TaggedMention[] {
  return mentions.map((m) => {
    if (m.type === 'LOC') return m;
    const inner = INNER_TITLE.exec(m.text);
    if (!inner) return m;
    const start = m.start + inner[0].length;
    const name = text.slice(start, m.end);
    // "US Secretary of State Dean Acheson", read as one body: the holder named in full after the title.
    if (m.type === 'ORG' && !isFirstName?.((name.split(/\s/)[0] as string).toLowerCase())) return m;
    return { ...m, start, text: name, type: 'PER' as TagType };
  });
}

/** "New York Yankees": a listed place and a team's nickname after it (TEAM_NICKNAMES, one or two words). */
function isTeamOfPlace(name: string, isPlace: ((lowercased: string) => boolean) | undefined): boolean {
  if (!isPlace) return false;
  const words = name.split(/\s+/);
  for (const take of [1, 2]) {
    if (words.length <= take) break;
    const nickname = words.slice(-take).join(' ');
    if (TEAM_NICKNAMES.has(nickname)) return isPlace(words.slice(0, -take).join(' ').toLowerCase());
  }
  return false;
}

/** A party's member written before a full name: "Lib Dem Nick Clegg", "Tory Boris Johnson", "Republican Ted Cruz". */
const PARTY_BEFORE_NAME =
  /^(Lib Dem|Liberal Democrat|Tory|Labour|Conservative|Republican|Democrat|Ukip|UKIP|SNP|Green|Plaid)\s+(?=\p{Lu}\S*\s+\p{Lu})/u;
/** Last words of a club's name that end no other name ("United", "Rangers", "Athletic" do). */
const CLUB_ONLY_LAST_WORDS = new Set(['Thistle', 'Rovers', 'Wanderers', 'Hotspur', 'Albion']);
/** What a national body does, written before the nation: "Police Scotland", "Sport England", "Visit Wales". */
const NATIONAL_BODY_WORDS = new Set(
  'Police Sport Cricket Rugby Football Athletics Golf Hockey Swimming Netball Tennis Transport Visit Creative Historic Natural Healthwatch Tourism Homes Education Skills Arts Cycling Rowing Boxing Gymnastics'.split(
    ' ',
  ),
);

/** How many words a title inside a mention's opening may have before it ("Labour MP", "Patrol Captain"). */
const MAX_WORDS_BEFORE_INNER_TITLE = 2;

/** One or two initials written right before a name: "F. ", "H. G. ". */
const INITIALS_BEFORE = /(?:^|[\s("“‘—–])((?:\p{Lu}\. ?){1,2}) $/u;
/** A cheap first look: a capital, a stop and a space right before the mention. */
const INITIALS_START = /\p{Lu}\. $/u;
/** A street's name ending in its kind ("Jefferson St."), which a compass point before it belongs to. */
const STREET_END = /\s(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Pkwy|Parkway|Way)\.?$/;
/** The word before an opening initial, when that word is capitalized ("Plan B. John Smith…"). */
const CAPITALIZED_BEFORE = /(\p{Lu}[\p{L}.’'-]*)\s+$/u;

/**
 * "F. Scott Fitzgerald", "J. Robert Oppenheimer": initials written before a person's name the tagger began
 * after them are the name's. Not after a capitalized word that is not a title: "Plan B." and "Group C." end
 * a sentence before the name does.
 */
function withLeadingInitials(text: string, mentions: TaggedMention[], units: readonly Token[][]): TaggedMention[] {
  const ends = new Set(mentions.map((m) => m.end));
  return mentions.map((m) => {
    if (m.type !== 'PER' || !INITIALS_START.test(text.slice(Math.max(0, m.start - 3), m.start))) return m;
    const hit = INITIALS_BEFORE.exec(text.slice(Math.max(0, m.start - 8), m.start));
    if (!hit) return m;
    const start = m.start - 1 - (hit[1] as string).length;
    // Within the mention's own sentence, and no other mention ends on the initials.
    if (start < ((units[m.unit] ?? [])[0]?.start ?? 0)) return m;
    for (let at = start; at < m.start; at++) if (ends.has(at + 1)) return m;
    // "W. Jefferson St.", "E. Roosevelt": a compass point before a street's name, which the tagger read as
    // a person's. A lone N., S., E. or W. is a person's initial only before two words ("E. Jean Carroll").
    if (/^[NSEW]\. ?$/.test(hit[1] as string) && (!m.text.includes(' ') || STREET_END.test(m.text))) return m;
    const word = CAPITALIZED_BEFORE.exec(text.slice(Math.max(0, start - 24), start))?.[1];
    if (word && !PERSON_TITLES.has(word) && !TITLES.has(lowerCase(word))) return m;
    return { ...m, start, text: text.slice(start, m.end) };
  });
}

/** " of Management", " of the Arts", " of Economics and Political Science": the rest of an institution's name. */
const OF_REST = /^ of ((?:the )?\p{Lu}[\p{L}&'’-]*(?: (?:and |& )?\p{Lu}[\p{L}&'’-]*){0,3})/u;

/**
 * "Kellogg School of Management", "London School of Economics": an institution's name goes on through
 * "of" and the capitalized words after it. The tagger stops at "of", reads the part before it as a person
 * or a place, and the part after as another name; the whole is one organization.
 */
function institutionsGoOnThroughOf(text: string, mentions: TaggedMention[]): TaggedMention[] {
  const extended = new Map<TaggedMention, TaggedMention>();
  for (const m of mentions) {
    if (!INSTITUTION_END.test(m.text) || !/\s/.test(m.text)) continue;
    const rest = OF_REST.exec(text.slice(m.end, m.end + 100));
    if (!rest) continue;
    const end = m.end + rest[0].length;
    extended.set(m, { ...m, end, text: text.slice(m.start, end), type: 'ORG' });
  }
  if (extended.size === 0) return mentions;
  const spans = [...extended.values()];
  return mentions.flatMap((m) => {
    const whole = extended.get(m);
    if (whole) return [whole];
    // What the tagger found inside the rest of the name ("Management", "Economics") is part of it.
    return spans.some((w) => m.start >= w.start && m.end <= w.end) ? [] : [m];
  });
}

export function refineMentions(
  text: string,
  mentions: readonly TaggedMention[],
  units: readonly Token[][],
  options: RefineOptions = {},
): TaggedMention[] {
  // "Jiffy Lube®" is "Jiffy Lube": trademark signs are not part of the name. "Shares of British Airways
  // fell": the tagger ran the sentence's opening words into the company's name.
  let out = mentions.map((m) => {
    const mark = TRADEMARK_END.exec(m.text);
    const trimmed =
      mark && mark.index > 0 ? { ...m, end: m.end - mark[0].length, text: m.text.slice(0, mark.index) } : m;
    const holding = HOLDING_BEFORE_NAME.exec(trimmed.text);
    if (!holding) return trimmed;
    const cut = holding[0].length;
    return { ...trimmed, start: trimmed.start + cut, text: trimmed.text.slice(cut) };
  });
  // Before the known names are looked for, which the tagger's span can hide ("JPMorgan Chase CEO…").
  out = endAtInnerTitle(text, out, options.isFirstName);
  out = institutionsGoOnThroughOf(text, out);
  out = withLeadingInitials(text, out, units);
  out = splitPlacePossessive(out, options.isPlace);

  const covered = new Uint8Array(text.length + 1);
  for (const m of out) covered.fill(1, m.start, m.end);
  const sentenceStarts = new Set(units.flatMap((tokens) => (tokens[0] ? [tokens[0].start] : [])));
  // A sentence's start, which may also follow a dateline's dash ("THE HAGUE (Reuters) - The…").
  const opensSentence = (at: number): boolean =>
    sentenceStarts.has(at) || /[-–—]\s+$/.test(text.slice(Math.max(0, at - 3), at));

  if (options.knownAliases !== false) {
    // The tagger's mentions by their first character, so each known name finds the ones inside it without
    // a pass over all mentions (a long text repeats its known names thousands of times).
    const byStart = new Map<number, TaggedMention>();
    for (const m of out) byStart.set(m.start, m);
    const replaced = new Set<TaggedMention>();
    // "U.S. Centers for Disease Control": the tagger ran a country's short name into a known name and
    // stopped inside it. The country is the place, apart, and the known name is found whole after it.
    const splitCountryPrefix = (start: number, end: number): void => {
      const prefix = COUNTRY_PREFIX.exec(text.slice(Math.max(0, start - 6), start));
      if (!prefix) return;
      const name = prefix[1] as string;
      const nameStart = start - prefix[0].length + prefix[0].indexOf(name);
      const at = out.findIndex((m) => m.start === nameStart && m.end > start && m.end <= end);
      const m = out[at];
      if (!m) return;
      const country = { ...m, text: name, end: nameStart + name.length, type: 'LOC' as const };
      out[at] = country;
      byStart.set(country.start, country);
      covered.fill(0, country.end, m.end);
    };
    units.forEach((tokens, u) => {
      for (let i = 0; i < tokens.length; i++) {
        const candidates = KNOWN_FORMS.get((tokens[i] as Token).text);
        if (!candidates) continue;
        for (const c of candidates) {
          if (i + c.words.length > tokens.length) continue;
          if (!c.words.every((w, k) => (tokens[i + k] as Token).text === w)) continue;
          const start = (tokens[i] as Token).start;
          const end = (tokens[i + c.words.length - 1] as Token).end;
          if (covered[start - 1] === 1 && c.words.length >= 2) splitCountryPrefix(start, end);
          if (covered.subarray(start, end).some((x) => x === 1)) {
            // Mentions wholly inside a longer known name are its pieces ("Bosnia", "Herzegovina", the
            // "Madrid" of "Real Madrid"); one reaching past it is a longer name of its own ("United States
            // Army"), and stays. One the same as the known name stays the tagger's, whose type assembly
            // corrects and whose person reading joins a lone surname to it ("Eli Lilly", "Lilly").
            const reachesPast = covered[start - 1] === 1 || covered[end] === 1;
            const pieces: TaggedMention[] = [];
            // "Newfoundland and Labrador Court of Appeal": an institution the tagger began at the known
            // name's last part is the whole place's.
            let institution: TaggedMention | undefined;
            for (let k = 0; k < c.words.length; k++) {
              const m = byStart.get((tokens[i + k] as Token).start);
              if (m && m.end <= end && !replaced.has(m)) pieces.push(m);
              else if (m && k > 0 && m.type === 'ORG' && c.type === 'LOC' && !replaced.has(m)) institution = m;
            }
            if (institution && covered[start - 1] !== 1) {
              for (const m of [...pieces, institution]) replaced.add(m);
              const through = institution.end;
              covered.fill(1, start, through);
              out.push({ text: text.slice(start, through), start, end: through, type: 'ORG', unit: u });
              while (i + 1 < tokens.length && (tokens[i + 1] as Token).start < through) i++;
              break;
            }
            const whole = pieces.some((m) => m.start === start && m.end === end);
            if (c.words.length < 2 || reachesPast || whole || pieces.length === 0) break;
            for (const m of pieces) replaced.add(m);
          }
          covered.fill(1, start, end);
          out.push({ text: text.slice(start, end), start, end, type: c.type, unit: u });
          i += c.words.length - 1;
          break;
        }
      }
    });
    if (replaced.size > 0) out = out.filter((m) => !replaced.has(m));

    // "platforms such as TikTok, Instagram and Snapchat", "rivals AMD and Nvidia": a company the press names
    // daily, written alone within a sentence, is found where the tagger missed it. Not inside a run of
    // capitalized words (a heading's "Apple Cider Vinegar"), nor at a sentence's start where the name is
    // also a word ("Apple pie is…", "Zoom in").
    units.forEach((tokens, u) => {
      for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i] as Token;
        if (!startsUpper(token.text) || covered[token.start] === 1) continue;
        // Lowercased only for capitalized words: this pass runs on every token.
        const lowered = lowerCase(token.text);
        if (!KNOWN_ORGANIZATIONS.has(lowered)) continue;
        // A capitalized word before it stands for a run, but for a sentence's opening "Former" or "The".
        const previous = tokens[i - 1]?.text ?? '';
        const opener = i === 1 && (LEADING_CONNECTIVES.has(lowerCase(previous)) || CAPITALIZED_NON_NAMES.has(previous));
        // A title of its staff and the name after it is no run of capitals, and no word either: "Apple CEO Tim
        // Cook", "Google Chief Executive Sundar Pichai".
        const next = tokens[i + 1]?.text ?? '';
        const after = tokens[i + 2]?.text ?? '';
        const staff =
          (PERSON_TITLES.has(next) && startsUpper(after)) || (next === 'Chief' && TITLE_AFTER_CHIEF.has(after));
        if (i === 0 ? ORGANIZATIONS_ALSO_WORDS.has(lowered) && !staff : startsUpper(previous) && !opener) continue;
        // A model number after it is no run of capitals: "Airbus A350".
        if (startsUpper(next) && !/\d/.test(next) && !staff) continue;
        covered.fill(1, token.start, token.end);
        out.push({ text: token.text, start: token.start, end: token.end, type: 'ORG', unit: u });
      }
    });
  }

  // "the U.S. Open", "ARGENTINE GRAND PRIX": the tagger stopped before the word that makes the name an
  // event's; with it, assembly reads the event for what it is.
  out = out.map((m) => {
    // A place's ("U.S. Open") or a headline's; a company's "ZTE Open" is its product.
    if (m.type !== 'LOC' && !(m.text === m.text.toUpperCase() && m.text.includes(' '))) return m;
    const tail = EVENT_TAIL.exec(text.slice(m.end, m.end + 8));
    if (!tail || covered[m.end + 1] === 1) return m;
    const end = m.end + tail[0].length;
    covered.fill(1, m.end, end);
    return { ...m, end, text: text.slice(m.start, end) };
  });
  // "Hapag-Lloyd AG", "Rolls-Royce Holdings", "Mercedes-Benz Group": the tagger cut a hyphenated name at
  // its hyphen and kept the second half (and perhaps the first as a mention of its own). The halves are one
  // name, typed as the part that reaches the end ("AG", "Holdings" make it a company).
  const firstHalves = new Set<TaggedMention>();
  out = out.map((m) => {
    const half = HYPHENATED_FIRST_HALF.exec(text.slice(Math.max(0, m.start - 24), m.start));
    if (!half || NAME_PREFIXES.has((half[1] as string).toLowerCase())) return m;
    const wordStart = m.start - half[0].length;
    if (wordStart > 0 && /[\p{L}\d-]/u.test(text[wordStart - 1] ?? '')) return m;
    // A mention ending at the hyphen ("Sergio Martínez" of "Sergio Martínez-Beltrán") is the first half.
    const before = out.find((o) => o.end === m.start - 1 && o.start <= wordStart);
    if (!before && covered[wordStart] === 1) return m;
    if (before) firstHalves.add(before);
    const start = before ? before.start : wordStart;
    covered.fill(1, start, m.start);
    return { ...m, start, text: text.slice(start, m.end) };
  });
  if (firstHalves.size > 0) out = out.filter((m) => !firstHalves.has(m));
  // "Boulogne-sur-Mer", "Stratford-upon-Avon": the tagger stopped at the first part of a name joined by a
  // particle (and may have read the last part as a mention of its own).
  const lastParts = new Set<TaggedMention>();
  out = out.map((m) => {
    const tail = PARTICLE_TAIL.exec(text.slice(m.end, m.end + 32));
    if (!tail) return m;
    const end = m.end + tail[0].length;
    const inside = out.filter((o) => o !== m && o.start >= m.end && o.end <= end);
    if (out.some((o) => o !== m && !inside.includes(o) && o.start < end && o.end > m.end)) return m;
    for (const o of inside) lastParts.add(o);
    covered.fill(1, m.end, end);
    return { ...m, end, text: text.slice(m.start, end) };
  });
  if (lastParts.size > 0) out = out.filter((m) => !lastParts.has(m));
  out = withPurposes(text, out, units, covered);
  out = joinAmpersandNames(text, out, units, covered, sentenceStarts);
  out = addDefinedNames(text, out, units, covered, options.isPlace);
  if (options.companySuffixes !== false || options.afterTitles !== false) {
    out = addPatternMentions(text, out, units, covered, options);
  }
  // "the Bank of Italy", "the Central Bank of Nigeria": a country's bank, which the tagger read as the country
  // (and "Central Bank" as a place of its own).
  const bankParts = new Set<TaggedMention>();
  out = out.map((m) => {
    if (m.type !== 'LOC') return m;
    const bank = BANK_OF.exec(text.slice(Math.max(0, m.start - 40), m.start));
    if (!bank) return m;
    const start = m.start - bank[0].length;
    const inside = out.filter((o) => o.start >= start && o.end <= m.start - 3);
    const outside = out.some((o) => o !== m && !inside.includes(o) && o.start < m.start && o.end > start);
    if (outside || covered[start - 2] === 1) return m;
    for (const o of inside) bankParts.add(o);
    covered.fill(1, start, m.start);
    return { ...m, start, text: text.slice(start, m.end), type: 'ORG' as TagType };
  });
  if (bankParts.size > 0) out = out.filter((m) => !bankParts.has(m));
  if (options.companyCues !== false) out = addCompanyCueMentions(text, out, units, covered);
  out = addInstitutionMentions(text, out, units, covered);
  out = addCapitalMentions(out, units, covered);
  out = addAcronymSpeakers(out, units, covered);
  out = addCitedOutlets(text, out, units, covered, options.isOutletAlias);
  out = addEastAsianNames(text, out, units, covered);
  out = readNameShapes(text, out, units, covered);
  out = addPossessivePersons(text, out, covered, options);
  out = addPersonCueMentions(text, out, units, covered);
  out = addPersonsBodies(out, units, covered);

  if (options.extendPersons !== false) {
    // The token each person mention starts at (its unit and index): only those are looked up.
    const personStarts = new Set<number>();
    for (const m of out) if (m.type === 'PER') personStarts.add(m.start);
    const tokenAt = new Map<number, { unit: number; index: number }>();
    if (personStarts.size > 0)
      units.forEach((tokens, u) => {
        tokens.forEach((t, i) => {
          if (personStarts.has(t.start)) tokenAt.set(t.start, { unit: u, index: i });
        });
      });
    out = out.map((m) => {
      if (m.type !== 'PER') return m;
      const at = tokenAt.get(m.start);
      if (!at || at.index < 1) return m;
      const tokens = units[at.unit] as Token[];
      const prev = tokens[at.index - 1] as Token;
      // At a sentence's start, the word before a one-word person followed by what only people do
      // ("Virat Kohli scored") is the person's first name.
      if (at.index === 1 && startsUpper(prev.text) && /^\p{L}+$/u.test(prev.text) && !/\s/.test(m.text)) {
        const next = tokens.findIndex((t) => t.start >= m.end);
        const lowered = lowerCase(prev.text);
        // Not "Yesterday Smith scored", "Finally Smith scored", "Meanwhile Smith…".
        const ordinaryWord =
          !TITLES.has(lowered) &&
          !CAPITALIZED_NON_NAMES.has(prev.text) &&
          !WEEKDAYS_MONTHS.has(lowered) &&
          !LEADING_CONNECTIVES.has(lowered) &&
          !lowered.endsWith('ly');
        if (ordinaryWord && next > 0 && personActFollows(tokens, next) && !covered[prev.start])
          return { ...m, start: prev.start, text: text.slice(prev.start, m.end) };
      }
      if (at.index < 2) return m;
      if (!startsUpper(prev.text) || !/^\p{L}+$/u.test(prev.text) || TITLES.has(lowerCase(prev.text))) return m;
      if (covered[prev.start]) return m;
      // Only when the word before it is lowercase, so the capital is not a sentence or headline start; or
      // after a comma or a colon where the word is a given name ("her predecessor, Andrés Manuel López Obrador").
      const before = (tokens[at.index - 2] as Token).text;
      // The name lists are written without accents ("andres").
      const unaccented = foldAccents(prev.text).toLowerCase();
      const givenName = /^[,;:(“"]$/u.test(before) && options.isFirstName?.(unaccented) === true;
      if (!startsLower(before) && !givenName) return m;
      return { ...m, start: prev.start, text: text.slice(prev.start, m.end) };
    });
    // "Sourav Ganguly 147", "Carlos Alcaraz 6-4": before a figure, the tagger ends a person at the given
    // name; the capitalized word between them is the surname.
    out = out.map((m) => {
      if (m.type !== 'PER' || /\s/.test(m.text)) return m;
      const at = tokenAt.get(m.start);
      if (!at) return m;
      const tokens = units[at.unit] as Token[];
      const next = tokens[at.index + 1];
      if (!next || !/^\d/.test(tokens[at.index + 2]?.text ?? '')) return m;
      if (!startsUpper(next.text) || !/^\p{L}+$/u.test(next.text) || covered[next.start]) return m;
      const lowered = lowerCase(next.text);
      if (WEEKDAYS_MONTHS.has(lowered) || TITLES.has(lowered) || isListedPlace(lowered, options.isPlace)) return m;
      // Not a product's model: "Arlo Pro 5", "Galaxy Ultra 2".
      if (MODEL_WORDS.has(lowered)) return m;
      if (options.isFirstName?.(foldAccents(m.text).toLowerCase()) !== true) return m;
      covered.fill(1, m.end, next.end);
      return { ...m, end: next.end, text: text.slice(m.start, next.end) };
    });
  }

  out = joinParticleNames(text, out, units, options);
  out = withSurnameParticles(text, out);

  // "Pittock Mansion", "Emperor Norton Bridge": a name ending in a place's head word is the place, even
  // where the first words are a person's (so no title is taken off it below). Words that are also
  // surnames (Bay, Temple, Strait, Ocean, Park, Hall, Lake, Street, Tower, Hills) are not in the list.
  // The same holds for a name typed an organization ("Etihad Stadium", "Heathrow Airport"), except for
  // the heads of a place that is also a body of people (a cathedral's chapter, an abbey's community), and
  // a company named by a cue ("rail operator Avanti West Coast").
  out = out.map((m) => {
    if (m.type === 'LOC' || (m.type === 'ORG' && m.cue)) return m;
    const words = m.text.split(/\s+/);
    const head = words[words.length - 1] as string;
    if (words.length < 2 || !PLACE_HEADS.has(head)) return m;
    return m.type === 'PER' || !PLACE_HEADS_OF_BODIES.has(head) ? { ...m, type: 'LOC' } : m;
  });

  // "Kyushu Electric Power", "Ford Motor", "Alaska Airlines": a name ending in the word of a company's trade
  // is the company, whatever the tagger made of the words before it. Only words no person is named
  // ("Power" alone is: Samantha Power). The same for a party named for its members ("Christian Democrats").
  out = out.map((m) => {
    if (m.type === 'ORG') return m;
    // "Texas Instruments", "Alaska Airlines": the tagger kept the place and left the trade word after it.
    // Not inside a longer name: the "Paris Motor Show" is no company.
    const tradeAfter = /^ (\p{Lu}\p{Ll}+)\b(?! \p{Lu})/u.exec(text.slice(m.end, m.end + 24));
    if (tradeAfter && COMPANY_TRADES.has(tradeAfter[1] as string) && covered[m.end + 1] !== 1) {
      const end = m.end + tradeAfter[0].length;
      covered.fill(1, m.end, end);
      return { ...m, type: 'ORG', end, text: text.slice(m.start, end) };
    }
    const words = m.text.split(/\s+/);
    const head = words[words.length - 1] as string;
    const before = words[words.length - 2];
    const trade =
      COMPANY_TRADES.has(head) ||
      PARTY_HEADS.has(head) ||
      (head === 'Power' && before === 'Electric') ||
      // "Kenya Red Cross", "Palestinian Red Crescent"
      (before === 'Red' && (head === 'Cross' || head === 'Crescent')) ||
      // "New York Police", "Pakistan Army": a force or a service named after its place.
      FORCE_HEADS.has(head) ||
      // "Seoul Central District Court", "Kuala Lumpur High Court" ("Earls Court" is a place: no kind of court).
      (head === 'Court' && COURT_KINDS.has(before ?? ''));
    return words.length >= 2 && trade ? { ...m, type: 'ORG' } : m;
  });

  // "Russia's Defence Ministry said": the tagger kept only the head word, as a person. The capitalized word
  // before it names the body; a head word alone is none.
  out = out.flatMap((m) => {
    if (m.type === 'ORG' || !ORG_HEAD_ALONE.has(m.text)) return [m];
    const before = /(\p{Lu}\p{Ll}+) $/u.exec(text.slice(Math.max(0, m.start - 24), m.start));
    const start = before ? m.start - (before[0] as string).length : m.start;
    if (!before || CAPITALIZED_NON_NAMES.has(before[1] as string) || covered[start] === 1 || sentenceStarts.has(start))
      return [];
    return [{ ...m, start, text: text.slice(start, m.end), type: 'ORG' as TagType }];
  });

  // "U.S. Secretary of State Antony Blinken": the tagger took the title's last word into the name.
  out = out.map((m) => {
    const first = /^(\p{Lu}\p{Ll}+)\s+(?=\p{Lu}\S*\s+\p{Lu})/u.exec(m.text);
    if (
      m.type !== 'PER' ||
      !first ||
      !/\b(?:Secretary|Minister|Ministry|Director|Chancellor) of $/.test(text.slice(Math.max(0, m.start - 20), m.start))
    )
      return m;
    const start = m.start + first[0].length;
    return { ...m, start, text: text.slice(start, m.end) };
  });

  // "U.S. Geological Survey", "U.S. Forest Service": the tagger can stop before the head word of a body.
  out = out.map((m) => {
    if (m.type !== 'ORG') return m;
    const head = /^ (\p{Lu}\p{Ll}+)(?![\p{L}'’-]| \p{Lu})/u.exec(text.slice(m.end, m.end + 24));
    if (!head || !FORCE_HEADS.has(head[1] as string) || covered[m.end + 1] === 1) return m;
    const end = m.end + (head[0] as string).length;
    return { ...m, end, text: text.slice(m.start, end) };
  });

  // "Airbus A350", "Boeing 737": a known maker and a model number is the maker (no name holds a digit).
  out = out.map((m) => {
    const model = /^(\S+) (?=\S*\d)\S+$/u.exec(m.text);
    if (!model || !KNOWN_ORGANIZATIONS.has((model[1] as string).toLowerCase())) return m;
    const end = m.start + (model[1] as string).length;
    return { ...m, end, text: text.slice(m.start, end), type: 'ORG' as TagType };
  });

  // "Pakistan Tehreek-e-Insaf", "Lashkar-e-Taiba": a name joined by the Urdu and Persian "-e-" or "-i-"
  // goes on past it, where the tagger stopped at the lowercase link. Such names are parties and armed groups.
  out = out.map((m) => {
    const link = /^-[ei]-\p{Lu}[\p{L}]*/u.exec(text.slice(m.end, m.end + 40));
    if (!link || covered[m.end + 3] === 1) return m;
    const end = m.end + link[0].length;
    return { ...m, end, text: text.slice(m.start, end), type: 'ORG' as TagType };
  });

  // Again, for the names that passes above have lengthened ("Snapchat CEO Evan Spiegel").
  out = endAtInnerTitle(text, out, options.isFirstName);
  out = withoutPortfolio(text, out);
  out = companyBeforePerson(text, out, options.isFirstName);

  // "the Rugby World Cup", "the Cricket World Cup": the tagger took the sport for a place ("Rugby" is a
  // town) and left the event's name after it; the whole is the event, which assembly sets aside.
  out = out.map((m) => {
    const event = /^ World (?:Cup|Championships?|Series)\b/.exec(text.slice(m.end, m.end + 24));
    if (!event || m.text.includes(' ')) return m;
    const end = m.end + event[0].length;
    return { ...m, end, text: text.slice(m.start, end) };
  });

  // "Brazilian Grand Prix": the tagger stops before "Prix", a word it hardly saw.
  out = out.map((m) => {
    if (!m.text.endsWith(' Grand') || !/^ Prix\b/.test(text.slice(m.end, m.end + 6))) return m;
    return { ...m, end: m.end + 5, text: text.slice(m.start, m.end + 5) };
  });

  // "Miyazaki prefecture", "Helmand province", "the town of Mai Mahiu": what the story calls a province or
  // a town is a place; "Morena party", "Wagner group": what it calls a party or a militia is an
  // organization, and so is a club named before its player's position ("the Al Nassr forward").
  out = out.map((m) => {
    const after = text.slice(m.end, m.end + 16);
    if (m.type === 'PER' && POSITION_AFTER.test(after)) return { ...m, type: 'ORG' };
    const kindBefore = PLACE_KIND_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start));
    if (m.type !== 'LOC' && (REGION_AFTER.test(after) || kindBefore)) return { ...m, type: 'LOC' };
    return m.type !== 'ORG' && BODY_AFTER.test(after) ? { ...m, type: 'ORG' } : m;
  });

  // "Hosts Ivory Coast won…", "Holders Real Madrid…", "Champions Liverpool…": a sentence's opening plural
  // noun run into a place or a known body is no part of its name.
  out = out.map((m) => {
    const opening = /^(\p{Lu}\p{Ll}+) (?=\p{Lu})/u.exec(m.text);
    if (!opening || !TEAM_CALLED.has(opening[1] as string)) return m;
    if (!opensSentence(m.start)) return m;
    const rest = m.text.slice(opening[0].length);
    const lowered = rest.toLowerCase();
    const known = isListedPlace(lowered, options.isPlace) || KNOWN_ORGANIZATIONS.has(lowered);
    if (!known || KNOWN_ORGANIZATIONS.has(m.text.toLowerCase())) return m;
    return { ...m, start: m.start + opening[0].length, text: rest };
  });

  // "Odinga, who said…": a name the tagger took for a place, but the lists do not know as one, followed by
  // "who" is a person. A listed place may be a team ("Nigeria, who lost the final").
  out = out.map((m) => {
    if (m.type !== 'LOC' || options.isPlace?.(m.text.toLowerCase()) !== false) return m;
    const who = /^ ?, who (\p{Ll}+)/u.exec(text.slice(m.end, m.end + 24));
    return who && !TEAM_WHO_VERBS.has(who[1] as string) ? { ...m, type: 'PER' as TagType } : m;
  });

  // An institution's head word the tagger left out ("Deutsche" of "Deutsche Bank", tagged "Bank") is
  // taken back into the name, which the next pass makes an organization.
  out = out.map((m) => {
    const head = /(\p{Lu}\p{L}+) $/u.exec(text.slice(Math.max(0, m.start - 16), m.start));
    if (!head || !INSTITUTION_FIRST_WORDS.has(head[1] as string) || covered[m.start - 2] === 1) return m;
    const start = m.start - (head[0] as string).length;
    return { ...m, start, text: text.slice(start, m.end) };
  });
  // "Police Scotland said", "Healthwatch England said": the word the tagger left before a nation names the
  // body that serves it.
  out = out.map((m) => {
    if (m.type === 'PER' || !NATIONS.has(m.text)) return m;
    const before = /(\p{Lu}\p{Ll}+) $/u.exec(text.slice(Math.max(0, m.start - 16), m.start));
    if (!before || !NATIONAL_BODY_WORDS.has(before[1] as string)) return m;
    const start = m.start - (before[0] as string).length;
    if (out.some((o) => o !== m && o.end > start && o.start < m.start)) return m;
    return { ...m, start, text: text.slice(start, m.end), type: 'ORG' as TagType };
  });
  // "Tottenham Hotspur", "Bolton Wanderers", "FC Barcelona": a sports club, whatever town or person its
  // other words name ("City" and "County" are left out: "Kansas City", "Orange County"). The same for an
  // institution named head first: "Instituto Lula", "Banco Santander", "Partido Popular".
  // So is a listed place before a team's nickname: "New York Yankees", "Kansas City Chiefs", "Toronto Maple
  // Leafs", which the tagger reads as the place.
  // "The Los Angeles Lakers’ LeBron James": the tagger stopped at the place, before the nickname.
  out = out.map((m) => {
    if (m.type !== 'LOC' || !options.isPlace?.(m.text.toLowerCase())) return m;
    const after = /^ (\p{Lu}[\p{L}\d]*)(?: (\p{Lu}\p{L}*))?/u.exec(text.slice(m.end, m.end + 32));
    if (!after) return m;
    const two = after[2] ? `${after[1]} ${after[2]}` : '';
    const nickname = TEAM_NICKNAMES.has(two) ? two : TEAM_NICKNAMES.has(after[1] as string) ? (after[1] as string) : '';
    const end = m.end + 1 + nickname.length;
    if (!nickname || /[\p{L}\d]/u.test(text[end] ?? '') || out.some((o) => o.start < end && o.end > m.end)) return m;
    return { ...m, end, text: text.slice(m.start, end) };
  });
  out = out.map((m) => {
    if (m.type === 'ORG') return m;
    const words = m.text.split(/\s+/);
    const first = words[0] as string;
    const club =
      CLUB_LAST_WORDS.has(words[words.length - 1] as string) ||
      CLUB_FIRST_WORDS.has(first) ||
      isTeamOfPlace(m.text, options.isPlace);
    return words.length >= 2 && (club || INSTITUTION_FIRST_WORDS.has(first)) ? { ...m, type: 'ORG' } : m;
  });

  // "Colorado Attorney General Phil Weiser", "Ohio Gov. Mike DeWine": the tagger can take a place and the
  // title after it for one name. The title goes and the place stays.
  out = out.map((m) => {
    // "Manhattan District Attorney", "Texas Lieutenant Governor": the title may take a word before it.
    const title = /(?:\s+(?:District|County|State|Deputy|Lieutenant|Vice))?\s+(\p{L}+\.?)$/u.exec(m.text);
    if (!title || !TRAILING_TITLES.has(title[1] as string)) return m;
    const end = m.end - title[0].length;
    const place = text.slice(m.start, end);
    return options.isPlace?.(place.toLowerCase()) ? { ...m, end, text: place, type: 'LOC' as TagType } : m;
  });

  if (options.stripTitles !== false) {
    // "Scot David Coulthard", "Briton Andy Murray": a nationality before a full name is not part of it; nor
    // is a party ("Lib Dem Nick Clegg", "Republican Ted Cruz").
    out = out.map((m) => {
      if (m.type !== 'PER') return m;
      const party = PARTY_BEFORE_NAME.exec(m.text);
      const first = party ?? /^(\p{Lu}\p{Ll}+)\s+(?=\p{Lu}\S*\s+\p{Lu})/u.exec(m.text);
      if (!first || (!party && !DEMONYMS.has((first[1] as string).toLowerCase()))) return m;
      const start = m.start + first[0].length;
      return { ...m, start, text: text.slice(start, m.end) };
    });
    // "Even Mr Khan", "Labour MP Ian Murray", "Patrol Captain Ron Johnson": a title as the second or third
    // word goes with the words before it, when a name follows it ("Clwyd West MP Mr Jones" loses its
    // "Mr" next).
    out = out.map((m) => {
      if (m.type !== 'PER') return m;
      const words = [...m.text.matchAll(/\S+/g)];
      let cut = -1;
      for (let i = 1; i < Math.min(words.length - 1, MAX_WORDS_BEFORE_INNER_TITLE + 1); i++)
        if (INNER_TITLES.has((words[i]?.[0] ?? '').toLowerCase())) cut = i + 1;
      if (cut < 0) return m;
      const rest = words.slice(cut).map((w) => w[0]);
      if (!rest.every((w) => /^\p{Lu}/u.test(w)) || WEEKDAYS_MONTHS.has(rest.join(' ').toLowerCase())) return m;
      const start = m.start + (words[cut]?.index as number);
      return { ...m, start, text: text.slice(start, m.end) };
    });
    // "Justice Scalia", "Speaker O'Neill": the title is not part of the name.
    out = out.map((m) => {
      // "Metropolitan Epiphanius", read as a place like "Metropolitan Manila": a cleric's title before one
      // word that is no place of the lists.
      const cleric = /^(?:Patriarch|Metropolitan|Archbishop|Bishop|Cardinal|Pope)\s+(\p{Lu}\p{Ll}+)$/u.exec(m.text);
      const byCleric =
        cleric !== null && m.type !== 'ORG' && !isListedPlace((cleric[1] as string).toLowerCase(), options.isPlace);
      if (m.type === 'LOC' && !byCleric) return m;
      const match = /^([\p{L}.]+)\s+(?=\p{Lu})/u.exec(m.text);
      // "Prince Mohammed bin Salman", "Crown Prince Mohammed…": a royal title, which is also a given name
      // ("Prince Harry" keeps it), goes when a full name of three words or more follows. So does a major's
      // rank before two ("Major Paul Rogers"; "John Major" is a name).
      const restWords = match ? m.text.slice(match[0].length).split(/\s+/).length : 0;
      const royal =
        (match?.[1] === 'Prince' || match?.[1] === 'Princess') && restWords >= 3
          ? true
          : match?.[1] === 'Major' && restWords >= 2;
      // "Premier" before one word may be a brand's ("Premier Inn"); premiers are named in full. A title's
      // work keeps its title ("King Kong", "King Lear").
      const rulerTitle = (match?.[1] ?? '').toLowerCase();
      const ruler =
        m.type === 'PER' &&
        RULERS_TITLES.has(rulerTitle) &&
        (rulerTitle !== 'premier' || restWords >= 2) &&
        !WORKS_NAMED_FOR_RULERS.has(m.text);
      if (!match || (!royal && !byCleric && !ruler && !STRIPPED_TITLES.has((match[1] as string).toLowerCase())))
        return m;
      // "MS Teams", "DR Congo": a title without its full stop is written "Ms", "Dr", never in capitals.
      if (/^(?:MR|MRS|MS|DR)$/.test(match[1] as string)) return m;
      // An organization keeps its words unless what follows the title is one name ("Reverend Moomaw"), not
      // a body's head word ("Justice Department", "Justice Ministry").
      const rest = m.text.slice(match[0].length);
      if (
        m.type === 'ORG' &&
        (/\s/.test(rest) || ORG_WORDS.has(rest) || INSTITUTION_END.test(rest) || BODY_END.test(rest))
      )
        return m;
      // "Mrs May", "Ms April": a name that is also a month keeps its title, or it would read as the month.
      if (WEEKDAYS_MONTHS.has(rest.toLowerCase())) return m;
      const start = m.start + match[0].length;
      return { ...m, start, text: text.slice(start, m.end), type: 'PER' as TagType };
    });
  }

  // "Microsoft Corp. and Goldman Sachs Group Inc.", "Emory University and Oglethorpe University": two
  // organizations, not one. Institutions only when both sides end like one ("Department of Agriculture and
  // Rural Development" is one).
  out = out.flatMap((m) => {
    const match = / and (?=\p{Lu})/u.exec(m.text);
    if (m.type !== 'ORG' || !match) return [m];
    const left = m.text.slice(0, match.index);
    const twoInstitutions = INSTITUTION_END.test(left) && INSTITUTION_END.test(m.text.slice(match.index + 5));
    if (!COMPANY_END.test(left) && !twoInstitutions) return [m];
    const rightStart = m.start + match.index + 5;
    return [
      { ...m, end: m.start + match.index, text: text.slice(m.start, m.start + match.index) },
      { ...m, start: rightStart, text: text.slice(rightStart, m.end) },
    ];
  });

  // "California Department of Forestry and Fire Protection": the tagger stops at "and", but a department
  // "of" two things is one body. Not when the second part names a body of its own ("Ministry of Defence
  // and Foreign Office") or is an acronym ("Department of Justice and FBI").
  out.sort((a, b) => a.start - b.start);
  const joined: TaggedMention[] = [];
  for (const m of out) {
    const previous = joined[joined.length - 1];
    const joins =
      previous?.type === 'ORG' &&
      DEPARTMENT_OF.test(previous.text) &&
      text.slice(previous.end, m.start) === ' and ' &&
      !INSTITUTION_END.test(m.text) &&
      !BODY_END.test(m.text) &&
      !/^\p{Lu}+$/u.test(m.text);
    if (joins) joined[joined.length - 1] = { ...previous, end: m.end, text: text.slice(previous.start, m.end) };
    else joined.push(m);
  }
  out = joined;

  // "Competition and Markets Authority", "Fish and Wildlife Service": the tagger starts a body named for two
  // things at the second. The one capitalized word before "and" is taken in when no mention holds it, no
  // capitalized word stands before it and it is no place ("Boston and Stanford University" are two).
  out = out.map((m) => {
    if (m.type !== 'ORG' || !(INSTITUTION_END.test(m.text) || BODY_END.test(m.text))) return m;
    const before = /(?:^|(\S+)\s+)(\p{Lu}\p{Ll}+) and $/u.exec(text.slice(Math.max(0, m.start - 60), m.start));
    if (!before) return m;
    const outer = before[1];
    if (outer !== undefined && /^\p{Lu}/u.test(outer) && !/['’]s$/u.test(outer)) return m;
    const first = before[2] as string;
    if (options.isPlace?.(first.toLowerCase())) return m;
    // The first thing's word, then " and ".
    const start = m.start - first.length - ' and '.length;
    if (out.some((o) => o !== m && o.start < m.start && o.end > start)) return m;
    return { ...m, start, text: text.slice(start, m.end) };
  });

  // "Orange County Register", "Denver Post": a place's name followed by a newspaper's title word is the
  // newspaper. Only places are retyped: "Emily Post" is a person.
  out = out.map((m) => {
    if (m.type !== 'LOC') return m;
    const words = m.text.split(/\s+/);
    return words.length >= 2 && NEWSPAPER_TITLES.has(words[words.length - 1] as string) ? { ...m, type: 'ORG' } : m;
  });

  // "Labour MPs", "Tory MEPs": members are not part of the party's name.
  out = out.map((m) => {
    const members = /\s+\p{Lu}{2,4}s$/u.exec(m.text);
    if (!members || m.type === 'PER') return m;
    const end = m.end - members[0].length;
    return { ...m, end, text: text.slice(m.start, end) };
  });

  // "Nathan Law of Demosisto", "Claudia Mo of Civic Party": a person named in full with a given name and the
  // body (or place) the person is of, run into one name. Not a name that is one whole ("Catherine of
  // Aragon" has no surname before "of"), nor a body's or a thing's ("Georgia Institute of Technology", "Art
  // Gallery of Ontario", "ADA Seal of Acceptance").
  out = out.flatMap((m) => {
    if (m.type === 'LOC') return [m];
    const of = /^(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’.-]*){1,2}) of (?:the )?(?=\p{Lu})/u.exec(m.text);
    if (!of) return [m];
    const person = of[1] as string;
    const words = person.split(' ');
    const last = words[words.length - 1] as string;
    const first = words[0] as string;
    if (
      options.isFirstName?.(lowerCase(first)) !== true ||
      first === first.toUpperCase() ||
      ORG_WORDS.has(last) ||
      PLACE_HEADS.has(last) ||
      NOT_A_SURNAME_BEFORE_OF.has(last) ||
      INSTITUTION_END.test(person) ||
      BODY_END.test(person)
    )
      return [m];
    const rightStart = m.start + of[0].length;
    const right = text.slice(rightStart, m.end);
    const rightType: TagType = isListedPlace(right.toLowerCase(), options.isPlace) ? 'LOC' : 'ORG';
    return [
      { ...m, end: m.start + person.length, text: person, type: 'PER' as TagType },
      { ...m, start: rightStart, text: right, type: rightType },
    ];
  });

  // "Although GenAI": a sentence's opening connective is capitalized, not part of the name after it.
  out = out.map((m) => {
    const first = /^(\p{L}+)\s+/u.exec(m.text);
    if (!first || !LEADING_CONNECTIVES.has((first[1] as string).toLowerCase())) return m;
    const start = m.start + first[0].length;
    return { ...m, start, text: text.slice(start, m.end) };
  });

  // "The League was formed…", "A Japan Airlines jet…": at a sentence's start "The" or "A" is capitalized
  // whatever follows, so it says nothing of the name ("The Soufan Group noted", written so within a
  // sentence, keeps it). Countries and a city whose names hold it keep it.
  out = out.map((m) => {
    const the = opensSentence(m.start) ? /^(?:The|An?)\s+(?=\p{Lu})/u.exec(m.text) : null;
    if (!the || NAMES_WITH_THE.has(m.text)) return m;
    const start = m.start + the[0].length;
    return { ...m, start, text: text.slice(start, m.end) };
  });

  // "Alzheimer's disease", "Tourette syndrome", "Bell's palsy": a name that makes part of a term is no entity.
  out = out.filter((m) => !NAMED_TERM_AFTER.test(text.slice(m.end, m.end + 20)));

  if (options.dropCredentials !== false) {
    const personEnds = new Set(out.filter((m) => m.type === 'PER').map((m) => m.end));
    out = out.filter((m) => !isTrailingCredential(text, m, personEnds));
  }

  if (options.dropLowercaseEnd !== false) {
    out = out.filter((m) => {
      const last = m.text.split(/[\s-]+/).pop() ?? '';
      // "Lee Jae-myung": a hyphenated given name ends in lowercase.
      return !startsLower(last) || (m.type === 'PER' && endsInHyphenatedGivenName(m.text));
    });
  }
  return out.sort((a, b) => a.start - b.start);
}
