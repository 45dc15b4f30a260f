import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../core/text/sentences';

const texts = (input: string): string[] => splitSentences(input).map((s) => s.text);

describe('splitSentences: abbreviations and initials', () => {
  it.each([
    [
      'Sen. Elizabeth Warren met Gen. Mark Milley on Tuesday. They spoke for an hour.',
      ['Sen. Elizabeth Warren met Gen. Mark Milley on Tuesday.', 'They spoke for an hour.'],
    ],
    [
      'Mr. and Mrs. Smith visited Dr. Jones at St. Mary’s hospital. Prof. Lee was away.',
      ['Mr. and Mrs. Smith visited Dr. Jones at St. Mary’s hospital.', 'Prof. Lee was away.'],
    ],
    [
      'The vote is set for Jan. 5 at 10 a.m. in the Senate. Rep. Ocasio-Cortez objected.',
      ['The vote is set for Jan. 5 at 10 a.m. in the Senate.', 'Rep. Ocasio-Cortez objected.'],
    ],
    [
      'The U.S. Army confirmed it. Officials in the U.K. were told later.',
      ['The U.S. Army confirmed it.', 'Officials in the U.K. were told later.'],
    ],
    ['He flew back to the U.S. The trip was short.', ['He flew back to the U.S.', 'The trip was short.']],
    [
      'J.R.R. Tolkien wrote it. George W. Bush read it. John F. Kennedy did not.',
      ['J.R.R. Tolkien wrote it.', 'George W. Bush read it.', 'John F. Kennedy did not.'],
    ],
    [
      'Apple Inc. said revenue rose. Shares of Acme Corp. fell. It was a bad day for Widgets Co. The index fell.',
      [
        'Apple Inc. said revenue rose.',
        'Shares of Acme Corp. fell.',
        'It was a bad day for Widgets Co.',
        'The index fell.',
      ],
    ],
    [
      'It was ranked No. 1 in the country. The answer was no. Nobody asked again.',
      ['It was ranked No. 1 in the country.', 'The answer was no.', 'Nobody asked again.'],
    ],
    [
      'She holds a Ph.D. from Yale, e.g. in physics. Mt. Everest is tall.',
      ['She holds a Ph.D. from Yale, e.g. in physics.', 'Mt. Everest is tall.'],
    ],
  ])('%s', (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });
});

describe('splitSentences: numbers, URLs and emails', () => {
  it('keeps decimals and money whole', () => {
    expect(texts('The deal is worth $3.5 billion. Inflation was 2.4% in 2023. Growth was 0.5 points.')).toEqual([
      'The deal is worth $3.5 billion.',
      'Inflation was 2.4% in 2023.',
      'Growth was 0.5 points.',
    ]);
  });

  it('keeps URLs and emails whole and still ends a sentence after them', () => {
    expect(
      texts('Read it at https://www.example.com/news/a.b.html?id=3. Write to jo.smith@example.co.uk. He agreed.'),
    ).toEqual([
      'Read it at https://www.example.com/news/a.b.html?id=3.',
      'Write to jo.smith@example.co.uk.',
      'He agreed.',
    ]);
    expect(texts('Visit example.com for more. Or call.')).toEqual(['Visit example.com for more.', 'Or call.']);
  });

  it('does not split a German ordinal date or a numbered heading', () => {
    expect(texts('Die Wahl fand am 3. Oktober statt. Sie war knapp.')).toEqual([
      'Die Wahl fand am 3. Oktober statt.',
      'Sie war knapp.',
    ]);
    expect(texts('1. Introduction\n2. Methods')).toEqual(['1. Introduction', '2. Methods']);
    expect(texts('The ranking is out. 1. Switzerland. It tops the list. He scored 7. Then he left.')).toEqual([
      'The ranking is out.',
      '1. Switzerland.',
      'It tops the list.',
      'He scored 7.',
      'Then he left.',
    ]);
  });
});

describe('splitSentences: quotes and ellipses', () => {
  it('ends after a closing quote that follows the punctuation', () => {
    expect(texts('“We will win,” he said. “It is over.” Then he left.')).toEqual([
      '“We will win,” he said.',
      '“It is over.”',
      'Then he left.',
    ]);
    expect(texts('He said, "It is over." Then he left.')).toEqual(['He said, "It is over."', 'Then he left.']);
    expect(texts("She wrote, 'Done.' Nobody replied.")).toEqual(["She wrote, 'Done.'", 'Nobody replied.']);
  });

  it('does not end at a question or exclamation inside a quote followed by the attribution', () => {
    expect(texts('"Why now?" he asked. "Stop!" shouted the crowd.')).toEqual([
      '"Why now?" he asked.',
      '"Stop!" shouted the crowd.',
    ]);
  });

  it('handles guillemets both ways', () => {
    expect(texts('Il a dit : «C’est fini.» Puis il est parti.')).toEqual([
      'Il a dit : «C’est fini.»',
      'Puis il est parti.',
    ]);
    expect(texts('Er sagte: »Wir sind fertig.« Dann ging er.')).toEqual([
      'Er sagte: »Wir sind fertig.«',
      'Dann ging er.',
    ]);
  });

  it('splits at an ellipsis before a capital but not inside a sentence', () => {
    expect(texts('He paused... Then he spoke. It was, well… complicated.')).toEqual([
      'He paused...',
      'Then he spoke.',
      'It was, well… complicated.',
    ]);
  });

  it('ends on a closing bracket', () => {
    expect(texts('The bill passed (narrowly.) Critics were furious.')).toEqual([
      'The bill passed (narrowly.)',
      'Critics were furious.',
    ]);
  });
});

describe('splitSentences: lines, headings and lists', () => {
  it('treats a line without final punctuation as its own sentence', () => {
    expect(texts('What happens next\nThe court will rule in May.\n\nWhy it matters\n\nMillions are affected.')).toEqual(
      ['What happens next', 'The court will rule in May.', 'Why it matters', 'Millions are affected.'],
    );
  });

  it('splits bullet lists into items', () => {
    expect(texts('Key points:\n• Prices rose\n• Wages fell\n- Rents doubled\n* Savings shrank')).toEqual([
      'Key points:',
      '• Prices rose',
      '• Wages fell',
      '- Rents doubled',
      '* Savings shrank',
    ]);
  });

  it('joins hard-wrapped prose lines', () => {
    expect(texts('The committee met on Monday and\ndecided to delay the vote. It will meet again.')).toEqual([
      'The committee met on Monday and\ndecided to delay the vote.',
      'It will meet again.',
    ]);
  });

  it('always ends at a blank line', () => {
    expect(texts('First paragraph without a stop\n\nsecond paragraph in lowercase.')).toEqual([
      'First paragraph without a stop',
      'second paragraph in lowercase.',
    ]);
  });
});

describe('splitSentences: other scripts', () => {
  it('splits Chinese and Japanese at full-width marks without spaces', () => {
    expect(texts('东京是日本的首都。它很大！真的吗？是的。')).toEqual([
      '东京是日本的首都。',
      '它很大！',
      '真的吗？',
      '是的。',
    ]);
    expect(texts('「行くよ。」と彼は言った。それから。')).toEqual(['「行くよ。」と彼は言った。', 'それから。']);
  });

  it('splits Arabic, Hindi and Spanish', () => {
    expect(texts('هل أنت بخير؟ نعم، أنا بخير. شكرا لك.')).toEqual(['هل أنت بخير؟', 'نعم، أنا بخير.', 'شكرا لك.']);
    expect(texts('यह एक वाक्य है। यह दूसरा है।')).toEqual(['यह एक वाक्य है।', 'यह दूसरा है।']);
    expect(texts('¿Dónde está el presidente? ¡Nadie lo sabe! El Sr. García no habló.')).toEqual([
      '¿Dónde está el presidente?',
      '¡Nadie lo sabe!',
      'El Sr. García no habló.',
    ]);
  });
});

describe('splitSentences: offsets and odd input', () => {
  it('returns spans whose text is the slice of the input', () => {
    const input = '  Lead. \n\n  Second one!  Third?\nFourth';
    const spans = splitSentences(input);
    expect(spans.map((s) => s.text)).toEqual(['Lead.', 'Second one!', 'Third?', 'Fourth']);
    for (const s of spans) expect(input.slice(s.start, s.end)).toBe(s.text);
  });

  it('returns nothing for empty, blank or punctuation-only text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n \t')).toEqual([]);
    expect(splitSentences('. . . ** --')).toEqual([]);
  });

  it('drops the stray full stops of scraped text', () => {
    expect(texts('He was jailed. . Scroll down for video . The judge agreed.')).toEqual([
      'He was jailed.',
      'Scroll down for video .',
      'The judge agreed.',
    ]);
  });

  it('is linear on a long text without punctuation', () => {
    const words = Array.from({ length: 50_000 }, (_, i) => `word${i % 97}`).join(' ');
    const t = performance.now();
    const spans = splitSentences(words);
    expect(performance.now() - t).toBeLessThan(1000);
    expect(spans).toHaveLength(1);
    expect(spans[0]?.end).toBe(words.length);
  });

  it('does not hang on pathological punctuation', () => {
    const inputs = [
      '.'.repeat(100_000),
      'A. '.repeat(30_000),
      `${'"'.repeat(50_000)}. B`,
      `x.${' '.repeat(100_000)}Y.`,
    ];
    for (const input of inputs) {
      const t = performance.now();
      const spans = splitSentences(input);
      expect(performance.now() - t).toBeLessThan(2000);
      for (const span of spans) expect(input.slice(span.start, span.end)).toBe(span.text);
    }
    expect(splitSentences('.'.repeat(100_000))).toEqual([]);
  });

  it('keeps offsets exact, in order and without overlap for any text', () => {
    const alphabet = fc.constantFrom(
      'a',
      'B',
      ' ',
      '.',
      '!',
      '?',
      '\n',
      '"',
      '”',
      '“',
      '…',
      'U.S.',
      'Mr.',
      '。',
      '3.5',
      'The',
      ' he',
      '\n\n',
      '«',
      '»',
      '؟',
    );
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 60 }).map((parts) => parts.join('')),
        (input) => {
          let previousEnd = 0;
          for (const span of splitSentences(input)) {
            expect(input.slice(span.start, span.end)).toBe(span.text);
            expect(span.start).toBeGreaterThanOrEqual(previousEnd);
            expect(span.text).toBe(span.text.trim());
            previousEnd = span.end;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
