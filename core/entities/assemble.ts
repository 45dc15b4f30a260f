/**
 * From tagged mentions to entities: drop words that are not entities, add repeats of a tagged name the
 * tagger missed, merge aliases (same name up to case and "the", acronyms, "(WHO)" definitions, a known-alias
 * table, a person's last name), and pick the fullest form and the type most mentions vote for.
 */

import { titleCaseName } from '../text/title-case';
import type { EntityType, Mention } from '../types';
import { writtenOfAsPerson } from './kin-cues';
import { CITIES_READ_AS_PEOPLE, isNonEntity, KNOWN_ALIASES, KNOWN_ORGANIZATIONS, KNOWN_PRODUCTS } from './lexicon';
import { foldAccents, initialsOf, isAcronym, normalizeKey, wordCount } from './names';
import { splitOutletBeforeSubject } from './outlet-before-subject';
import type { TaggedMention, TagType } from './recognize';
import { type RefineOptions, refineMentions } from './refine';
import {
  COMPANY_TRADES,
  HONORIFICS,
  INSTITUTION_END,
  LEGAL_FORMS,
  NATIONS,
  ORG_HEAD_ALONE,
  PERSON_TITLES,
  STRIPPED_TITLES,
} from './refine-words';
import { writtenIntoStance } from './stance-prefixes';
import { actsAsTeam, isSportsStory, namedAsTownClub, opposedAsTown, playsMatch, writtenAsTeam } from './team-cues';
import type { Token } from './tokenize';

export interface Cluster {
  mentions: Mention[];
  type: EntityType;
  /** Canonical (fullest) name and the other surface forms. */
  name: string;
  aliases: string[];
  /** Keys of all forms, for matching the title and demonyms. */
  keys: Set<string>;
}

export interface AssemblyOptions extends RefineOptions {
  /** Add untagged repeats of names the tagger found often enough (default true; see `propagate`). */
  propagate?: boolean;
  /** Use the known-alias table (default true). */
  knownAliases?: boolean;
  /** Whether a lowercased name is a country's (the model's name lists); none when not given. */
  isCountry?: (lowercased: string) => boolean;
  /** The page's publisher ("Docker" on Docker's blog): a one-word name the same as it is the publisher. */
  publisher?: string | null;
  /** Whether a name is a news outlet's, as the sources stage lists them: "first reported by Axios". */
  isNewsOutlet?: (name: string) => boolean;
}

/** A word and one of the United Kingdom's nations or Ireland. */
const NATIONAL_BODY = new RegExp(`^\\p{Lu}\\p{L}+ (?:${[...NATIONS].join('|')})$`, 'u');
/** Words that make a region or a place of the nation after them, not a body. */
const NOT_A_BODY_BEFORE_NATION = new Set(
  'North South East West Northern Southern Eastern Western Central Mid New Greater Old Little Rural Middle Merrie Great All Royal'.split(
    ' ',
  ),
);

/** An honorific right before a name: "Mr ", "Mrs. ", "Dr ". */
const HONORIFIC_BEFORE = new RegExp(`\\b(?:${[...HONORIFICS].join('|')})\\.? $`);
/** A street's name before "Dr.", which is then a drive's: "801 Portola Dr. Suite 108". */
const DRIVE_BEFORE = /\p{Lu}[\p{L}'’]* Dr\.? $/u;
/** Whether an honorific goes right before the mention: "Ms. Goldsmith", "Mr Washington". */
const honouredIn =
  (text: string) =>
  (m: { start: number }): boolean => {
    const before = text.slice(Math.max(0, m.start - 24), m.start);
    return HONORIFIC_BEFORE.test(before) && !DRIVE_BEFORE.test(before);
  };

const TYPE_OF: Record<TagType, EntityType> = { PER: 'person', ORG: 'organization', LOC: 'place' };

const KNOWN_INDEX = new Map<string, number>();
KNOWN_ALIASES.forEach((entry, i) => {
  for (const form of [entry.name, ...entry.aliases]) KNOWN_INDEX.set(normalizeKey(form), i);
});

const hasUpper = (s: string): boolean => s !== s.toLowerCase();
const MAX_MENTION_CHARS = 120;
const PRICE = /[$€£¥₹]\s?\d|\d\s?[$€£¥₹]/u;
const CODE = /[|[\]{}<>=;_\\]/;
const FILE_NAME = /\.(?:md|txt|js|ts|py|json|ya?ml|html?|css|pdf|docx?|xlsx?|csv|png|jpe?g|gif|svg|zip|exe|sh)$/i;
/** Words that name a storm when written just before its given name. */
const STORM_BEFORE = /\b(?:Hurricane|Cyclone|Typhoon|Storm|Depression)\s+$/;
const STORM_FIRST = /^(?:Hurricane|Cyclone|Typhoon|Tropical Storm|Storm)\s+\p{Lu}/u;
/**
 * Last words of a sports event's or an award's name: "Brazilian Grand Prix", "Boston Marathon", "Nobel
 * Prize", "ATP Finals", "Africa Cup of Nations"; "Open" after a nation's name only ("US Open", "Australian Open"; "JAMA Network Open" is a journal).
 */
const EVENT_LAST =
  /(?:\s(?:Grand Prix|GRAND PRIX|Cup|Cup of Nations|Championships?|Olympics|Trophy|Marathon|Awards|Prize|Finals)|(?:\bUS|\bU\.S\.|\p{L}(?:an|ch|sh|ese|AN|CH|SH|ESE)) (?:Open|OPEN))$/u;
/** Last words of a law's or a treaty's name. */
const LAW_LAST = /\s(?:Bill|Act|Treaty|Accord|Amendment|Directive|Convention|Protocol|Charter)$/;
/** What a story calls a product right after its name, in lowercase: "the Claude chatbot". */
const PRODUCT_AFTER = /^ (?:chatbot|assistant|app|smartphone|headset|browser|console|drone|jet|rifle)s?\b/;
/** A day named for what falls on it: "Easter Monday", "Black Friday", "Super Tuesday". */
const HOLIDAY = /^\p{Lu}\p{Ll}+ (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;
/** Particles inside a place's name, written in lowercase ("Rio de Janeiro", "Port-au-Prince"). */
const INNER_PARTICLE = /(?<=[\s-])(?:De|Da|Do|Dos|Das|Del|Es|Au|Aux|Sur|En|Of|On|Upon|And)(?=[\s-])/g;
/** What follows a dateline's place up to its dash: ", Italy", " (AP)", ", March 3", ", Papua New Guinea, Dec 11" or nothing. */
const DATELINE_REST = /^(?:,(?:\s+[\p{Lu}\d][\p{L}\d.]*)+){0,2}(?:\s+\([\p{L}\s]{1,20}\))?\s+[-–—]/u;
/** Whether a mention opens a line as a dateline's place does, its dash after it. */
const standsAsDateline = (text: string, m: { start: number; end: number }): boolean =>
  (m.start === 0 || text[m.start - 1] === '\n') && DATELINE_REST.test(text.slice(m.end, m.end + 60));
/** A company's legal form at the end of its name, and the group or trade word written before one. */
const LEGAL_FORM_END = /(?:,?\s+(?:Inc|Corp|Co|Ltd|LLC|PLC|plc|AG|SA|NV|SpA|GmbH)\.?)+$/;
const GROUP_WORD_END = /\s+(?:Group|Holdings|Motor|Motors)$/;

const unbalanced = (s: string): boolean => (s.match(/\(/g)?.length ?? 0) !== (s.match(/\)/g)?.length ?? 0);

function keep(m: TaggedMention): boolean {
  if (m.text.length > MAX_MENTION_CHARS || !/\p{L}/u.test(m.text) || !hasUpper(m.text)) return false;
  // A price ("US$14.99", "€20") is not a name, whatever its capitals; nor is code ("COUNT(o.id",
  // "ISSUE_TEMPLATE") or a file name ("CONTRIBUTING.md"); and no person's name holds a digit ("Volvo EX90").
  if (PRICE.test(m.text) || CODE.test(m.text) || FILE_NAME.test(m.text) || unbalanced(m.text)) return false;
  if (m.type === 'PER' && /\d/.test(m.text)) return false;
  const key = normalizeKey(m.text);
  if (!key || isNonEntity(key)) return false;
  return !key.split(' ').every((w) => isNonEntity(w) || w.length < 2);
}

/**
 * How often the tagger must find a name before its untagged repeats count as the same name. Once is not
 * enough: one tagging error would then be copied to every repeat (a hockey club read as its city, a storm
 * read as a person). Chosen on GUM dev and wikigold dev, where 3 measured best of 1 to 5. A name found once
 * by a company cue ("shares in Rivian") is sure enough to be copied, unless it is also a lowercase word of
 * the text.
 */
const MIN_TAGGED_FOR_REPEATS = 3;

/** A form written all in capitals: "US", "BC", "DH" (or "WHEREAS" in a legal text) are too ambiguous to copy. */
const allCapitals = (s: string): boolean => s === s.toUpperCase();

/**
 * Whether a one-word name also stands in the text as a lowercase word ("the essay prompt" beside the
 * company "Prompt"): its capitalized repeats may then be that word at a sentence start.
 */
function writtenInLowercase(text: string, name: string): boolean {
  if (/\s/.test(name)) return false;
  const word = name.toLowerCase();
  if (word === name) return false;
  let at = text.indexOf(word);
  while (at >= 0) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + word.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    at = text.indexOf(word, at + 1);
  }
  return false;
}

/** A surname's shape: "Moyes", "O'Sullivan", "McGill", "Bankman-Fried"; not "St." or "RedCat". */
const SURNAME = /^(?:Mc|Mac|O['’]|D['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/**
 * Untagged exact repeats (same tokens, same capitals) of names the tagger found elsewhere in the text. A
 * news story names its subject many times, and the tagger misses some repeats where the sentence alone is
 * unclear ("the wrecks off Coron."): the reader expects every mention counted.
 */
function propagate(
  text: string,
  mentions: TaggedMention[],
  units: readonly Token[][],
  isFirstName: ((lowercased: string) => boolean) | undefined,
): TaggedMention[] {
  const timesTagged = new Map<string, number>();
  for (const m of mentions) timesTagged.set(m.text, (timesTagged.get(m.text) ?? 0) + 1);
  // A person named in full with a given name names the surname too, when the tagger also found the surname
  // alone: "David Moyes", then "Moyes" twice, is three. Not a title ("Madam Speaker", then "Speaker"), nor
  // what only reads as a person's name ("Acer Nitro", "Washington St.").
  const inFull = new Map<string, number>();
  for (const m of mentions) {
    const space = m.type === 'PER' ? m.text.lastIndexOf(' ') : -1;
    if (space < 0 || isFirstName?.(m.text.slice(0, m.text.indexOf(' ')).toLowerCase()) !== true) continue;
    const surname = m.text.slice(space + 1);
    if (SURNAME.test(surname)) inFull.set(surname, (inFull.get(surname) ?? 0) + 1);
  }
  for (const [surname, n] of inFull) {
    const alone = timesTagged.get(surname);
    if (alone && !PERSON_TITLES.has(surname) && !STRIPPED_TITLES.has(surname.toLowerCase()))
      timesTagged.set(surname, alone + n);
  }
  const forms = new Map<string, { words: string[]; type: TagType }[]>();
  const seen = new Set<string>();
  for (const m of mentions) {
    if (seen.has(m.text) || m.text.length < 2 || allCapitals(m.text)) continue;
    const often = (timesTagged.get(m.text) ?? 0) >= MIN_TAGGED_FOR_REPEATS;
    if (!often && !(m.cue && !writtenInLowercase(text, m.text))) continue;
    seen.add(m.text);
    const words = m.text.split(/\s+/);
    const list = forms.get(words[0] as string) ?? [];
    list.push({ words, type: m.type });
    forms.set(words[0] as string, list);
  }
  // Longest forms first, so "Islamic State" wins over "Islamic".
  for (const list of forms.values()) list.sort((a, b) => b.words.length - a.words.length);
  const covered = new Uint8Array(text.length + 1);
  for (const m of mentions) covered.fill(1, m.start, m.end);
  const added: TaggedMention[] = [];
  // Worked out only for a text with a headline in capitals: it looks each name up in the whole text.
  let echoes: Map<string, TagType> | undefined;
  units.forEach((tokens, u) => {
    if (inCapitals(tokens)) {
      echoes ??= headlineEchoes(mentions, (word) => writtenInLowercase(text, word));
      // "CLINTON , REPUBLICANS SAY BUDGET DEAL IS NEAR", "COMMERZBANK SEES PROFIT UP": a headline in capitals
      // names, by one word, whom the story names in full below.
      for (const t of tokens) {
        const type = echoes.get(t.text);
        if (!type || covered[t.start]) continue;
        covered.fill(1, t.start, t.end);
        added.push({ text: '', start: t.start, end: t.end, type, unit: u });
      }
      return;
    }
    for (let i = 0; i < tokens.length; i++) {
      const candidates = forms.get((tokens[i] as Token).text);
      if (!candidates) continue;
      for (const c of candidates) {
        if (i + c.words.length > tokens.length) continue;
        if (!c.words.every((w, k) => (tokens[i + k] as Token).text === w)) continue;
        const start = (tokens[i] as Token).start;
        const end = (tokens[i + c.words.length - 1] as Token).end;
        if (covered[start] || covered[end - 1]) break;
        covered.fill(1, start, end);
        added.push({ text: '', start, end, type: c.type, unit: u });
        i += c.words.length - 1;
        break;
      }
    }
  });
  return added;
}

/**
 * "The Israel Defense Forces (IDF) said… IDF troops entered…": a short name the text defined is that body
 * wherever the text writes it again, which the tagger reads or not. Not in a headline in capitals, and not
 * a stock ticker.
 */
function definedNameRepeats(
  text: string,
  definitions: readonly { acronym: TaggedMention }[],
  mentions: readonly TaggedMention[],
  units: readonly Token[][],
): TaggedMention[] {
  const types = new Map<string, TagType>();
  for (const { acronym } of definitions) {
    if (/^\p{Lu}[\p{L}&]+$/u.test(acronym.text)) types.set(acronym.text, acronym.type);
  }
  if (types.size === 0) return [];
  const covered = new Uint8Array(text.length + 1);
  for (const m of mentions) covered.fill(1, m.start, m.end);
  const repeats: TaggedMention[] = [];
  units.forEach((tokens, u) => {
    if (inCapitals(tokens)) return;
    for (const t of tokens) {
      const type = types.get(t.text);
      if (type === undefined || covered[t.start] === 1) continue;
      repeats.push({ text: t.text, start: t.start, end: t.end, type, unit: u });
    }
  });
  return repeats;
}

/** Whether a unit is written in capitals: a wire headline (three words of two letters or more at least). */
function inCapitals(tokens: readonly Token[]): boolean {
  let words = 0;
  for (const t of tokens) {
    if (!/\p{L}/u.test(t.text)) continue;
    if (t.text !== t.text.toUpperCase()) return false;
    if (t.text.length >= 2) words++;
  }
  return words >= 3;
}

/**
 * The one-word forms in capitals of the names a text writes in mixed case: a name of one word
 * ("Commerzbank"), a company's name before its legal form ("Commerzbank AG"), a person's surname
 * ("Bill Clinton"). A word that names two things of different types is left out.
 */
function headlineEchoes(
  mentions: readonly TaggedMention[],
  alsoAWord: (name: string) => boolean,
): Map<string, TagType> {
  const echoes = new Map<string, TagType | null>();
  const add = (word: string | undefined, type: TagType) => {
    // Not a word the text also writes in lowercase ("Effects" of a heading, "effects" in the text).
    if (!word || word.length < 3 || !/^\p{Lu}\p{Ll}/u.test(word) || alsoAWord(word)) return;
    const caps = word.toUpperCase();
    const known = echoes.get(caps);
    echoes.set(caps, known === undefined || known === type ? type : null);
  };
  for (const m of mentions) {
    const words = m.text.split(/\s+/);
    if (words.length === 1) add(words[0], m.type);
    else if (m.type === 'PER') add(words[words.length - 1], m.type);
    // A company's first word only before its legal form: "DEUTSCHE" is not all of "Deutsche Bank".
    else if (m.type === 'ORG' && words.length === 2 && LEGAL_FORM_END.test(m.text)) add(words[0], m.type);
  }
  const out = new Map<string, TagType>();
  for (const [caps, type] of echoes) if (type) out.set(caps, type);
  return out;
}

class UnionFind {
  private readonly parent: number[] = [];
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }
  find(x: number): number {
    let r = x;
    while (this.parent[r] !== r) r = this.parent[r] as number;
    while (this.parent[x] !== r) {
      const next = this.parent[x] as number;
      this.parent[x] = r;
      x = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

const lastWordOf = (name: string): string => name.slice(name.lastIndexOf(' ') + 1);
/** Last words of a firm's name that no person's name ends in: "ZeniMax Media", "NewVantage Partners". */
const FIRM_LAST_WORDS = new Set(
  'Media Partners Studio Studios Systems Labs Ventures Solutions Software Games Records Network Networks Agency'.split(
    ' ',
  ),
);
const firstWordOf = (name: string): string => name.split(' ', 1)[0] as string;

/** Prefixes of family names written with a capital after them: "MacKenzie", "VanDyke", "FitzGerald". */
const NAME_PREFIX_CAPS = /^(?:Mac|Van|Von|Fitz|Della|Delle|Dos|Das|Des)\p{Lu}/u;

/**
 * One word with a capital inside that no name of a person has: capitals then small letters ("SRLabs",
 * "JPMorgan"), or a word of three letters or more run into a capitalized one ("GitHub", "PayPal"). Two
 * letters before the inner capital are a person's name often enough ("McDonald", "LeBron", "DeShawn"),
 * and so are given names written so ("MaryAnn").
 */
function isIntercappedBrand(name: string, isFirstName?: (lowercased: string) => boolean): boolean {
  if (/[\s-]/.test(name) || NAME_PREFIX_CAPS.test(name)) return false;
  if (!/^\p{Lu}{2,}\p{Ll}{2,}/u.test(name) && !/^\p{Lu}\p{Ll}{2,}\p{Lu}/u.test(name)) return false;
  return !isFirstName?.(name.toLowerCase());
}

export function assembleEntities(
  text: string,
  tagged: readonly TaggedMention[],
  units: readonly Token[][],
  options: AssemblyOptions = {},
): Cluster[] {
  let mentions = splitOutletBeforeSubject(
    text,
    refineMentions(text, tagged, units, options),
    options.isOutletAlias,
  ).filter(keep);
  // Propagated repeats join their name's group but do not vote on its type.
  const nonVoting = new Set<TaggedMention>();
  if (options.propagate !== false) {
    const extra = propagate(text, mentions, units, options.isFirstName).map((m) => ({
      ...m,
      text: text.slice(m.start, m.end),
    }));
    for (const m of extra) nonVoting.add(m);
    mentions = [...mentions, ...extra].sort((a, b) => a.start - b.start);
  }
  const definitions = acronymDefinitions(text, mentions);
  const existing = new Set(mentions.map((m) => m.start));
  for (const d of definitions) if (!existing.has(d.acronym.start)) mentions.push(d.acronym);
  if (options.propagate !== false) {
    for (const m of definedNameRepeats(text, definitions, mentions, units)) {
      nonVoting.add(m);
      mentions.push(m);
    }
  }
  mentions = mentions.filter((m) => !writtenIntoStance(text, m.start)).sort((a, b) => a.start - b.start);

  // Group by normalized key; the known-alias table maps several keys to one group.
  const useKnown = options.knownAliases !== false;
  const groupOf = new Map<string, number>();
  const uf = new UnionFind();
  const groupKey: string[] = [];
  const mentionGroup: number[] = [];
  for (const m of mentions) {
    const key = normalizeKey(m.text);
    const known = useKnown ? KNOWN_INDEX.get(key) : undefined;
    const gk = known !== undefined ? `known:${known}` : key;
    let g = groupOf.get(gk);
    if (g === undefined) {
      g = uf.add();
      groupOf.set(gk, g);
      groupKey.push(gk);
    }
    mentionGroup.push(g);
  }
  const votes = groupKey.map(() => ({ PER: 0, ORG: 0, LOC: 0 }) as Record<TagType, number>);
  mentions.forEach((m, i) => {
    if (!nonVoting.has(m)) (votes[mentionGroup[i] as number] as Record<TagType, number>)[m.type]++;
  });
  const forms = groupKey.map(() => new Set<string>());
  mentions.forEach((m, i) => {
    forms[mentionGroup[i] as number]?.add(m.text);
  });

  const groupAt = new Map<number, number>();
  mentions.forEach((m, i) => {
    groupAt.set(m.start, mentionGroup[i] as number);
  });
  for (const d of definitions) {
    const a = groupAt.get(d.acronym.start);
    const b = groupAt.get(d.definedBy);
    if (a !== undefined && b !== undefined) uf.union(a, b);
  }

  // Acronyms of other names in the text ("WHO" and "World Health Organization").
  const byInitials = new Map<string, number[]>();
  forms.forEach((set, g) => {
    for (const f of set) {
      // A name with an acronym in it has no initials of its own: "UK Sport" does not make "US".
      if (wordCount(f) < 2 || f.split(/[\s-]+/).some(isAcronym)) continue;
      const ini = initialsOf(f);
      if (ini.length < 2) continue;
      const list = byInitials.get(ini) ?? [];
      if (!list.includes(g)) list.push(g);
      byInitials.set(ini, list);
    }
  });
  forms.forEach((set, g) => {
    for (const f of set) {
      if (!isAcronym(f)) continue;
      const targets = byInitials.get(f.replace(/\./g, '')) ?? [];
      if (targets.length === 1) uf.union(g, targets[0] as number);
    }
  });

  // A company's name without its legal form ("Toyota" after "Toyota Motor Corp", "SoftBank" after "SoftBank
  // Group Corp"), when that shorter name is an organization's. The word of the trade or group goes only with the
  // legal form: "General Motors" alone keeps its "Motors".
  forms.forEach((set, g) => {
    for (const f of set) {
      const bare = f.replace(LEGAL_FORM_END, '');
      if (bare === f) continue;
      for (const base of [bare, bare.replace(GROUP_WORD_END, '')]) {
        const h = groupOf.get(normalizeKey(base));
        const v = h === undefined ? undefined : votes[h];
        // "a New York LLC" is no company of New York's.
        if (h !== undefined && h !== g && v && v.ORG >= v.PER && v.ORG >= v.LOC) uf.union(g, h);
      }
    }
  });

  // A person's last name alone ("Al-Bagdadi" after "Abu Bakr Al-Bagdadi"), when it fits only one person.
  const isPerson = (g: number) => {
    const v = votes[g] as Record<TagType, number>;
    return v.PER > 0 && v.PER >= v.ORG && v.PER >= v.LOC;
  };
  // The same name with and without accents ("Martínez-Beltrán", "MARTINEZ-BELTRAN"), or with a hyphen for
  // a space ("Kim Jong-un", "Kim Jong Un"; "Hapag-Lloyd", "Hapag Lloyd").
  const byFolded = new Map<string, number>();
  groupKey.forEach((key, g) => {
    if (key.startsWith('known:')) return;
    const folded = foldAccents(key).replace(/-/g, ' ');
    const other = byFolded.get(folded);
    if (other === undefined) byFolded.set(folded, g);
    else uf.union(g, other);
  });

  // Groups already joined to a cluster that is not mostly a person (an organization's acronym) stay out.
  const clusterVotes = new Map<number, Record<TagType, number>>();
  votes.forEach((v, g) => {
    const root = uf.find(g);
    const sum = clusterVotes.get(root) ?? { PER: 0, ORG: 0, LOC: 0 };
    for (const type of ['PER', 'ORG', 'LOC'] as const) sum[type] += v[type];
    clusterVotes.set(root, sum);
  });
  const inPersonCluster = (g: number) => {
    const v = clusterVotes.get(uf.find(g)) as Record<TagType, number>;
    return v.PER >= v.ORG && v.PER >= v.LOC;
  };
  const personForms: { g: number; words: string[]; original: string[] }[] = [];
  forms.forEach((set, g) => {
    if (!isPerson(g) || !inPersonCluster(g)) return;
    for (const f of set) {
      personForms.push({ g, words: foldAccents(normalizeKey(f)).split(' '), original: f.trim().split(/\s+/) });
    }
  });
  // First the shorter full forms of one person ("Harden Bradford" within "Joy Harden Bradford"), so that a
  // last name shared by both still fits one person.
  for (const short of personForms) {
    if (short.words.length < 2) continue;
    const longer = personForms.filter(
      (long) =>
        long.g !== short.g &&
        long.words.length > short.words.length &&
        short.words.every((w, k) => long.words[long.words.length - short.words.length + k] === w),
    );
    const roots = new Set(longer.map((long) => uf.find(long.g)));
    if (roots.size === 1) uf.union(short.g, (longer[0] as { g: number }).g);
  }
  // Last names are compared without accents. A part of a double surname ("Martinez" or "Beltrán" for
  // "Sergio Martínez-Beltrán") counts only where no one has that whole last name: "Chan" is Jackie Chan's
  // even when Park Chan-Wook is in the same article.
  const lastNames = new Map<string, Set<number>>();
  const surnameParts = new Map<string, Set<number>>();
  const own = (index: Map<string, Set<number>>, name: string, g: number) => {
    const owners = index.get(name) ?? new Set<number>();
    owners.add(g);
    index.set(name, owners);
  };
  for (const { g, words, original } of personForms) {
    if (words.length < 2) continue;
    const last = words[words.length - 1] as string;
    own(lastNames, last, g);
    // Both parts capitalized, as surnames are; "Chan-wook", a given name, is not split.
    const written = (original[original.length - 1] ?? '').split('-');
    if (written.length !== 2 || !written.every((part) => hasUpper(part.charAt(0)))) continue;
    for (const part of last.split('-')) if (part.length >= 3) own(surnameParts, part, g);
  }
  groupKey.forEach((key, g) => {
    if (key.includes(' ') || key.startsWith('known:')) return;
    const folded = foldAccents(key);
    const exact = [...(lastNames.get(folded) ?? [])].filter((o) => o !== g);
    const owners = exact.length ? exact : [...(surnameParts.get(folded) ?? [])].filter((o) => o !== g);
    const roots = new Set(owners.map((o) => uf.find(o)));
    if (roots.size === 1) uf.union(g, owners[0] as number);
  });

  // Collect clusters.
  const members = new Map<number, number[]>();
  mentions.forEach((_, i) => {
    const root = uf.find(mentionGroup[i] as number);
    const list = members.get(root) ?? [];
    list.push(i);
    members.set(root, list);
  });
  const clusters: Cluster[] = [];
  const publisherKey = options.publisher ? normalizeKey(options.publisher) : null;
  // Clusters read as a place at least as often as a person.
  const placeVotes = new Map<Cluster, boolean>();
  // Whether the story is about sport, worked out when a cluster first asks.
  let sports: boolean | undefined;
  const honoured = honouredIn(text);
  /**
   * Whether the mentions say the name is a person's whatever the tagger voted: an honorific before one
   * ("Ms. Goldsmith", "Mr Washington") or what only a person has ("Edwards and his troops", "Clinton's wife").
   */
  const personal = (ms: readonly { start: number; end: number }[]): boolean =>
    ms.some(honoured) || writtenOfAsPerson(text, ms);
  /** A mention of two words or more opening with a given name: "Morgan Freeman", "Stuart Carrington". */
  const namedWithGivenName = (m: TaggedMention): boolean =>
    m.text.includes(' ') && options.isFirstName?.(firstWordOf(m.text).toLowerCase()) === true;
  for (const [root, idx] of members) {
    const ms = idx.map((i) => mentions[i] as TaggedMention);
    const tally: Record<TagType, number> = { PER: 0, ORG: 0, LOC: 0 };
    // A context cue ("shares in Rivian", "Towers Watson, a consulting firm") outvotes one tagging.
    for (const m of ms) if (!nonVoting.has(m)) tally[m.type] += (m.cue ? 2 : 1) * (1 + 0.25 * (wordCount(m.text) - 1));
    const rootKey = groupKey[root] as string;
    const known = rootKey.startsWith('known:') ? KNOWN_ALIASES[Number(rootKey.slice(6))] : undefined;
    let best = (Object.keys(tally) as TagType[]).reduce((a, b) => (tally[b] > tally[a] ? b : a));
    // "the review-aggregation website Rotten Tomatoes", then "Rotten Tomatoes" fourteen times: the cue
    // says what the name is; the tagger's many readings of a name it does not know only guess. Not where
    // a reading opens with a given name ("Towers Watson" does not; "Morgan Freeman" would).
    if (
      best === 'PER' &&
      ms.some((m) => m.cue && m.type === 'ORG') &&
      !ms.some((m) => m.type === 'PER' && namedWithGivenName(m))
    )
      best = 'ORG';
    // "Stuart Carrington", then "Carrington produced a break" read twice as a company: a person named in
    // full with a given name outweighs the tagger's other readings of the surname alone, no cue among them.
    const fullName = ms.find((m) => m.type === 'PER' && !nonVoting.has(m) && namedWithGivenName(m));
    if (
      best !== 'PER' &&
      fullName &&
      ms.every((m) => m.type === 'PER' || (!m.cue && !m.text.includes(' ') && fullName.text.endsWith(` ${m.text}`)))
    )
      best = 'PER';
    const canonical = canonicalName(text, ms);
    const canonicalKey = normalizeKey(canonical.name);
    let type: EntityType = known
      ? known.type
      : // A name ending in a legal form or a group's word is a company's, however the tagger read its short
        // name ("Petroleo Brasileiro SA, known as Petrobras", "Rolls-Royce Holdings").
        KNOWN_ORGANIZATIONS.has(canonicalKey) ||
          LEGAL_FORM_END.test(canonical.name) ||
          GROUP_WORD_END.test(canonical.name)
        ? 'organization'
        : KNOWN_PRODUCTS.has(canonicalKey)
          ? 'other'
          : TYPE_OF[best];
    // "Hurricane Milton", "Cyclone Phailin": a storm carries a given name but is no person (nor a place).
    const namesStorm = (m: TaggedMention) =>
      STORM_FIRST.test(m.text) || STORM_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start));
    if (ms.some(namesStorm)) type = 'other';
    // "Brazilian Grand Prix", "Australian Open", "Nobel Prize": an event or an award is no organization; nor
    // is a holiday ("Easter Monday", "Black Friday").
    if (ms.some((m) => EVENT_LAST.test(m.text) || HOLIDAY.test(m.text))) type = 'other';
    // "the Finance Bill", "the Inflation Reduction Act": a law is no person, however it was read.
    if (type === 'person' && ms.some((m) => LAW_LAST.test(m.text))) type = 'other';
    // "HCA Healthcare", "Spirit Airlines": a name ending in a company's trade is the company's, however the
    // tagger read it; so is a person's reading of "ZeniMax Media", "NewVantage Partners".
    const lastWord = lastWordOf(canonical.name);
    if (
      / \S/.test(canonical.name) &&
      ((type !== 'organization' && COMPANY_TRADES.has(lastWord)) ||
        (type === 'person' && FIRM_LAST_WORDS.has(lastWord)))
    )
      type = 'organization';
    // "Kellogg School", "Mayo Clinic Foundation": a name ending in an institution's head word is no person.
    if (type === 'person' && /\s/.test(canonical.name) && INSTITUTION_END.test(canonical.name)) type = 'organization';
    // The publisher named in its own pages ("At Docker, we…" on Docker's blog, a wire's "(Example Sport)"
    // dateline) is the organization it is; a one-word place is left its place ("Atlanta", the magazine), and a
    // person's full name is a person's own blog.
    if (
      type !== 'organization' &&
      publisherKey &&
      canonicalKey === publisherKey &&
      (canonical.name.includes(' ') ? type === 'place' : type === 'person')
    )
      type = 'organization';
    // A news outlet's name, which a tagger reads as a person's ("The news was first reported by Axios");
    // not a given name ("Dawn" said…).
    if (
      type === 'person' &&
      options.isNewsOutlet?.(canonical.name) &&
      !options.isFirstName?.(canonical.name.toLowerCase())
    )
      type = 'organization';
    // "SRLabs", "GitHub", "PayPal": one word with a capital inside is a brand's, not a person's.
    if (type === 'person' && isIntercappedBrand(canonical.name, options.isFirstName)) type = 'organization';
    // "Edwards and his troops", "Clinton's wife", "Ms. Goldsmith contacted…": a name read as a place or a
    // body is a person's.
    if ((type === 'place' || type === 'organization') && personal(ms)) type = 'person';
    // "the Claude chatbot", "the Alexa assistant": a name the tagger took for a person's is a product's.
    if (type === 'person' && ms.some((m) => PRODUCT_AFTER.test(text.slice(m.end, m.end + 16)))) type = 'other';
    // "Leicestershire beat Somerset", "lost to Footscray", "Liverpool, who host Everton": a town or county
    // that wins, loses or hosts a match is its team, an organization (countries are turned back into places
    // just below). So is a side in a sports story: "Charlton are 23rd", "Palace manager Alan Pardew",
    // "Middlesbrough (4-2-3-1):", "Hull City". Not a player named in full with a given name ("Judd Trump
    // beat Stuart Carrington 10-6" in snooker).
    const namedInFull = type === 'person' && ms.some(namedWithGivenName);
    if (type !== 'organization' && type !== 'other' && !namedInFull) {
      sports ??= isSportsStory(text);
      const person = type === 'person';
      const team =
        ms.some(
          (m) =>
            playsMatch(text, m) ||
            actsAsTeam(text, m) ||
            writtenAsTeam(text, m, sports as boolean, person, options.isCountry),
        ) ||
        (sports && namedAsTownClub(canonical.name, options.isPlace)) ||
        (sports && opposedAsTown(text, canonical.name, ms, options.isPlace));
      if (team) type = 'organization';
    }
    // "Tunisia has…", "South Korea beat Japan": a country acting in a story is still a place to the reader
    // (and in CoNLL's news annotation), whatever the sentence made the tagger think.
    // So is a country the tagger took for a person ("Erdogan said Turkey was ready"), unless it is also a
    // given name ("Jordan", "Georgia", "Chad").
    const lowered = canonical.name.toLowerCase();
    if (type === 'organization' && options.isCountry?.(lowered)) type = 'place';
    if (type === 'person' && options.isCountry?.(lowered) && !options.isFirstName?.(lowered)) type = 'place';
    // "Natural England", "Healthwatch England", "Police Scotland", "Cricket Ireland": a body named for what it
    // does and the nation it serves (not "North Wales", "New England", nor a listed place).
    if (type !== 'organization' && NATIONAL_BODY.test(canonical.name) && !options.isPlace?.(lowered)) {
      const first = canonical.name.slice(0, canonical.name.indexOf(' '));
      if (!NOT_A_BODY_BEFORE_NATION.has(first) && !options.isFirstName?.(first.toLowerCase())) type = 'organization';
    }
    let { name } = canonical;
    const { aliases } = canonical;
    // A dateline place in capitals ("KABUL") reads as a name ("Kabul"); acronyms ("NATO") stay. A short one
    // ("KYIV", "ROME") is read so where it stands as a dateline, before a dash, a comma or an agency.
    const longEnough = name.length >= 5 || (name.length >= 3 && ms.some((m) => standsAsDateline(text, m)));
    if (type === 'place' && longEnough && name === name.toUpperCase() && !name.includes('.')) {
      name = name
        .toLowerCase()
        .replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase())
        // "RIO DE JANEIRO", "PORT-AU-PRINCE", "DAR ES SALAAM": the little words inside stay small.
        .replace(INNER_PARTICLE, (word) => word.toLowerCase());
    }
    const keys = new Set(ms.map((m) => normalizeKey(m.text)));
    if (known) for (const f of [known.name, ...known.aliases]) keys.add(normalizeKey(f));
    const cluster: Cluster = {
      mentions: ms.map(({ text: t, start, end }) => ({ text: t, start, end })),
      type,
      name,
      aliases,
      keys,
    };
    clusters.push(cluster);
    placeVotes.set(cluster, tally.LOC > 0 && tally.LOC >= tally.PER);
  }
  // "Atlanta", "Austin": a city that is also a given name, found alone, is the city, unless a person in the
  // text goes by that first name ("Austin Butler" makes a lone "Austin" him).
  const peopleByFirstName = byFirstWord(clusters, 'person');
  const peoplesWords = wordsOfPeople(clusters);
  for (const c of clusters) {
    if (c.type !== 'person' || peopleByFirstName.has(c.name)) continue;
    // Any other place of the lists (not also a given name), named alone, never with a given name, and read
    // as a place as often as a person ("In Paris…" and "Frankfurt and Paris slipped"; "MILAN 1998-05-06" and "a Milan court").
    const lonePlace =
      !c.name.includes(' ') &&
      !peoplesWords.has(c.name) &&
      options.isPlace?.(c.name.toLowerCase()) === true &&
      !options.isFirstName?.(c.name.toLowerCase());
    // Not a name an honorific goes before ("Mr Washington"), nor one written of as a person's ("Washington
    // and his army").
    if (!personal(c.mentions) && (CITIES_READ_AS_PEOPLE.has(c.name) || (lonePlace && placeVotes.get(c) === true)))
      c.type = 'place';
  }
  return withFirstNames(withShortOrganizationNames(withHeadWords(clusters), options.isPlace));
}

/** Every word of the names of the people of a text with more than one word to their name. */
function wordsOfPeople(clusters: readonly Cluster[]): Set<string> {
  const words = new Set<string>();
  for (const c of clusters) {
    if (c.type !== 'person') continue;
    for (const form of [c.name, ...c.aliases]) if (form.includes(' ')) for (const w of form.split(' ')) words.add(w);
  }
  return words;
}

/** Clusters of a type whose name has more than one word, by their first word. */
function byFirstWord(clusters: readonly Cluster[], type: EntityType): Map<string, Cluster[]> {
  const index = new Map<string, Cluster[]>();
  for (const c of clusters) {
    const space = c.name.indexOf(' ');
    if (c.type !== type || space < 0) continue;
    const first = c.name.slice(0, space);
    const list = index.get(first);
    if (list) list.push(c);
    else index.set(first, [c]);
  }
  return index;
}

/**
 * "Novo" after "Novo Nordisk", "Kellogg" after "Kellogg School": a one-word name the tagger took for a
 * person, which begins exactly one organization's name and no person's, is that organization's short name.
 */
/**
 * Whether the words after an organization's first are only its legal form or its trade ("Hanjin Shipping
 * Co Ltd", "Spirit Airlines"), so that its first word alone is the same company; not a product or a
 * division ("Google Lens", "Microsoft Excel", "Yahoo Japan").
 */
function namedByItsFirstWord(name: string): boolean {
  return name
    .split(' ')
    .slice(1)
    .every((w) => LEGAL_FORMS.has(w) || COMPANY_TRADES.has(w) || w === 'Co' || w === 'Plc');
}

function withShortOrganizationNames(clusters: Cluster[], isPlace?: (lowercased: string) => boolean): Cluster[] {
  const personWords = new Set(
    clusters.filter((c) => c.type === 'person' && c.name.includes(' ')).flatMap((c) => c.name.split(' ')),
  );
  const organizations = byFirstWord(clusters, 'organization');
  const merged = new Set<Cluster>();
  for (const short of clusters) {
    // A person's reading or an organization's: "Hanjin" after "Hanjin Shipping Co Ltd"; or a place's of
    // a name in capitals that is no place of the lists ("HCA" after "HCA Healthcare"; "US" is one).
    const capsNoPlace =
      short.type === 'place' && isAcronym(short.name) && isPlace !== undefined && !isPlace(short.name.toLowerCase());
    if (
      (short.type === 'place' && !capsNoPlace) ||
      short.type === 'other' ||
      short.name.includes(' ') ||
      personWords.has(short.name)
    )
      continue;
    // An organization's one-word name is a company's only before the words of its form or its trade.
    const owners = (organizations.get(short.name) ?? []).filter(
      (o) => o !== short && ((short.type === 'person' && !capsNoPlace) || namedByItsFirstWord(o.name)),
    );
    // Of several ("Cigna Health", "Cigna Healthcare"), the one named by its trade is the company itself.
    const company = owners.length > 1 ? owners.filter((o) => namedByItsFirstWord(o.name)) : owners;
    if (company.length === 1) merged.add(joinInto(company[0] as Cluster, short));
  }
  return clusters.filter((c) => !merged.has(c));
}

/**
 * "the Ministry said" after "China's Commerce Ministry": a body's head word alone is the one body of the
 * text named with it ("Commerce Ministry", "Ministry of Defence"), where there is exactly one.
 */
function withHeadWords(clusters: Cluster[]): Cluster[] {
  const merged = new Set<Cluster>();
  for (const head of clusters) {
    if (head.type !== 'organization' || !ORG_HEAD_ALONE.has(head.name)) continue;
    const owners = clusters.filter(
      (c) => c !== head && c.type === 'organization' && c.name.split(/\s+/).includes(head.name),
    );
    if (owners.length === 1) merged.add(joinInto(owners[0] as Cluster, head));
  }
  return clusters.filter((c) => !merged.has(c));
}

/**
 * "Lupita" after "Lupita Nyong'o": a one-word person's name that is the first name of exactly one person
 * in the text is that person. (A last name alone is joined earlier, while grouping.)
 */
function withFirstNames(clusters: Cluster[]): Cluster[] {
  const people = byFirstWord(clusters, 'person');
  const merged = new Set<Cluster>();
  for (const short of clusters) {
    if (short.type !== 'person' || short.name.includes(' ')) continue;
    const owners = people.get(short.name) ?? [];
    if (owners.length === 1) merged.add(joinInto(owners[0] as Cluster, short));
  }
  return clusters.filter((c) => !merged.has(c));
}

/** Moves a short name's mentions, forms and keys into the cluster it names; returns the short one. */
function joinInto(owner: Cluster, short: Cluster): Cluster {
  owner.mentions = [...owner.mentions, ...short.mentions].sort((a, b) => a.start - b.start);
  for (const form of [short.name, ...short.aliases]) if (!owner.aliases.includes(form)) owner.aliases.push(form);
  for (const key of short.keys) owner.keys.add(key);
  return short;
}

/** The fullest form is the name; the other forms (case-insensitively distinct) are aliases. */
function canonicalName(text: string, mentions: readonly TaggedMention[]): { name: string; aliases: string[] } {
  const counts = new Map<string, { n: number; first: number }>();
  for (const m of mentions) {
    const form = m.text.replace(/\s+/g, ' ');
    const c = counts.get(form);
    if (c) c.n++;
    else counts.set(form, { n: 1, first: m.start });
  }
  // Fullest first; among equals a form in mixed case ("Japan" over the headline's "JAPAN"), then the most used.
  const shouting = (form: string) => (form === form.toUpperCase() && /\p{Lu}{2}/u.test(form) ? 1 : 0);
  const ranked = [...counts.entries()].sort(
    (a, b) =>
      wordCount(b[0]) - wordCount(a[0]) ||
      shouting(a[0]) - shouting(b[0]) ||
      b[1].n - a[1].n ||
      a[1].first - b[1].first,
  );
  let name = (ranked[0]?.[0] ?? '').replace(/^the\s+/, '');
  if (/\s*['’]s$/.test(name)) name = name.replace(/\s*['’]s$/, '');
  // A person the text names only in capitals (a transcript's "SACHA PFEIFFER, HOST:") is shown as a name.
  if (shouting(name) && name.includes(' ') && mentions.every((m) => m.type === 'PER')) name = titleCaseName(name);
  // "with The New York Times": a capitalized "The" inside a sentence belongs to the name.
  for (const m of mentions) {
    if (m.text !== ranked[0]?.[0] || m.start < 5 || text.slice(m.start - 4, m.start) !== 'The ') continue;
    if (/[\p{L}\p{N},]\s$/u.test(text.slice(m.start - 6, m.start - 4))) {
      name = `The ${name}`;
      break;
    }
  }
  const seen = new Set([name.toLowerCase()]);
  const aliases: string[] = [];
  for (const [form] of ranked) {
    const clean = form.replace(/^the\s+/, '');
    if (seen.has(clean.toLowerCase())) continue;
    seen.add(clean.toLowerCase());
    aliases.push(clean);
  }
  return { name, aliases };
}

const KNOWN_AS = /^\s?,?\s+(?:also |better |commonly )?known as ([\p{Lu}][\p{L}.&]{1,9})\b/u;

/** A stock ticker in brackets right after a company's name: "(CAT.N)", "( 117930.KS )", "(MAERSKb.CO)". */
const TICKER_AFTER = /^\s?\(\s?([A-Z0-9]{1,8}[a-z]?\.[A-Z]{1,3})\s?\)/;

/** "World Health Organization (WHO)": the acronym in parentheses right after a name is that name. */
function acronymDefinitions(
  text: string,
  mentions: readonly TaggedMention[],
): { acronym: TaggedMention; definedBy: number }[] {
  const out: { acronym: TaggedMention; definedBy: number }[] = [];
  for (const m of mentions) {
    const after = text.slice(m.end, m.end + 40);
    // "Caterpillar Inc ( CAT.N )", "Hapag-Lloyd AG (HLAG.DE)": a company's stock ticker, as wires give it.
    const ticker = m.type === 'ORG' ? TICKER_AFTER.exec(after) : null;
    if (ticker) {
      const code = ticker[1] as string;
      const start = m.end + ticker[0].lastIndexOf(code);
      out.push({
        acronym: { text: code, start, end: start + code.length, type: 'ORG', unit: m.unit },
        definedBy: m.start,
      });
      continue;
    }
    // "KABUL, Afghanistan (AP)" is a dateline, not a definition: only multi-word non-place names define.
    if (m.type === 'LOC' || wordCount(m.text) < 2) continue;
    // " (NATO)", " [KPA]", and " ( NATO )" in text tokenized by spaces.
    const bracketed = /^\s?[([]\s?([\p{Lu}][\p{L}.&]{1,9})\s?[)\]]/u.exec(after);
    // "The National Electoral Institute, known as INE", "Petroleo Brasileiro SA, known as Petrobras": a short
    // name said outright, whatever letters it is made of.
    const knownAs = bracketed ? null : KNOWN_AS.exec(after);
    const match = bracketed ?? knownAs;
    if (!match) continue;
    const acronym = match[1] as string;
    // A name found by its definition (./defined-names) may be abbreviated in another language ("PiS").
    const defined = (m.cue === true && m.type === 'ORG') || knownAs !== null;
    if (!defined && (!isAcronym(acronym) || acronym[0] !== initialsOf(m.text)[0])) continue;
    // Both patterns are anchored at the name's end and hold the short name once.
    const start = m.end + match[0].lastIndexOf(acronym);
    out.push({
      acronym: { text: acronym, start, end: start + acronym.length, type: m.type, unit: m.unit },
      definedBy: m.start,
    });
  }
  return out;
}
