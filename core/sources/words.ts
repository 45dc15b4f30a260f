/** Word tokens with offsets, and the small word lists the attribution rules share. */
export interface Tok {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter or digit-letter mix like "U.S." or "3M". */
  cap: boolean;
  punct: boolean;
}

const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}'’&-]|\.(?=[\p{L}]\.?))*\.?|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string, from = 0, to = text.length): Tok[] {
  const out: Tok[] = [];
  const slice = text.slice(from, to);
  // An exec loop rather than matchAll, which copies the pattern and wraps each match in an iterator result.
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    let t = m[0];
    // A trailing period belongs to the word only for abbreviations and initials ("Inc.", "U.S.", "J.").
    if (
      t.length > 1 &&
      t.endsWith('.') &&
      // A party and state tag keeps its abbreviation's period too: "R-S.D.", "D-Mass.", "R-La.".
      !/^(?:\p{Lu}|(?:\p{L}\.)+\p{L}|[A-Z]-(?:\p{L}\.)*\p{L}+|Inc|Corp|Co|Ltd|Jr|Sr|Dr|Mr|Mrs|Ms|St|Gov|Sen|Rep|Gen|Col|Lt|Sgt|Prof|Rev|Det|Capt|Supt|No)\.$/u.test(
        t,
      )
    )
      t = t.slice(0, -1);
    const start = from + m.index;
    const first = t[0] ?? '';
    const code = t.charCodeAt(0);
    // ASCII answered without the Unicode property tests (most tokens of most articles).
    const ascii = code < 128;
    const alnum = (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
    const punct = ascii ? !alnum : !/[\p{L}\p{N}]/u.test(first);
    const cap = ascii ? code >= 65 && code <= 90 : /\p{Lu}/u.test(first);
    out.push({ text: t, lower: t.toLowerCase(), start, end: start + t.length, cap, punct });
    if (t.length < m[0].length) {
      const s = start + t.length;
      out.push({ text: '.', lower: '.', start: s, end: s + 1, cap: false, punct: true });
    }
  }
  return out;
}

/** A set of the words of a space-separated list. */
export const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

export const PRONOUNS = set('he she they it we i him her them his hers their me us');
/** A lowercased word without the auxiliary run into it: "we’ve" → "we", "i’d" → "i", "she’ll" → "she". */
export const withoutContraction = (lower: string): string => lower.replace(/['’](?:ve|m|ll|d|re)$/, '');
export const DETERMINERS = set(
  'the a an this that these those his her its their our my your some several two three four many one another other both each',
);
/** Words that end a speaker phrase when walking over it. */
export const BOUNDARY = set(
  'as when while that which who whom whose because but if after before since than so then though although where and or nor not ' +
    'is was were are has have had be been being will would could should can may might must do does did to in on by at with from ' +
    'into onto over under about against during without within via also just only even still already yet however meanwhile ' +
    'there here what how why whether said says say told tells according it',
);
export const ADVERBS = set(
  'also later then previously once again earlier recently repeatedly frequently privately publicly separately further ' +
    'additionally subsequently initially first finally simply bluntly flatly quietly angrily quickly still often already ' +
    'reportedly allegedly apparently clearly openly once',
);
export const TIME_WORDS = set(
  'monday tuesday wednesday thursday friday saturday sunday today yesterday tonight last next this week month year weekend ' +
    'morning afternoon evening night earlier later',
);
/** Head nouns of anonymous or unnamed human sources. */
export const PERSON_ROLES = set(
  'official officials source sources spokesman spokeswoman spokesperson spokespeople representative representatives ' +
    'person people aide aides adviser advisers advisor advisors insider insiders diplomat diplomats officer officers ' +
    'witness witnesses resident residents expert experts analyst analysts researcher researchers scientist scientists ' +
    'investigator investigators prosecutor prosecutors lawyer lawyers attorney attorneys doctor doctors executive executives ' +
    'employee employees staffer staffers worker workers member members leader leaders minister ministers lawmaker lawmakers ' +
    'legislator legislators senator senators economist economists critic critics supporter supporters activist activists ' +
    'neighbor neighbors neighbour neighbours friend friends relative relatives manager managers director directors ' +
    'president chairman chairwoman chair ceo founder owner coach player players fan fans teacher teachers student students ' +
    'parent parents mother father son daughter wife husband victim victims survivor survivors driver passenger passengers ' +
    'commander commanders soldier soldiers militant militants judge mayor governor councillor councilor councilwoman councilman ' +
    'author authors organizer organizers organiser organisers volunteer volunteers farmer farmers nurse nurses officer ' +
    'observer observers commentator commentators historian historians professor professors engineer engineers trader traders ' +
    'investor investors banker bankers consultant consultants campaigner campaigners negotiator negotiators mediator ' +
    'secretary chief head boss captain manager striker midfielder defender goalkeeper veteran veterans patient patients ' +
    'forecaster forecasters meteorologist meteorologists organisers organizers regulators protesters demonstrators pundits ' +
    'strategists architect designer artist singer actor writer candidate one pal pals mate opponent rival teammate partner colleague colleagues',
);
/** Head nouns that name an organization without naming which one ("the company", "the security firm"). */
export const ORG_NOUNS = set(
  'company firm group ministry department agency government administration council committee commission office ' +
    'organization organisation institute university college school hospital bank court police authorities authority ' +
    'board union federation association foundation charity party campaign team club league regulator watchdog ' +
    'network station newspaper outlet broadcaster service army military navy embassy consulate coalition alliance ' +
    'movement center centre lab laboratory startup retailer airline manufacturer insurer utility operator developer ' +
    'app platform maker website site chain brand label publisher studio trust force industry sector ' +
    'council district city county state municipality church parliament congress senate house cabinet junta',
);
/** Capitalized words that mark an organization name. */
export const ORG_CUES = set(
  'group inc inc. corp corp. corporation co co. ltd ltd. llc plc company ministry department agency university institute ' +
    'college school hospital bank council committee commission office organization organisation foundation association ' +
    'union federation party police service services authority board court society league club fc united trust fund ' +
    'center centre network news times post journal press television radio tv airlines airways motors systems technologies ' +
    'labs laboratory laboratories partners holdings capital energy health museum army navy force forces command bureau ' +
    'administration parliament congress senate assembly government state church coalition alliance front brigade taliban ' +
    'hamas hezbollah isis nato un who fbi cia nasa institution review magazine gazette herald tribune chronicle observer ' +
    'standard mirror express daily weekly league agency commission collective',
);
/** Head nouns of documents that "say" things. */
export const DOCUMENT_NOUNS = set(
  'report reports study studies statement statements survey surveys poll polls analysis memo memos document documents ' +
    'filing filings lawsuit complaint indictment ruling judgment judgement verdict paper papers review audit letter ' +
    'email emails data records record transcript affidavit brief assessment estimate estimates forecast release ' +
    'announcement notice order decision guidance guidelines findings research investigation inquiry probe testimony ' +
    'post tweet video footage documentary book article editorial draft pilot trial experiment experiments',
);
export const TITLES = set(
  'president vice prime minister secretary senator sen. sen rep. rep representative governor gov. gov mayor judge justice ' +
    'dr. dr prof. prof professor mr. mr mrs. mrs ms. ms sir dame lord lady gen. gen general col. col colonel lt. lt lieutenant ' +
    'sgt. sgt sergeant capt. capt captain major commander chief officer detective det. inspector superintendent supt. ' +
    'constable pope king queen prince princess sheikh ayatollah rabbi rev. rev father bishop archbishop chancellor ' +
    'ambassador coach chairman chairwoman ceo cfo director speaker leader deputy attorney state foreign interior defense ' +
    'defence health finance home agriculture education labor labour trade candidate chair prosecutor superintendent sergeant',
);
/** Adjectives of nationality, region and affiliation: capitalized, yet not a name. */
export const DEMONYMS = set(
  'american british english scottish welsh irish french german italian spanish portuguese dutch belgian swiss austrian ' +
    'polish czech hungarian russian ukrainian chinese japanese korean indian pakistani afghan iranian iraqi syrian israeli ' +
    'palestinian lebanese turkish egyptian saudi emirati qatari libyan nigerian kenyan ethiopian south north african asian ' +
    'european canadian mexican brazilian argentine argentinian chilean colombian venezuelan cuban australian zealander ' +
    'u.s. us uk u.k. eu un western eastern federal republican democratic democrat conservative liberal labour tory ' +
    'muslim christian jewish catholic sunni shiite kurdish taliban nato',
);

/** Auxiliaries that may stand between a speaker and the verb ("has told", "had said", "would later say"). */
export const AUXILIARIES = set('has have had was were is are will would could did does do also');
