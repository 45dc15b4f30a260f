/**
 * A town, a county or a name read as a person's that a sports story writes of as a team: "Charlton are 23rd
 * in the table", "Palace manager Alan Pardew", "Chelsea's diagonals", "Middlesbrough (4-2-3-1):". A club is an
 * organization, though it is named for its town (and in CoNLL's news annotation too); a country's side stays
 * the country, which assembly turns back into a place.
 *
 * Results and fixtures make a side in any story ("Leicestershire beat Somerset by an innings", "Liverpool,
 * who host Everton"), as does a line-up's formation. The other cues are words sports pages put around a side,
 * and some of them ("boss", "fans") also sit beside a city or a person in other news ("a Hollywood boss"), so
 * they are read only in a story that is about sport by its own words.
 */

/**
 * A match's result written around a team's name, the margin or score included so that a figure of speech
 * ("Beijing beat Washington in the talks") is not one: "Leicestershire beat Somerset by an innings",
 * "lost to Footscray by 12 points", "Bolton defeated Wigan 2-1", "the Chiefs beat the Buffalo Bills 32-29".
 */
const RESULT_VERB = '(?:beat|beats|defeated|edged|thrashed|routed|crushed|drew with|drew against|lost to|lost against)';
const MARGIN = '\\s+(?:by\\b|\\d|on penalties)';
const RESULT_AFTER = new RegExp(
  `^\\s+${RESULT_VERB}\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}${MARGIN}`,
  'u',
);
const RESULT_BEFORE = new RegExp(`\\b${RESULT_VERB}\\s+(?:the\\s+)?$`);
const MARGIN_AFTER = new RegExp(`^${MARGIN}`);
/** Scores of sets ("6-4 7-6", "6-3, 4-6, 7-6 (7-3)"): a match of players, who stay people. */
const SET_SCORES = /\b\d{1,2}[-–]\d{1,2}(?:\s*\(\d{1,2}(?:[-–]\d{1,2})?\))?,?\s+\d{1,2}[-–]\d{1,2}\b/;
export function playsMatch(text: string, m: { start: number; end: number }): boolean {
  const after = text.slice(m.end, m.end + 60);
  if (SET_SCORES.test(after)) return false;
  if (RESULT_AFTER.test(after)) return true;
  return MARGIN_AFTER.test(after) && RESULT_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start));
}

/**
 * "Liverpool, who host Everton on Sunday": a town written with "who" and a fixture's verb (plural, as
 * British sports pages write of a team) is its team. "Who" alone is not ("civilians in Gaza, who fled"), nor
 * a singular verb ("a psychologist in Atlanta who hosts a podcast").
 */
const TEAM_WHO_AFTER =
  /^\s?,\s+who\s+(?:host|play|face|visit|travel to|trail|top|lead|sit|were relegated|were promoted)\b/;
export const actsAsTeam = (text: string, m: { end: number }): boolean =>
  TEAM_WHO_AFTER.test(text.slice(m.end, m.end + 40));

/** Words sports reports use and other news seldom does. */
const SPORT_WORDS =
  /\b(?:striker|midfielder|defender|goalkeeper|winger|kick-off|half-time|innings|wickets?|batsman|bowler|quarterback|touchdowns?|fixtures?|relegation|relegated|semi-finals?|quarter-finals?|stadium|play-offs?|premiership|hat-trick|equali[sz]er|referee|scorer)\b/gi;
/**
 * Words sports reports use as other news also does: "victory", "the season", "the Urban League", "the death
 * penalty", "our goals", "he tries".
 */
const SPORTING_WORDS =
  /\b(?:goals?|scored|league|coach|penalty|tries|season|club|fans|supporters|manager|draw|defeat|victory|title|squad|match|championship|points|table)\b/gi;
/**
 * How much a story must say of sport: a sport word counts two, a sporting word one. Measured on the summary
 * development articles, where every story scoring five was a sports report and a trial, a royal poll and a
 * primary race scored three.
 */
const MIN_SPORT_SCORE = 5;

function distinctWords(pattern: RegExp, text: string, enough: number): number {
  const seen = new Set<string>();
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m && seen.size < enough; m = pattern.exec(text))
    seen.add((m[0] as string).toLowerCase().replace(/s$/, ''));
  return seen.size;
}

export function isSportsStory(text: string): boolean {
  const sport = distinctWords(SPORT_WORDS, text, Math.ceil(MIN_SPORT_SCORE / 2));
  if (2 * sport >= MIN_SPORT_SCORE) return true;
  return 2 * sport + distinctWords(SPORTING_WORDS, text, MIN_SPORT_SCORE) >= MIN_SPORT_SCORE;
}

/** "Middlesbrough (4-2-3-1): Konstantopoulos; Nsue…": a side and its formation, before its line-up. */
const FORMATION_AFTER = /^\s*\(\d(?:-\d){2,3}\)/;
/**
 * A side written of in the plural, as British sports pages do: "Charlton are 23rd", "Clermont were able
 * to". Only as a sentence's subject: "Sydney and Melbourne are cities", "the people of Gaza are" are not.
 */
const PLURAL_VERB_AFTER = /^ (?:are|were|have)\b/;
const SUBJECT_BEFORE =
  /(?:^|\n|[.!?]["'”’]?\s+|\b(?:[Bb]ut|[Ww]hile|[Ww]hen|[Aa]s|[Bb]ecause|[Aa]lthough|[Tt]hough|[Aa]fter|[Bb]efore|[Ss]ince|[Ii]f|[Ss]o|that|[Ww]here)\s+)$/;
/** A country's name in brackets right after a name. */
const COUNTRY_AFTER = /^ \((\p{Lu}[\p{L} .'-]*)\)/u;
/** What a club has or is, written after its name in lowercase: "Palace manager", "Chelsea forwards". */
const SQUAD_AFTER =
  /^ (?:manager|boss|coach|striker|midfielder|defender|winger|goalkeeper|keeper|captain|skipper|squad|fly-half|scrum-half|full-back|flanker|hooker|batsman|bowler|all-rounder|wicketkeeper|quarterback|pitcher|linebacker|loanee|youngsters?|forwards|defenders|players|fans|supporters|defence|defense|chairman|co-chairman|owner)s?\b/;
/** What a club has, after its possessive: "Monaco's coach", "City's young side". */
const SQUAD_OWNED =
  /^ ?['’]s? (?:(?:young|new|injury-hit|depleted|weakened|understrength|youthful|experienced)\s+)?(?:side|squad|defence|defense|attack|midfield|back four|academy|fans|supporters|players|youngsters|manager|boss|coach|goalkeeper|striker|captain|skipper|keeper|signings|line-up|lineup)\b/;
/**
 * Of those, what a person also has: a player's coach or manager ("Murray coach Ivan Lendl"), fans, a side
 * ("Mourinho's side" is the team he manages), a defence ("Slager's defense", his lawyers' case). A name read
 * as a person's is a team by the rest only.
 */
const ALSO_A_PERSONS =
  /^ ?['’]?s? (?:[a-z-]+ )?(?:defen[cs]e|manager|boss|coach|fans|supporters|owner|players|side|squad|signings|captain|skipper|chairman)s?\b/;

/**
 * Whether the mention at [start, end) is written of as a sports team. `sports`: whether the story is
 * about sport (isSportsStory); `person`: whether the tagger read the name as a person's.
 */
export function writtenAsTeam(
  text: string,
  m: { start: number; end: number },
  sports: boolean,
  person: boolean,
  isCountry?: (lowercased: string) => boolean,
): boolean {
  const after = text.slice(m.end, m.end + 48);
  if (FORMATION_AFTER.test(after)) return true;
  if (!sports) return false;
  // "Group E: CSKA Moscow (Russia), Bayer Leverkusen (Germany)": a club and its country in brackets. A
  // player is listed so too ("Djokovic (Serbia)"), so not a name read as a person's.
  const country = COUNTRY_AFTER.exec(after);
  if (country && !person && isCountry?.((country[1] as string).toLowerCase())) return true;
  if (PLURAL_VERB_AFTER.test(after)) return SUBJECT_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start));
  if (!SQUAD_AFTER.test(after) && !SQUAD_OWNED.test(after)) return false;
  return !person || !ALSO_A_PERSONS.test(after);
}

/**
 * Last words of a club named for its town or county, which are also those of places ("Kansas City", "Cape
 * Town", "Orange County").
 */
const TOWN_CLUB_LAST_WORDS = /^(.+) (?:City|Town|County)$/;

/**
 * "Hull City", "Ipswich Town", "Derby County" in a sports story: a listed town and "City", "Town" or
 * "County", the two no listed place's name ("Kansas City", "Cape Town" are; "Quebec City" is not listed,
 * hence the sports story).
 */
export function namedAsTownClub(name: string, isPlace: ((lowercased: string) => boolean) | undefined): boolean {
  const town = TOWN_CLUB_LAST_WORDS.exec(name);
  if (!town || !isPlace) return false;
  return isPlace((town[1] as string).toLowerCase()) && !isPlace(name.toLowerCase());
}

/**
 * What a side is met, joined or signed for by, right before its name: "against Liverpool", "joined Chelsea",
 * "face Burnley", "on loan at Barnsley". A town of the lists so named in a sports story is its club.
 */
const OPPOSED_BEFORE =
  /\b(?:against|beat|beating|beats|joined|joining|join|signed for|sign for|signing for|on loan (?:at|to|from)|face|faces|faced|facing|host|hosts|hosted|hosting|play|plays|played|playing|drew with|lost to|defeated|thrashed|knocked out) $/;

export function opposedAsTown(
  text: string,
  name: string,
  mentions: readonly { start: number; end: number; text: string }[],
  isPlace: ((lowercased: string) => boolean) | undefined,
): boolean {
  if (name.includes(' ') || !isPlace?.(name.toLowerCase())) return false;
  return mentions.some(
    (m) => !m.text.includes(' ') && OPPOSED_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start)),
  );
}
