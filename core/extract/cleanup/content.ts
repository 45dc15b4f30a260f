/**
 * Cleanup of Readability's article element before it becomes blocks: captions and credits leave the body
 * (the first becomes the lead image's caption), and furniture that Readability kept is removed by name.
 */
import type { PageNote } from '../../types';
import { classAndId, detach, insideCode, namedAs, namedElements, normalizedText, tagName } from '../dom';
import { KEEP_TAGS } from '../prune';
import { CAPTION_NAME, CREDIT, FURNITURE_NAME, noteKindOf } from './vocabulary';

export interface CaptionInfo {
  caption?: string;
  credit?: string;
}

export function removeCaptions(content: Element, notes: PageNote[]): CaptionInfo {
  const info: CaptionInfo = {};
  for (const el of Array.from(content.querySelectorAll('figcaption, [class], [id]'))) {
    if (!el.parentNode) continue;
    const isCaption = tagName(el) === 'figcaption' || namedAs(el, CAPTION_NAME);
    if (!isCaption) continue;
    const text = normalizedText(el);
    // A "caption" wrapper holding the story itself is a site's naming quirk, not a caption.
    if (text.split(' ').length > 80) continue;
    if (text) {
      const isCredit = /credit|copyright/.test(classAndId(el)) || (CREDIT.test(text) && text.split(' ').length <= 6);
      if (isCredit) info.credit ??= text;
      else info.caption ??= text;
      notes.push({ kind: 'caption', text });
    }
    detach(el);
  }
  return info;
}

/** Removes furniture named by class or id; a context line among it (a "Follow X on Twitter") becomes a note. */
export function removeFurnitureByName(content: Element, notes: PageNote[]): void {
  for (const el of namedElements(content)) {
    if (!el.parentNode || KEEP_TAGS.has(tagName(el))) continue;
    if (!namedAs(el, FURNITURE_NAME) || insideCode(el)) continue;
    const text = normalizedText(el);
    if (text.split(' ').length > 40) continue;
    const kind = noteKindOf(text);
    if (kind) notes.push({ kind, text });
    detach(el);
  }
}
