/**
 * A story that a page builder or a document converter cut into sections of one kind (AsciiDoc's "sect1",
 * a builder's numbered rows, one block per section), of which Readability took one. Readability joins a
 * pick's siblings only when they share its class exactly and were scored; these sections do neither.
 */
import { countWords } from '../text/words';
import { FURNITURE_NAME, TAIL_HEADING } from './cleanup/vocabulary';
import { elementsByTag, namedAs, normalizedText, tagName } from './dom';
import type { Origin } from './readability';

/** A section headed like the page's tail or a site box: "Latest News", "Contact us", "Testimonials". */
function opensTail(section: Element): boolean {
  const heading = elementsByTag(section, HEADINGS)[0];
  const text = normalizedText(heading ?? section)
    .slice(0, 80)
    .toLowerCase();
  return TAIL_HEADING.test(text) || SITE_BOX_HEADING.test(text);
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const SITE_BOX_HEADING =
  /^(?:contact us|get in touch|testimonials?|latest (?:insights|updates|blogs?|posts|articles|news)|our (?:services|team|clients)|subscribe|sign up|related|recent|more from)\b/;

/** The first class name without a page builder's number ("et_pb_row_2" → "et_pb_row"), with the tag. */
function sectionKind(el: Element): string | null {
  const first = (el.getAttribute('class') ?? '').trim().split(/\s+/)[0];
  return first ? `${tagName(el)}.${first.replace(/[-_]\d+$/, '')}` : null;
}

/**
 * The story with the sections beside Readability's pick, in page order, the pick in its place; null when
 * there are none, or they add little prose, or mostly links.
 */
export function withSiblingSections(
  content: Element,
  origin: Origin,
  measure: (el: Element) => { chars: number; linkChars: number },
): Element | null {
  // What Readability moved into the article has left the parent (Readability may also have replaced a
  // moved element by its only child, so the article need not hold the very element).
  const moved = new Set(origin.children.filter((child) => child.parentNode !== origin.parent));
  const pick = origin.children.find((child) => moved.has(child));
  if (!pick) return null;
  // The pick's own kind among its siblings, else its parent's among the parent's siblings.
  const levels: Array<{ holder: Element; siblings: Element[] }> = [{ holder: pick, siblings: origin.children }];
  const up = origin.parent.parentElement;
  if (up) levels.push({ holder: origin.parent, siblings: Array.from(up.children) });
  for (const { holder, siblings } of levels) {
    const kind = sectionKind(holder);
    if (!kind) continue;
    // Sections of the kind next to the pick, up to one that opens the page's tail ("Latest News",
    // "Contact us") or is named as furniture (comments, related): a builder or a CMS gives its sidebars,
    // teasers and comment threads the same kind as the story.
    const at = siblings.indexOf(holder);
    const same: Element[] = [];
    for (const step of [-1, 1]) {
      for (let i = at + step; i >= 0 && i < siblings.length; i += step) {
        const section = siblings[i] as Element;
        if (moved.has(section) || sectionKind(section) !== kind) continue;
        if (opensTail(section) || namedAs(section, FURNITURE_NAME)) break;
        same.push(section);
      }
    }
    if (same.length === 0) continue;
    let words = 0;
    let chars = 0;
    let linkChars = 0;
    for (const section of same) {
      words += countWords(section.textContent ?? '');
      const counts = measure(section);
      chars += counts.chars;
      linkChars += counts.linkChars;
    }
    if (words < 100 || words < countWords(content.textContent ?? '') * 0.3 || linkChars > chars * 0.5) return null;
    const story = (content.ownerDocument ?? origin.parent.ownerDocument).createElement('div');
    for (const section of siblings) {
      if (section === holder) {
        if (holder === origin.parent) {
          // The pick's parent: what stayed in it before the pick (a section heading), then the pick.
          const pickAt = origin.children.indexOf(pick);
          for (const before of origin.children.slice(0, pickAt))
            if (before.parentNode === holder) story.appendChild(before);
        }
        while (content.firstChild) story.appendChild(content.firstChild);
      } else if (same.includes(section)) story.appendChild(section);
    }
    return story;
  }
  return null;
}
