/**
 * Organizations named only by what business news says around them. The tagger misses company names it
 * has never seen ("Rivian", "TotalEnergies", "BP"), but the words around them are unmistakable: shares
 * and stakes are held in companies, and a chief executive or a board belongs to one. These cues add an
 * organization mention where the tagger found nothing; only an appositive ("Ford, the automaker") retypes
 * what it found.
 */
import { lowerCase } from './letter-case';
import { CAPITALIZED_NON_NAMES, wordSet } from './names';
import type { TaggedMention } from './recognize';
import type { Token } from './tokenize';

/** "shares in BP", "a stake in Rivian", "shares of Nvidia". */
const HELD_IN = new Set(['shares', 'stake', 'stakes', 'stock']);
/** "Rivian shares fell": only with a market verb after, as "shares" is also a verb ("Smith shares"). */
const SHARES = new Set(['shares', 'stock']);
const MARKET_MOVES = wordSet(
  'rose fell jumped slid gained dropped climbed tumbled surged sank soared slumped plunged rallied edged dipped advanced declined lost added',
);
/** "Apple's chief executive", "Rivian's board": what a company has and a person does not. */
const COMPANY_POSSESSIONS = wordSet(
  'shares stock shareholders investors board headquarters subsidiary subsidiaries employees workforce revenue profits profit earnings',
);
/** Two-word possessions: "chief executive", "chief financial", "share price", "market value". */
const COMPANY_POSSESSION_PAIRS = new Set(['chief executive', 'chief financial', 'share price', 'market value']);

/**
 * A company's trade or a body's kind, written in lowercase right before its name ("chipmaker Nvidia",
 * "lender Santander", "state energy firm Pertamina", "news agency Yonhap", "opposition party Morena").
 */
const TRADES_BEFORE_NAME = wordSet(
  'fintech startup start-up chipmaker carmaker automaker drugmaker steelmaker retailer lender insurer broadcaster airline carrier conglomerate miner utility ' +
    'firm company maker supplier manufacturer exporter shipbuilder bank brokerage agency group party club union bloc coalition network watchdog regulator',
);
/**
 * Kinds of business met on the web and in shops ("the review-aggregation website Rotten Tomatoes", "the
 * grocer Kroger", "dating app Hinge"). These words also come before a plural or a label in capitals
 * ("platform APIs", "this brand HERE"), so the name after them must be written as a name: a capital,
 * then small letters.
 */
const CONSUMER_TRADES_BEFORE_NAME = wordSet(
  'website platform app streamer grocer supermarket chain brand marketplace exchange newspaper tabloid charity nonprofit',
);
const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}/u;
/** What an operator runs, in "rail operator Avanti West Coast"; a "crane operator" is a person. */
const OPERATED = wordSet('rail train network grid port ferry mobile telecom tour pipeline airport satellite bus');
/** Kinds of company a story gives examples of ("chipmakers such as…"), and the words that bring them. */
const COMPANY_KINDS = wordSet(
  'companies firms brands retailers banks lenders insurers automakers carmakers chipmakers airlines startups',
);
/** The last word of a news desk's name, as a wire story signs off with it ("-- Frankfurt Newsroom"). */
const NEWSROOMS = wordSet('newsroom desk');
/** What a club's player or staff is, between the club and the name: "Ajax striker Jari Litmanen". */
const SQUAD_ROLES = wordSet(
  'striker midfielder defender goalkeeper goalie keeper forward winger playmaker full-back fullback centre-back center-back coach manager skipper captain quarterback pitcher batsman bowler',
);
/** Capitalized words before a squad role that are no club: "Former striker…", "Head coach…". */
const NOT_CLUBS = wordSet(
  'former ex veteran star retired injured young teenage new rival top fellow interim assistant head caretaker',
);
/** Besides "such as". */
const EXAMPLE_LINKS = wordSet('including like');
/** People quoted for the firm they work at ("analysts at Nomura"), as only a company's staff are. */
const STAFF = wordSet('analysts analyst economists economist strategists strategist');
/** Roles held in a company, before "of": "chief executive of Capgemini", "founder of Foodtrainers". */
const ROLES_OF = wordSet('ceo cfo cto coo chairman chairwoman founder co-founder cofounder shareholder shareholders');
const ROLE_PAIRS_OF = new Set(['chief executive', 'executive officer', 'financial officer', 'board chairman']);

/**
 * What an appositive calls a company or another body ("Epic Games, the maker of Fortnite", "Gavi, the
 * vaccine alliance"), after "the", "a" or "an" and up to three describing words.
 */
const BODY_NOUNS = wordSet(
  'party union company firm maker automaker carmaker chipmaker drugmaker manufacturer retailer airline carrier bank lender insurer conglomerate startup start-up broadcaster provider supplier giant alliance charity nonprofit non-profit organisation organization agency regulator watchdog brokerage subsidiary',
);
/**
 * What may follow the noun that ends the appositive: punctuation or a clause ("the vaccine alliance,", "a
 * retailer based in…"), not another noun ("the company spokesman", "a consulting firm partner").
 */
const AFTER_BODY_NOUN = wordSet(
  ', . ; : ) — – - that which whose with based in of for at from known founded owned headquartered behind',
);
const APPOSITIVE_ARTICLES = wordSet('the a an');
/** Words that end an appositive's noun before any body noun: "an analyst at the bank". */
const NOT_DESCRIBING = wordSet('the a an at of for in with from on by to and or');
const MAX_DESCRIBING_WORDS = 3;

/** Words that open a sentence before a comma as names never do: "However,", "Additionally,". */
const SENTENCE_ADVERBS = wordSet(
  'however further furthermore moreover meanwhile instead still yet overall also again finally first second third next last besides indeed otherwise thus hence therefore nevertheless nonetheless remote here there',
);
const isSentenceAdverb = (lowered: string): boolean => lowered.endsWith('ly') || SENTENCE_ADVERBS.has(lowered);

/** Whether an appositive naming a company or a body starts at token `at` (the comma). */
function bodyAppositive(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.text !== ',') return false;
  // "Ticketmaster, owned by Live Nation", "Instagram, a unit of Meta": only a company is owned or controlled.
  const phrase = `${lower(tokens[at + 1])} ${lower(tokens[at + 2])}`;
  if (phrase === 'owned by' || phrase === 'controlled by' || (phrase === 'a unit' && lower(tokens[at + 3]) === 'of'))
    return true;
  // "the vaccine alliance", or a place's: "IG Metall, Germany's largest union".
  const owner = NAME_WORD.test(tokens[at + 1]?.text ?? '') && POSSESSIVE.test(tokens[at + 2]?.text ?? '');
  if (!APPOSITIVE_ARTICLES.has(lower(tokens[at + 1])) && !owner) return false;
  for (let i = at + (owner ? 3 : 2); i <= at + 2 + MAX_DESCRIBING_WORDS && i < tokens.length; i++) {
    const word = (tokens[i] as Token).text;
    const next = lower(tokens[i + 1]);
    // "the maker of Fortnite" but not "a giant of jazz"; no owner, operator, developer or publisher, which
    // people are as often as companies.
    if (BODY_NOUNS.has(word)) return AFTER_BODY_NOUN.has(next) && (word === 'maker') === (next === 'of');
    // Describing words: "the vaccine alliance", "the Japanese automaker", "the AI startup", "the U.N. agency";
    // never a preposition or an article, which ends the noun: "an analyst at the bank" is a person.
    if (!/^[\p{L}][\p{L}.-]*$/u.test(word) || NOT_DESCRIBING.has(word.toLowerCase())) return false;
  }
  return false;
}

const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{N}'’.&-]*|\p{Lu}{2,}\p{N}*)$/u;
const POSSESSIVE = /^['’]s?$/;
const MAX_NAME_WORDS = 3;

const lower = (token: Token | undefined) => (token ? lowerCase(token.text) : '');

/** Whether tokens[at] is a hyphen written inside a word, touching the tokens on both sides. */
const innerHyphen = (tokens: readonly Token[], at: number): boolean => {
  const hyphen = tokens[at];
  const before = tokens[at - 1];
  const after = tokens[at + 1];
  return hyphen?.text === '-' && !!before && !!after && before.end === hyphen.start && hyphen.end === after.start;
};

export function addCompanyCueMentions(
  text: string,
  mentions: TaggedMention[],
  units: readonly Token[][],
  covered: Uint8Array,
): TaggedMention[] {
  const out = mentions.slice();
  // Whether each token of the unit being read is a name word, worked out once: the cues below ask it of
  // most tokens two or three times, and the pattern is a Unicode one.
  let flagsOf: readonly Token[] | undefined;
  let nameFlags = new Uint8Array(0);
  const isName = (tokens: readonly Token[], i: number) => {
    const t = tokens[i];
    if (t === undefined) return false;
    if (tokens !== flagsOf) {
      flagsOf = tokens;
      nameFlags = new Uint8Array(tokens.length);
    }
    let flag = nameFlags[i] as number;
    if (flag === 0) {
      // Most tokens are lowercase words, which a first character settles without the pattern.
      const first = t.text.charCodeAt(0);
      const maybe = first >= 128 || (first >= 65 && first <= 90);
      flag = maybe && NAME_WORD.test(t.text) && !CAPITALIZED_NON_NAMES.has(t.text) ? 1 : 2;
      nameFlags[i] = flag;
    }
    return flag === 1;
  };
  const add = (tokens: readonly Token[], from: number, to: number, unit: number, retype = false, widen = false) => {
    const start = (tokens[from] as Token).start;
    const end = (tokens[to - 1] as Token).end;
    const inside = (m: TaggedMention) => m.start >= start && m.end <= end;
    if (widen && !out.some((m) => m.start < end && start < m.end && !inside(m))) {
      // The whole name is the organization's, the part the tagger found with it ("Moscow" of "Moscow
      // Newsroom") is not a mention of its own.
      for (let k = out.length - 1; k >= 0; k--) if (inside(out[k] as TaggedMention)) out.splice(k, 1);
      covered.fill(1, start, end);
      out.push({ text: text.slice(start, end), start, end, type: 'ORG', unit, cue: true });
      return;
    }
    if (covered.subarray(start, end).some((x) => x === 1)) {
      // An appositive outweighs the tagger: no person or place is "the Detroit automaker".
      const found = retype ? out.findIndex((m) => m.start === start && m.end === end) : -1;
      if (found >= 0) out[found] = { ...(out[found] as TaggedMention), type: 'ORG', cue: true };
      return;
    }
    covered.fill(1, start, end);
    out.push({ text: text.slice(start, end), start, end, type: 'ORG', unit, cue: true });
  };
  /** Where a run of up to MAX_NAME_WORDS name words starting at `at` ends. */
  const nameRunEnd = (tokens: readonly Token[], at: number): number => {
    let end = at;
    let words = 0;
    while (end < tokens.length && words < MAX_NAME_WORDS && isName(tokens, end)) {
      end++;
      words++;
      // "Rolls-Royce", "Hapag-Lloyd": a hyphen inside a word joins two name words into one.
      while (innerHyphen(tokens, end) && isName(tokens, end + 1)) end += 2;
    }
    return end;
  };
  /**
   * Up to `limit` firms named from token `at` on, joined by "and" (and by commas where `commas`), each a
   * company that may retype the tagger's reading.
   */
  const addFirms = (tokens: readonly Token[], at: number, unit: number, limit: number, commas: boolean) => {
    let from = at;
    for (let firm = 0; firm < limit; firm++) {
      const end = nameRunEnd(tokens, from);
      if (end === from || isName(tokens, end)) return;
      add(tokens, from, end, unit, true);
      const link = lower(tokens[end]);
      if (link !== 'and' && !(commas && link === ',')) return;
      from = end + (link === ',' && lower(tokens[end + 1]) === 'and' ? 2 : 1);
    }
  };
  units.forEach((tokens, u) => {
    for (let i = 0; i < tokens.length; i++) {
      const word = lower(tokens[i]);
      // "shares in BP", "stake in Rivian", "chief executive of Capgemini", "a co-founder of Rivian"
      const heldIn = HELD_IN.has(word) && (lower(tokens[i + 1]) === 'in' || lower(tokens[i + 1]) === 'of');
      const roleOf =
        word === 'of' &&
        (ROLES_OF.has(lower(tokens[i - 1])) || ROLE_PAIRS_OF.has(`${lower(tokens[i - 2])} ${lower(tokens[i - 1])}`));
      if (heldIn || roleOf) {
        const at = heldIn ? i + 2 : i + 1;
        const end = nameRunEnd(tokens, at);
        // A longer run of capitals is a headline or a title, not one company; "X and Y" may be two
        // companies or one ("Infrastructure and Energy Alternatives"), so neither is taken.
        const joined = lower(tokens[end]) === 'and' && isName(tokens, end + 1);
        if (end > at && !isName(tokens, end) && !joined) add(tokens, at, end, u);
      }
      // "Lagos-based fintech Flutterwave", "chipmaker Nvidia": a company's trade written before its name, as
      // a role is before a person's.
      // Written in lowercase as a word of its own: not a title's "Lean Startup Week", nor "post-startup".
      const operator = word === 'operator' && OPERATED.has(lower(tokens[i - 1]));
      const consumerTrade = CONSUMER_TRADES_BEFORE_NAME.has(word) && TITLE_CASE_WORD.test(tokens[i + 1]?.text ?? '');
      const trade =
        (TRADES_BEFORE_NAME.has(word) || operator || consumerTrade) &&
        tokens[i]?.text === word &&
        tokens[i - 1]?.text !== '-';
      // Two letters are a field's or a country's code ("the group ID", "carmaker UK sales"), not a name.
      if (trade && isName(tokens, i + 1) && (tokens[i + 1] as Token).text.length > 2) {
        const end = nameRunEnd(tokens, i + 1);
        if (!isName(tokens, end)) add(tokens, i + 1, end, u, true);
      }
      // "companies such as Huawei and SMIC", "banks including HSBC, Barclays and Lloyds": examples of a kind
      // of company are companies.
      if (COMPANY_KINDS.has(word)) {
        const examplesAt =
          `${lower(tokens[i + 1])} ${lower(tokens[i + 2])}` === 'such as'
            ? i + 3
            : EXAMPLE_LINKS.has(lower(tokens[i + 1]))
              ? i + 2
              : 0;
        if (examplesAt > 0) addFirms(tokens, examplesAt, u, 5, true);
      }
      // "analysts at Nomura and Mizuho Securities", "economists at ING": the firms whose staff are quoted.
      if (STAFF.has(word) && lower(tokens[i + 1]) === 'at') addFirms(tokens, i + 2, u, 2, false);
      if (!isName(tokens, i) || (i > 0 && isName(tokens, i - 1))) continue;
      const end = nameRunEnd(tokens, i);
      if (isName(tokens, end)) continue;
      const next = lower(tokens[end]);
      // "Interfax news agency said"; a wire's sign-off "-- Moscow Newsroom", "London Markets Desk".
      if (
        (next === 'news' && lower(tokens[end + 1]) === 'agency') ||
        (end - i >= 2 && NEWSROOMS.has(lower(tokens[end - 1])))
      )
        add(tokens, i, end, u, true, true);
      // "Ajax striker Jari Litmanen", "Barcelona coach Bobby Robson": a club by the player or the coach it
      // has (a country's side, "Norway coach Egil Olsen", stays the country: assembly turns it back).
      else if (
        SQUAD_ROLES.has(next) &&
        isName(tokens, end + 1) &&
        tokens[end]?.text === next &&
        !(end - i === 1 && NOT_CLUBS.has(word))
      )
        add(tokens, i, end, u, true);
      // "Rivian shares fell", "Coinbase and MicroStrategy shares jumped"
      else if (SHARES.has(next) && MARKET_MOVES.has(lower(tokens[end + 1]))) {
        add(tokens, i, end, u);
        if (lower(tokens[i - 1]) === 'and' && isName(tokens, i - 2)) {
          let first = i - 2;
          while (first > 0 && i - 2 - first < MAX_NAME_WORDS - 1 && isName(tokens, first - 1)) first--;
          add(tokens, first, i - 1, u);
        }
      }
      // "Epic Games, the maker of Fortnite", "Gavi, the vaccine alliance"; not "Additionally, the company…"
      else if (bodyAppositive(tokens, end) && !(i === 0 && end === 1 && isSentenceAdverb(word)))
        add(tokens, i, end, u, true);
      // "Apple's chief executive", "Rivian's board"
      else if (POSSESSIVE.test(next)) {
        const owned = lower(tokens[end + 1]);
        const pair = `${owned} ${lower(tokens[end + 2])}`;
        if (COMPANY_POSSESSIONS.has(owned) || COMPANY_POSSESSION_PAIRS.has(pair)) add(tokens, i, end, u);
      }
    }
  });
  return out;
}
