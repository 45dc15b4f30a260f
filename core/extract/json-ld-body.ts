/**
 * A page that builds its story in the browser (an app shell saved before its scripts ran) may hold no
 * story in its HTML at all, while its JSON-LD carries the whole text as `articleBody` for search engines.
 * Then that text is the story, read as paragraphs. Never for a piece the page marks as paywalled: the
 * reader sees what the page shows them.
 */
import { countWords } from '../text/words';
import type { Block } from './blocks';

/** Fewer words than this in the HTML's story, and the page holds no story of its own. */
const MAX_HTML_WORDS = 50;
/** At least this many words in `articleBody`, and it is a story rather than a summary. */
const MIN_BODY_WORDS = 150;

/** Whether `articleBody` should stand in for the story the HTML gave (`blocks`, almost none). */
export function useArticleBody(blocks: readonly Block[], articleBody: string | null, paywalled: boolean): boolean {
  if (paywalled || !articleBody || countWords(articleBody) < MIN_BODY_WORDS) return false;
  let htmlWords = 0;
  for (const block of blocks) {
    htmlWords += countWords(block.text);
    if (htmlWords >= MAX_HTML_WORDS) return false;
  }
  return true;
}

/** `articleBody` as a detached element of paragraphs; its text is set as text, never parsed as markup. */
export function articleBodyElement(doc: Document, articleBody: string): Element {
  const root = doc.createElement('div');
  for (const paragraph of plainText(articleBody).split(/\n+/)) {
    const text = paragraph.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const p = doc.createElement('p');
    p.textContent = text;
    root.appendChild(p);
  }
  return root;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * Some sites put markup in `articleBody`: paragraph and line breaks become new lines, other tags go, and
 * the common character references are read.
 */
function plainText(body: string): string {
  return body
    .replace(/<\s*br\s*\/?>|<\/\s*(?:p|div|h[1-6]|li|blockquote)\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (match, dec: string, hex: string, name: string) => {
      const code = dec ? Number(dec) : hex ? Number.parseInt(hex, 16) : Number.NaN;
      if (!Number.isNaN(code)) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
      return ENTITIES[name.toLowerCase()] ?? match;
    });
}
