/**
 * Results and tables in sports wire copy: "Ajax Amsterdam 4 Fortuna Sittard 1" (a result), "Barcelona 5 4 1 0
 * 12 3 13" (a league table's row), "Colin Montgomerie 67 68 70 205" (a golfer's rounds). The tagger was
 * trained on prose and reads a club named after its town as the town ("Ajax Amsterdam", "Twente
 * Enschede"), or misses it ("PSV Eindhoven"); but a line made only of names and scores says what they are:
 * who played. A club is an organization, a country's side is the country (as news NER sets write "Germany
 * 2 Italy 1"), and a name the tagger read as a person's (a golfer, a driver) stays a person's.
 */

/** A score, a count of a table's column, or a round ("4", "12", "205", "12-3"). */
const SCORE = /^\d{1,3}(?:-\d{1,3})?$/;
const NAME_WORD = /^\p{Lu}[\p{L}.'’&-]*$/u;
/** Lowercase words inside a club's name ("Club de Regatas", "Queen of the South"). */
const INNER_WORDS = new Set(['de', 'del', 'la', 'of', 'the', 'and', 'van', 'den', 'do', 'da', 'di']);
/** Capitalized words a line of numbers opens with that are no team: "Chapter 3 Section 4", "Round 2". */
const NOT_TEAMS = new Set(
  'chapter section volume vol issue page part round game week day step level season episode table figure fig article rule grade class phase stage question item note match heat lap race leg set'.split(
    ' ',
  ),
);
const MAX_NAME_WORDS = 5;

export interface NameRun {
  /** Token indexes of the name, end exclusive. */
  start: number;
  end: number;
}

export interface ScoreLine {
  names: NameRun[];
  /** A match's result (two sides, so two teams or two countries); else a table's row. */
  result: boolean;
  /** A cricket scorecard's line: all its names are people's. */
  people?: true;
}

/** The run of name words from `at`, or its end `at` when there is none. */
function nameRunEnd(words: readonly string[], at: number): number {
  let i = at;
  while (i < words.length && i - at < MAX_NAME_WORDS) {
    const w = words[i] as string;
    // "Queen of the South": inner words lead on to a name word.
    let k = i;
    while (k < words.length && INNER_WORDS.has(words[k] as string)) k++;
    const inner = i > at && k > i && NAME_WORD.test(words[k] ?? '');
    if (!NAME_WORD.test(w) && !inner) break;
    i++;
  }
  // A name ends on a name word, not on "of".
  while (i > at && !NAME_WORD.test(words[i - 1] as string)) i--;
  return i;
}

/**
 * The names of a score line, or null when the unit is not one. A result is "name score name score",
 * perhaps followed by a bracket ("( half-time 1-0 )") or a full stop; a table's row is a name and three
 * to twelve numbers, perhaps after its rank or total ("1. Barcelona", "202 Colin Montgomerie 68 67 67").
 */
export function scoreLineNames(words: readonly string[]): ScoreLine | null {
  let n = words.length;
  const bracket = words.indexOf('(');
  if (bracket > 0 && SCORE.test(words[bracket - 1] as string)) n = bracket;
  else if (words[n - 1] === '.') n--;
  let i = 0;
  // A table row's rank.
  if (/^\d{1,3}\.?$/.test(words[0] ?? '')) {
    // "1. Barcelona", tokenized "1 . Barcelona" or not.
    const at = words[1] === '.' ? 2 : 1;
    if (NAME_WORD.test(words[at] ?? '')) i = at;
  }
  const names: NameRun[] = [];
  let scores = 0;
  let lastScores = 0;
  while (i < n) {
    const end = nameRunEnd(words, i);
    if (end === i) return null;
    if (NOT_TEAMS.has((words[i] as string).toLowerCase())) return null;
    names.push({ start: i, end });
    i = end;
    let k = 0;
    while (i < n && SCORE.test(words[i] as string)) {
      i++;
      k++;
    }
    if (k === 0) return null;
    scores += k;
    lastScores = k;
  }
  if (names.length === 2 && scores === 2 && lastScores === 1) return { names, result: true };
  if (names.length === 1 && scores >= 3 && scores <= 12) return { names, result: false };
  return null;
}

/** How a batsman's innings ended, before the bowler's name ("c Karim b Kumble", "lbw b Srinath"). */
const DISMISSAL_WORDS = new Set(['c', 'st', 'lbw', 'b', 'and', '&', 'hit', 'wicket']);

/**
 * The people of a cricket scorecard's line, or null: a batsman's innings ("Sanath Jayasuriya c Karim b
 * Kumble 64", "Marvan Atapattu lbw b Srinath 18", "Aravinda de Silva not out 88") or a bowler's figures
 * ("Srinath 22-4-71-1 , Prasad 18-3-60-0"). Fielders and bowlers go by their surnames, which the tagger
 * cannot tell from any other capitalized word; the card's shape can.
 */
export function scorecardNames(words: readonly string[]): NameRun[] | null {
  let n = words.length;
  if (words[n - 1] === '.') n--;
  const names: NameRun[] = [];
  // A bowler's figures, after a heading ("Bowling ( to date ) :"): name overs-maidens-runs-wickets.
  const colon = words.indexOf(':');
  let i = colon >= 0 ? colon + 1 : 0;
  const figuresAt = (k: number) => /^\d{1,2}(?:\.\d)?$/.test(words[k] ?? '') && words[k + 1] === '-';
  const bowler = nameRunEnd(words, i);
  if (bowler > i && figuresAt(bowler)) {
    while (i < n) {
      const end = nameRunEnd(words, i);
      if (end === i || !figuresAt(end)) return null;
      names.push({ start: i, end });
      i = end;
      // overs - maidens - runs - wickets
      for (let k = 0; k < 7; k++, i++)
        if (!(k % 2 === 0 ? /^\d{1,3}(?:\.\d)?$/ : /^-$/).test(words[i] ?? '')) return null;
      if (i < n && words[i] !== ',' && words[i] !== ';') return null;
      i++;
    }
    return names.length > 0 ? names : null;
  }
  // A batsman's innings.
  const batsman = nameRunEnd(words, 0);
  if (batsman === 0 || !/^\d{1,3}$/.test(words[n - 1] ?? '')) return null;
  names.push({ start: 0, end: batsman });
  const how = words.slice(batsman, n - 1).join(' ');
  if (how === 'not out' || how === 'run out' || how === 'retired hurt') return names;
  i = batsman;
  let bowled = false;
  while (i < n - 1) {
    const w = words[i] as string;
    if (!DISMISSAL_WORDS.has(w)) return null;
    i++;
    if (w === 'c' || w === 'st' || w === 'b') {
      const end = nameRunEnd(words, i);
      if (end === i) {
        // "c and b Kumble": the catch was the bowler's own.
        if (w === 'c' && (words[i] === 'and' || words[i] === '&')) continue;
        return null;
      }
      names.push({ start: i, end });
      i = end;
      if (w === 'b') bowled = true;
    }
  }
  return bowled ? names : null;
}

export interface Entrant {
  /** The athlete's name. */
  person: NameRun;
  /** The country in brackets after it. */
  country: NameRun;
  /** The team or make written after the bracket on a results row ("Ferrari", "Team Sky"). */
  team?: NameRun;
}

/**
 * Athletes named with their country in brackets, as results and draws write them: "Pete Sampras ( U.S. )
 * beat Marc Rosset ( Switzerland )", "201 Sven Struver ( Germany ) 67 66 68", "2. Mika Hakkinen ( Finland
 * ) McLaren 22.898 seconds behind" (the team after the bracket on a row that opens with the athlete).
 * `isCountry` is given the bracket's words lowercased and joined by spaces.
 */
export function entrants(words: readonly string[], isCountry: (lowered: string) => boolean): Entrant[] {
  const found: Entrant[] = [];
  for (let open = words.indexOf('('); open > 0; open = words.indexOf('(', open + 1)) {
    const close = words.indexOf(')', open);
    if (close < 0 || close - open > 4) continue;
    if (
      !isCountry(
        words
          .slice(open + 1, close)
          .join(' ')
          .toLowerCase(),
      )
    )
      continue;
    let start = open;
    while (
      start > 0 &&
      open - start < MAX_NAME_WORDS &&
      (NAME_WORD.test(words[start - 1] as string) ||
        (start > 1 && INNER_WORDS.has(words[start - 1] as string) && NAME_WORD.test(words[start - 2] as string)))
    )
      start--;
    if (open - start < 2 || !NAME_WORD.test(words[start] as string)) continue;
    const entrant: Entrant = { person: { start, end: open }, country: { start: open + 1, end: close } };
    // A results row: the athlete opens the line (after a rank or a seed), the team follows the bracket.
    const opensRow =
      start === 0 || (start <= 3 && words.slice(0, start).every((w) => /^(?:\d{1,3}\.?|\.|-|=)$/.test(w)));
    const teamEnd = nameRunEnd(words, close + 1);
    const after = words[teamEnd];
    if (opensRow && teamEnd > close + 1 && (after === undefined || /^[\d\p{Ll}]/u.test(after)))
      entrant.team = { start: close + 1, end: teamEnd };
    found.push(entrant);
  }
  // A draw's or a leaderboard's line has a figure beside an athlete: a seed or a rank before the name, a
  // score or a time after the bracket (or the team). A heading's "First Bloom (UK)" has none.
  const figure = (k: number) => /^\d/.test(words[k] ?? '');
  const beside = found.some((e) => {
    const after = e.team ? e.team.end : e.country.end + 1;
    return figure(e.person.start - 1) || figure(e.person.start - 2) || figure(after) || figure(after + 1);
  });
  return beside ? found : [];
}
