import { foldAccents } from '../entities/names';
import { titleCaseName } from '../text/title-case';
import type { Paragraph } from './quotes';

/**
 * Broadcast transcripts (radio and television): each turn opens with its speaker's name in capitals,
 * with a role the first time ("SACHA PFEIFFER, HOST:", "SERGIO MARTINEZ-BELTRAN, BYLINE:",
 * "MARTINEZ-BELTRAN:", "UNIDENTIFIED PERSON #1:"). The program's own voices (host, reporter) tell the
 * story; everyone else is a source speaking in their own words.
 */
export interface BroadcastTurn {
  /** The speaker as a reader would write the name ("Rosie Curts", "Martinez-Beltran"). */
  name: string;
  /** Where the spoken words start, after the label. */
  bodyStart: number;
  /** One of the program's own voices: not a source. */
  program: boolean;
  /** "UNIDENTIFIED PERSON #1": someone the broadcaster does not name. */
  unidentified: boolean;
}

const CAPS_LABEL =
  /^(\p{Lu}[\p{Lu}.'’-]*(?: \p{Lu}[\p{Lu}.'’-]*){0,3})(?: #\d+)?(?:, (\p{Lu}[\p{Lu} .'’-]*))?:(?:\s+|$)/u;
/** Roles of the people who present and report the program ("HOST", "BYLINE", "CNN ANCHOR"). */
const PROGRAM_ROLES = /\b(?:HOST|CO-HOST|BYLINE|ANCHOR|CORRESPONDENT|REPORTER|NARRATOR|MODERATOR|PRESENTER)\b/;
/** Turns a transcript needs before its capital labels are taken as speakers. */
const MIN_TURNS = 3;

const lastName = (name: string): string => foldAccents(name.split(' ').pop() ?? name).toLowerCase();

/**
 * The speaker turn each paragraph opens, or null for a paragraph that opens none; null altogether when the
 * text is not a broadcast transcript (fewer than three turns, or no host or reporter named by role).
 */
export function broadcastTurns(
  text: string,
  paragraphs: readonly Paragraph[],
  author: string | null,
): (BroadcastTurn | null)[] | null {
  const labels = paragraphs.map((para) =>
    CAPS_LABEL.exec(text.slice(para.start, Math.min(para.end, para.start + 120))),
  );
  const found = labels.filter((m): m is RegExpExecArray => !!m);
  // A transcript introduces its host or reporter by role; without one, labels in capitals are a glossary,
  // a price table or a Q-and-A ("SEO: ...", "PRICE: ...").
  if (found.length < MIN_TURNS || !found.some((m) => PROGRAM_ROLES.test(m[2] ?? ''))) return null;
  // The program's voices by last name: "MARTINEZ-BELTRAN:" after "SERGIO MARTINEZ-BELTRAN, BYLINE:", and the
  // piece's author, whose lines are the report itself.
  const program = new Set(found.filter((m) => PROGRAM_ROLES.test(m[2] ?? '')).map((m) => lastName(m[1] ?? '')));
  if (author) program.add(lastName(author));
  return labels.map((m, i) => {
    if (!m?.[1]) return null;
    const name = titleCaseName(m[1]);
    const bodyStart = (paragraphs[i] as Paragraph).start + m[0].length;
    return {
      name,
      bodyStart,
      program: PROGRAM_ROLES.test(m[2] ?? '') || program.has(lastName(name)),
      unidentified: /^UNIDENTIFIED\b/.test(m[1]),
    };
  });
}
