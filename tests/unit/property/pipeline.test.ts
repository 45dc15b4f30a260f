import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/parse-html';
import { analyzeArticle, analyzeText } from '../../../core/analyze';
import { extractArticle } from '../../../core/extract/index';
import type { Analysis } from '../../../core/types';

/**
 * Random pages and random text through the pipeline: it never throws, never hangs, and every span it
 * returns points into `article.text` where it says. Seeded, so a failure replays the same way.
 */

const SEED = 20_241_127;
const RUNS = 100;
/** Per-input bound: generous, only to catch a hang. */
const INPUT_BOUND_MS = 10_000;

const WORDS = [
  'Mayor',
  'Ana Ruiz',
  'said',
  'the',
  'council',
  '"quoted"',
  '«guillemets»',
  'reportedly',
  'Paris',
  'U.S.',
  'Dr.',
  '…',
  '—',
  '!',
  '?',
  '.',
];
const piece = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.constantFrom(
    '😀',
    '👩‍👩‍👧',
    'مرحبا بالعالم',
    'שלום',
    '\u202e',
    '\u200f',
    '&amp;',
    '&lt;b&gt;',
    '&#x1F600;',
    '&nbsp;',
    "'",
    '"',
    '\n',
    '\t',
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);
const text = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(' '));

const TAGS = [
  'p',
  'div',
  'span',
  'a',
  'h1',
  'h2',
  'article',
  'section',
  'figure',
  'figcaption',
  'blockquote',
  'ul',
  'li',
  'em',
  'script',
  'style',
  'table',
  'td',
  'svg',
  'math',
  'br',
  'img',
  'time',
  'aside',
  'nav',
];
const attribute = fc
  .tuple(
    fc.constantFrom(
      'href',
      'class',
      'id',
      'rel',
      'datetime',
      'src',
      'onclick',
      'style',
      'hidden',
      'itemprop',
      'dir',
      'lang',
    ),
    fc.oneof(
      fc.constantFrom(
        'javascript:alert(1)',
        'data:text/html,x',
        '/rel',
        'https://ex.com/a?b="c"',
        'author',
        'byline',
        'rtl',
      ),
      fc.string({ maxLength: 10 }),
    ),
  )
  .map(([name, value]) => `${name}="${value.replaceAll('"', '&quot;')}"`);

const node: fc.Memo<string> = fc.memo((depth) =>
  depth <= 1
    ? text
    : fc.oneof(
        text,
        fc
          .tuple(
            fc.constantFrom(...TAGS),
            fc.array(attribute, { maxLength: 3 }),
            fc.array(node(depth - 1), { maxLength: 4 }),
            fc.boolean(),
          )
          .map(
            ([tag, attrs, children, closed]) =>
              `<${[tag, ...attrs].join(' ')}>${children.join('')}${closed ? `</${tag}>` : ''}`,
          ),
      ),
);
const page = fc
  .tuple(text, fc.array(node(4), { maxLength: 8 }), fc.boolean())
  .map(([title, body, wrapped]) =>
    wrapped
      ? `<!doctype html><html><head><title>${title}</title></head><body>${body.join('')}</body></html>`
      : body.join(''),
  );

type Span = { start: number; end: number; text?: string };

/** Every offset problem in an analysis, as readable lines (empty when all spans are sound). */
function spanProblems(analysis: Analysis): string[] {
  const { text: body } = analysis.article;
  const groups: Array<[string, Span[]]> = [
    ['summary.sentences', analysis.summary.sentences],
    ['entities.mentions', analysis.entities.flatMap((entity) => entity.mentions)],
    ['sources.citations', analysis.sources.citations],
    ['sources.unattributed', analysis.sources.unattributed],
    ['sources.links', analysis.sources.links],
    ['article.links', analysis.article.links],
  ];
  const problems: string[] = [];
  for (const [where, spans] of groups) {
    for (const span of spans) {
      const inRange =
        Number.isInteger(span.start) &&
        Number.isInteger(span.end) &&
        0 <= span.start &&
        span.start <= span.end &&
        span.end <= body.length;
      if (!inRange) problems.push(`${where}: [${span.start}, ${span.end}) outside 0..${body.length}`);
      else if (span.text !== undefined && body.slice(span.start, span.end) !== span.text)
        problems.push(
          `${where}: [${span.start}, ${span.end}) is ${JSON.stringify(body.slice(span.start, span.end))}, not ${JSON.stringify(span.text)}`,
        );
    }
  }
  return problems;
}

async function timed<T>(work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  expect(performance.now() - started).toBeLessThan(INPUT_BOUND_MS);
  return result;
}

describe('pipeline properties', () => {
  it('random HTML: extraction and analysis never throw and every span points into the text', async () => {
    await fc.assert(
      fc.asyncProperty(page, async (html) => {
        const analysis = await timed(async () => {
          const article = extractArticle(parseHtml(html, 'https://example.com/2024/01/02/story/'));
          return analyzeArticle(article);
        });
        expect(spanProblems(analysis)).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 180_000);

  it('random text: summary, entities and sources never throw and every span points into the text', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (input) => {
        const analysis = await timed(() => analyzeText(input));
        expect(analysis.article.text).toBe(input);
        expect(spanProblems(analysis)).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS * 2 },
    );
  }, 180_000);

  it('the span check itself catches a bad offset', async () => {
    const analysis = await analyzeText('Ana Ruiz said the council met. The mayor reportedly left.');
    expect(spanProblems(analysis)).toEqual([]);
    const broken = structuredClone(analysis);
    broken.summary.sentences.push({ text: 'x', start: 3, end: 2 });
    broken.article.links.push({ href: 'https://a.b/', text: 'nope', start: 0, end: 4 });
    expect(spanProblems(broken)).toHaveLength(2);
  });
});
