/**
 * Finds quoted passages: curly, straight, guillemet and low-9 marks, nested quotes inside, unclosed quotes,
 * and the newspaper convention for a quote running over several paragraphs (no closing mark at the end of
 * a paragraph, an opening mark at the start of the next).
 */
export interface QuoteSpan {
  /** Span including the quote marks (or to the paragraph end when the quote is left open). */
  start: number;
  end: number;
  /** The quoted words, without marks and surrounding space. */
  innerStart: number;
  innerEnd: number;
  paragraph: number;
  closed: boolean;
  /** Index of the first quote of a multi-paragraph quote this one belongs to (its own index otherwise). */
  chain: number;
}

export interface Paragraph {
  start: number;
  end: number;
}

export function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /\n\s*\n/g;
  let from = 0;
  const push = (s: number, e: number) => {
    let a = s;
    let b = e;
    while (a < b && /\s/.test(text[a] ?? '')) a++;
    while (b > a && /\s/.test(text[b - 1] ?? '')) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  for (const m of text.matchAll(re)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

const OPENERS = '“«„"‘‹';
/** An opening mark or a closing one (” » " ’ › “). */
const QUOTE_MARK = /[“«„"‘‹”»’›]/g;

/** Index in `marks` (increasing offsets) of the first offset at or after `at`. */
function firstAtOrAfter(marks: readonly number[], at: number): number {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((marks[mid] as number) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isOpenContext = (c: string | undefined) => c === undefined || /[\s([{—–\-/“«„"‘]/.test(c);
const isCloseContext = (c: string | undefined) => c === undefined || /[\s.,;:!?)\]}—–\-…”»"’]/.test(c);

function closes(opener: string, mark: string): boolean {
  switch (opener) {
    case '“':
      return mark === '”' || mark === '“' || mark === '"';
    case '"':
      return mark === '"' || mark === '”';
    case '«':
      return mark === '»';
    case '„':
      return mark === '“' || mark === '”';
    case '‘':
      return mark === '’';
    case '‹':
      return mark === '›';
    default:
      return false;
  }
}

/**
 * Single marks are primary quotes only in text that uses no double marks at all (some British copy);
 * otherwise they are nested quotes or apostrophes.
 */
function usesSingleQuotes(text: string): boolean {
  return !/[“”"«»„]/.test(text) && /(^|[\s(])‘\p{L}/mu.test(text);
}

export function findQuotes(text: string, paragraphs: Paragraph[] = paragraphsOf(text)): QuoteSpan[] {
  const single = usesSingleQuotes(text);
  const quotes: QuoteSpan[] = [];
  // Where the quote marks are, found in one search: the paragraphs are read mark by mark, not character by character.
  const marks = Array.from(text.matchAll(QUOTE_MARK), (m) => m.index);
  let pendingChain = -1;

  paragraphs.forEach((para, pi) => {
    let open: { mark: string; at: number } | null = null;
    let depth = 0;
    const startsWithOpener = (p: Paragraph | undefined) => {
      const c = p ? text[p.start] : undefined;
      return c !== undefined && (c === '“' || c === '"' || c === '«' || c === '„' || (single && c === '‘'));
    };
    const emit = (s: number, e: number, closed: boolean) => {
      const markLen = 1;
      let is = s + markLen;
      let ie = closed ? e - 1 : e;
      while (is < ie && /\s/.test(text[is] ?? '')) is++;
      while (ie > is && /[\s,;:]/.test(text[ie - 1] ?? '')) ie--;
      if (ie <= is) return;
      const index = quotes.length;
      const continued = pendingChain >= 0 && s === para.start;
      quotes.push({
        start: s,
        end: e,
        innerStart: is,
        innerEnd: ie,
        paragraph: pi,
        closed,
        chain: continued ? pendingChain : index,
      });
      pendingChain = -1;
      if (!closed && startsWithOpener(paragraphs[pi + 1]))
        pendingChain = continued ? (quotes[index]?.chain ?? index) : index;
    };

    for (let k = firstAtOrAfter(marks, para.start); k < marks.length && (marks[k] as number) < para.end; k++) {
      const i = marks[k] as number;
      const c = text[i] ?? '';
      if (!single && (c === '‘' || c === '’') && !open) continue;
      if (single && c === '’' && /\p{L}/u.test(text[i + 1] ?? '')) continue; // apostrophe: don't, Smith’s
      if (single && c === '‘' && !isOpenContext(text[i - 1])) continue;
      const prev = text[i - 1];
      const next = text[i + 1];
      const canOpen = !isSpace(next) && isOpenContext(i === para.start ? undefined : prev);
      const canClose = !isSpace(prev) && isCloseContext(next);

      if (!open) {
        if ((OPENERS.includes(c) && c !== '’' && (canOpen || c !== '"')) || (c === '”' && canOpen && !canClose)) {
          open = { mark: c === '”' ? '"' : c, at: i };
          depth = 0;
        }
        continue;
      }
      // Inside a quote: a mark either closes it, opens a nested quote, or closes a nested one.
      const nestedOpen =
        (c === '‘' || c === '“' || c === '«' || c === '‹' || (c === '"' && open.mark !== '"')) && canOpen && !canClose;
      if (depth > 0 && !nestedOpen && (c === '’' || c === '”' || c === '»' || c === '›' || c === '"') && canClose) {
        if (!(closes(open.mark, c) && depth === 0)) {
          // A nested quote closing; the outer one closes only on its own mark at depth 0.
          if (c === '’' && /\p{L}/u.test(next ?? '')) continue;
          depth--;
          continue;
        }
      }
      if (nestedOpen && !(closes(open.mark, c) && canClose)) {
        depth++;
        continue;
      }
      if (depth === 0 && closes(open.mark, c) && (canClose || c !== '"' || !canOpen)) {
        emit(open.at, i + 1, true);
        open = null;
      }
    }
    if (open) emit(open.at, para.end, false);
  });
  return quotes;
}

/** The quoted words of a span. */
export function quoteText(text: string, q: QuoteSpan): string {
  return text.slice(q.innerStart, q.innerEnd);
}
