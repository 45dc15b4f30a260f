/**
 * Context lines that Readability would throw away with the page furniture (a "Follow X on Twitter" in a
 * `social` box, a licensing footer in a `copyright` div). They are found before Readability runs, and
 * kept as notes when they sat inside the part of the page Readability chose as the article.
 */
import type { PageNote } from '../../types';
import { ancestorsOf, bodyOf, collapseSpace, elementsWhere, tagName } from '../dom';
import { noteKindOf } from './vocabulary';

interface NoteCandidate {
  /** The line's text as it was before Readability ran. */
  raw: string;
  /** The element the line sat in, still in the page after Readability removed the line itself. */
  parent: Element;
}

const LEAF_BLOCKS = new Set(['p', 'div', 'section', 'aside', 'footer', 'small', 'em', 'li', 'span']);
const INNER_BLOCKS = new Set(['p', 'div', 'section', 'li']);

/**
 * Leaf blocks of a line's length, with their text, before Readability runs. Which kind of note a line is
 * (if any) is asked only of the lines inside the article Readability chooses (notesInside).
 */
export function findNoteCandidates(doc: Document, limit = 20_000): NoteCandidate[] {
  const candidates: NoteCandidate[] = [];
  const body = bodyOf(doc);
  if (!body) return candidates;
  // Both lists in one walk (the inner blocks are leaf blocks too).
  const inner: Element[] = [];
  const elements = elementsWhere(body, (el) => {
    const tag = tagName(el);
    if (INNER_BLOCKS.has(tag)) inner.push(el);
    return LEAF_BLOCKS.has(tag);
  });
  // Elements with a block below them are not leaves; found once instead of a query per element.
  const notLeaves = ancestorsOf(inner);
  const count = Math.min(elements.length, limit);
  for (let i = 0; i < count; i++) {
    const el = elements[i];
    if (!el?.parentElement || notLeaves.has(el)) continue;
    const raw = el.textContent ?? '';
    if (raw.length < 12 || raw.length > 900) continue;
    candidates.push({ raw, parent: el.parentElement });
  }
  return candidates;
}

export function notesInside(content: Element, candidates: NoteCandidate[]): PageNote[] {
  const notes: PageNote[] = [];
  for (const candidate of candidates) {
    if (candidate.parent !== content && !content.contains(candidate.parent)) continue;
    const text = collapseSpace(candidate.raw);
    const kind = noteKindOf(text);
    if (kind) notes.push({ kind, text });
  }
  return notes;
}
