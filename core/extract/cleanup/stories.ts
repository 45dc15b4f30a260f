/**
 * One story of an endless page. Many news sites add the next story below the one the reader opened as
 * the reader nears its end, each in an element of its own with its own headline; Readability then takes
 * their common parent, and the summary and entities mix three stories. When a page holds several whole
 * stories and exactly one has the page's title for its headline, that one is the story the reader is on.
 */
import { countWords } from '../../text/words';
import { detach, elementsWhere, normalizedText, squashText, tagName } from '../dom';

/** Fewer words than this in its paragraphs, and an element is a teaser or a post, not a whole story. */
const STORY_MIN_WORDS = 80;
/** A headline and a title match when one holds the other and the part held has this many words. */
const CONTAINED_MIN_WORDS = 4;

interface Story {
  element: Element;
  heading: Element;
  /** The heading's words, squashed for comparing (squashText). */
  headline: string;
}

/** An element marked as an article: <article>, or microdata's Article types (NewsArticle, BlogPosting…). */
function marksAnArticle(el: Element): boolean {
  if (tagName(el) === 'article') return true;
  const type = el.getAttribute('itemtype');
  return type !== null && /schema\.org\/\w*(?:Article|BlogPosting)\b/i.test(type);
}

function firstHeading(el: Element): Element | undefined {
  return elementsWhere(el, (child) => tagName(child) === 'h1' || tagName(child) === 'h2')[0];
}

function paragraphWords(el: Element): number {
  let words = 0;
  for (const p of elementsWhere(el, (child) => tagName(child) === 'p')) words += countWords(p.textContent ?? '');
  return words;
}

/** The page's whole stories, each with a headline; an element holding two of them is not one of them. */
function storiesOf(doc: Document): Story[] {
  const stories: Story[] = [];
  for (const element of elementsWhere(doc, marksAnArticle)) {
    const heading = firstHeading(element);
    const headline = heading ? squashText(normalizedText(heading)) : '';
    if (heading && headline && paragraphWords(element) >= STORY_MIN_WORDS) stories.push({ element, heading, headline });
  }
  return stories.filter((story) => !stories.some((other) => other !== story && story.element.contains(other.element)));
}

const wordsIn = (text: string): number => (text ? text.split(' ').length : 0);

/** Whether a headline and a title (both squashed) name the same story: equal, or one holds the other. */
export function headlineMatches(headline: string, title: string): boolean {
  if (headline === title) return true;
  if (title.includes(headline)) return wordsIn(headline) >= CONTAINED_MIN_WORDS;
  return headline.includes(title) && wordsIn(title) >= CONTAINED_MIN_WORDS;
}

/**
 * Removes from `doc` every whole story but the one whose headline is the page's title, and returns that
 * headline as printed; returns null and leaves the page alone unless the page has two stories or more and
 * exactly one of them matches. `titles` are tried in order: the tab's current title first (sites retitle
 * the tab as the reader scrolls into the next story), then the page's metadata title.
 */
export function keepCurrentStory(doc: Document, titles: readonly string[]): string | null {
  const stories = storiesOf(doc);
  if (stories.length < 2) return null;
  for (const title of titles) {
    const squashed = squashText(title);
    if (!squashed) continue;
    const current = stories.filter((story) => headlineMatches(story.headline, squashed));
    const kept = current[0];
    if (!kept || current.length > 1) continue;
    for (const story of stories) if (story !== kept) detach(story.element);
    return normalizedText(kept.heading);
  }
  return null;
}
