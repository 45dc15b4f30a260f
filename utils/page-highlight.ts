/**
 * Finds passages of the extracted article in the live page and highlights them, without touching the
 * page's own nodes where the browser allows: the CSS Custom Highlight API paints ranges, and only
 * browsers without it get <mark> elements (removed cleanly by `clearHighlights`).
 * Runs in the reader script's isolated world.
 */

const HIGHLIGHT_NAME = 'lede';
const STYLE_ID = 'lede-highlight-style';
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'SVG']);
const MARK_ATTRIBUTE = 'data-lede-highlight';

interface TextIndex {
  nodes: Text[];
  starts: number[];
  /** Page text with every whitespace run collapsed to one space. */
  normalized: string;
  /** normalized index → [node index, offset in node]. */
  positions: Array<[number, number]>;
}

function buildTextIndex(root: Node): TextIndex {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      let parent = node.parentElement;
      while (parent) {
        if (SKIP.has(parent.tagName.toUpperCase())) return NodeFilter.FILTER_REJECT;
        parent = parent.parentElement;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  const nodes: Text[] = [];
  const starts: number[] = [];
  const positions: Array<[number, number]> = [];
  let normalized = '';
  let lastWasSpace = true;
  let offset = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node as Text).data;
    nodes.push(node as Text);
    starts.push(offset);
    offset += text.length;
    for (let i = 0; i < text.length; i++) {
      const isSpace = /\s/.test(text[i] ?? '');
      if (isSpace && lastWasSpace) continue;
      normalized += isSpace ? ' ' : text[i];
      positions.push([nodes.length - 1, i]);
      lastWasSpace = isSpace;
    }
  }
  return { nodes, starts, normalized, positions };
}

const normalizePassage = (passage: string): string => passage.replace(/\s+/g, ' ').trim();

/** Ranges of every occurrence of each passage in the page, in page order (at most `limit`). */
export function findPassageRanges(root: Node, passages: string[], limit = 500): Range[] {
  const index = buildTextIndex(root);
  const doc = root.ownerDocument ?? (root as Document);
  const ranges: Array<{ at: number; range: Range }> = [];
  for (const raw of passages) {
    const passage = normalizePassage(raw);
    if (!passage) continue;
    let from = 0;
    while (ranges.length < limit) {
      const at = index.normalized.indexOf(passage, from);
      if (at < 0) break;
      const first = index.positions[at];
      const last = index.positions[at + passage.length - 1];
      if (!first || !last) break;
      const range = doc.createRange();
      range.setStart(index.nodes[first[0]] as Text, first[1]);
      range.setEnd(index.nodes[last[0]] as Text, last[1] + 1);
      ranges.push({ at, range });
      from = at + passage.length;
    }
  }
  return ranges.sort((a, b) => a.at - b.at).map((entry) => entry.range);
}

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): boolean;
}

function highlightRegistry(): { registry: HighlightRegistry; Highlight: new (...ranges: Range[]) => unknown } | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Highlight = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  return css?.highlights && Highlight ? { registry: css.highlights, Highlight } : null;
}

function ensureStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = `::highlight(${HIGHLIGHT_NAME}){background-color:#ffd54a;color:#111}
mark[${MARK_ATTRIBUTE}]{background-color:#ffd54a;color:#111;border-radius:2px}`;
  (doc.head ?? doc.documentElement).append(style);
}

function wrapWithMarks(doc: Document, range: Range): void {
  // Wrap each text node piece separately: a range that crosses elements cannot be surrounded whole.
  const pieces: Array<[Text, number, number]> = [];
  const walker = doc.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  for (let node = walker.currentNode; node; node = walker.nextNode() as Node) {
    if (node.nodeType !== 3 || !range.intersectsNode(node)) continue;
    const text = node as Text;
    const start = text === range.startContainer ? range.startOffset : 0;
    const end = text === range.endContainer ? range.endOffset : text.length;
    if (end > start) pieces.push([text, start, end]);
  }
  for (const [text, start, end] of pieces) {
    const piece = doc.createRange();
    piece.setStart(text, start);
    piece.setEnd(text, end);
    const mark = doc.createElement('mark');
    mark.setAttribute(MARK_ATTRIBUTE, '');
    piece.surroundContents(mark);
  }
}

/** Removes every highlight Lede added; returns how many were removed. */
export function clearHighlights(doc: Document): number {
  let cleared = 0;
  const api = highlightRegistry();
  if (api?.registry.delete(HIGHLIGHT_NAME)) cleared++;
  for (const mark of Array.from(doc.querySelectorAll(`mark[${MARK_ATTRIBUTE}]`))) {
    mark.replaceWith(...Array.from(mark.childNodes));
    cleared++;
  }
  doc.body?.normalize();
  return cleared;
}

let flashTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * Highlights the passages and scrolls the `focus`-th occurrence into view. Unless `persist`, the
 * highlight fades after a few seconds. Returns how many occurrences were found.
 */
export function highlightPassages(doc: Document, passages: string[], focus: number, persist: boolean): number {
  clearTimeout(flashTimer);
  clearHighlights(doc);
  if (!doc.body) return 0;
  const ranges = findPassageRanges(doc.body, passages);
  if (ranges.length === 0) return 0;
  const target = ranges[Math.min(Math.max(focus, 0), ranges.length - 1)] as Range;
  const anchor = target.startContainer.parentElement;
  ensureStyle(doc);
  const api = highlightRegistry();
  if (api) api.registry.set(HIGHLIGHT_NAME, new api.Highlight(...ranges));
  else for (const range of [...ranges].reverse()) wrapWithMarks(doc, range);
  anchor?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  if (!persist) flashTimer = setTimeout(() => clearHighlights(doc), 3000);
  return ranges.length;
}
