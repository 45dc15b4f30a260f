/**
 * Finds passages of text inside rendered HTML and returns DOM ranges for them, matching across
 * element boundaries and ignoring differences in whitespace. The reader view uses the ranges for
 * highlights (the CSS Custom Highlight API), so the article's DOM is never rewritten.
 */

export interface TextIndex {
  /** The root's text with every whitespace run collapsed to one space. */
  text: string;
  /** For each character of `text`, its text node and offset. */
  positions: Array<{ node: Text; offset: number }>;
}

export function indexText(root: Node): TextIndex {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  const positions: TextIndex['positions'] = [];
  let lastWasSpace = true;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const data = node.data;
    for (let offset = 0; offset < data.length; offset++) {
      const char = data[offset] as string;
      if (/\s/.test(char)) {
        if (lastWasSpace) continue;
        text += ' ';
        lastWasSpace = true;
      } else {
        text += char;
        lastWasSpace = false;
      }
      positions.push({ node, offset });
    }
    // Block boundaries often have no whitespace text between them; keep words from running together.
    if (!lastWasSpace && node.parentElement && isBlockEnd(node)) {
      text += ' ';
      positions.push({ node, offset: data.length });
      lastWasSpace = true;
    }
  }
  return { text, positions };
}

function isBlockEnd(node: Text): boolean {
  const parent = node.parentElement;
  if (!parent || node.nextSibling) return false;
  return /^(P|LI|H[1-6]|BLOCKQUOTE|FIGCAPTION|DIV|TD|TH|DT|DD|PRE)$/.test(parent.tagName);
}

const normalize = (text: string): string => text.replace(/\s+/g, ' ').trim();
const isWordChar = (char: string | undefined): boolean => !!char && /[\p{L}\p{N}]/u.test(char);

/** Ranges of `needle` in the index: every occurrence, or only whole words when `wholeWords`. */
export function findRanges(
  index: TextIndex,
  needle: string,
  options: { wholeWords?: boolean; limit?: number } = {},
): Range[] {
  const target = normalize(needle);
  if (!target) return [];
  const ranges: Range[] = [];
  let from = 0;
  while (ranges.length < (options.limit ?? Number.POSITIVE_INFINITY)) {
    const at = index.text.indexOf(target, from);
    if (at < 0) break;
    from = at + 1;
    const end = at + target.length;
    if (options.wholeWords && (isWordChar(index.text[at - 1]) || isWordChar(index.text[end]))) continue;
    const first = index.positions[at];
    const last = index.positions[end - 1];
    if (!first || !last) continue;
    const range = first.node.ownerDocument.createRange();
    range.setStart(first.node, first.offset);
    range.setEnd(last.node, Math.min(last.offset + 1, last.node.data.length));
    ranges.push(range);
  }
  return ranges;
}
