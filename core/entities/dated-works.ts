/**
 * Films, books and albums listed with their year: "roles include The Lookout (2007), A Single Man (2009),
 * Stoker (2013)", "the romantic comedy Leap Year (2010)", "the period drama Copying Beethoven (2006)". The
 * tagger reads many such titles as people or places. In a sentence that speaks of works, a name with a
 * year in brackets after it is a title, no entity; elsewhere a surname before a year is an author
 * (citation-authors.ts).
 */

import type { TagSpan } from './tagger';

const YEAR = /^(?:1[5-9]|20)\d\d$/;
/** Words that say a sentence lists works (not "book" or "single", which scholarly prose uses of studies). */
const WORKS = new Set(
  'film films movie movies comedy comedies drama dramas thriller thrillers documentary documentaries sitcom sitcoms miniseries album albums novel novels musical musicals opera operas roles starred starring directed episode episodes'.split(
    ' ',
  ),
);

/** The unit's spans without the titles dated in a sentence about works (the spans unchanged when none). */
export function withoutDatedWorks(words: readonly string[], spans: TagSpan[]): TagSpan[] {
  if (spans.length === 0 || !words.includes('(') || !words.some((w) => WORKS.has(w.toLowerCase()))) return spans;
  const dated = (s: TagSpan) => words[s.end] === '(' && YEAR.test(words[s.end + 1] ?? '') && words[s.end + 2] === ')';
  return spans.some(dated) ? spans.filter((s) => !dated(s)) : spans;
}
