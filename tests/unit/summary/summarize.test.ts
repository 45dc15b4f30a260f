import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCandidates } from '../../../core/summary/features';
import { summarize } from '../../../core/summary/index';
import { articleFromText } from '../../../core/text/article-from-text';
import { splitSentences } from '../../../core/text/sentences';
import type { Article, Entity, SummarySentence } from '../../../core/types';

function summaryOf(text: string, count = 3, patch: Partial<Article> = {}, entities: Entity[] = []): SummarySentence[] {
  const article = { ...articleFromText(text), ...patch };
  return summarize(article, { sentences: splitSentences(article.text), entities }, count);
}

function expectValidSpans(text: string, summary: SummarySentence[]): void {
  let previous = -1;
  for (const s of summary) {
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(s.start).toBeGreaterThan(previous);
    previous = s.start;
  }
}

const STORY = [
  'Flooding forced thousands of residents from their homes in the river town of Elmford on Tuesday, officials said.',
  'The river rose four metres overnight after three days of heavy rain across the valley.',
  'Emergency crews evacuated two care homes and a primary school as the water reached the high street.',
  'Mayor Dana Okafor said the town had not seen flooding on this scale since 1968.',
  '"We are asking everyone in the lower town to leave now," Okafor told reporters.',
  'The national weather service warned that more rain is expected on Thursday.',
  'Insurers estimate the damage in Elmford at more than $40 million.',
  'Residents criticised the delay in building new flood defences, which were approved in 2019 but never funded.',
];

describe('summarize', () => {
  it('returns up to count sentences in article order with exact offsets', () => {
    const text = STORY.join(' ');
    for (const count of [1, 2, 3, 5]) {
      const summary = summaryOf(text, count);
      expect(summary).toHaveLength(count);
      expectValidSpans(text, summary);
    }
    expect(summaryOf(text, 3)[0]?.text).toBe(STORY[0]);
  });

  it('gives the lede as the one-sentence summary of a straight news story, not a heading or a question', () => {
    const text = ['Elmford floods', STORY[0], 'Why it matters', ...STORY.slice(1), 'What comes next?'].join('\n\n');
    expect(summaryOf(text, 1).map((s) => s.text)).toEqual([STORY[0]]);
  });

  it('returns nothing for count 0, negative or NaN', () => {
    const text = STORY.join(' ');
    expect(summaryOf(text, 0)).toEqual([]);
    expect(summaryOf(text, -2)).toEqual([]);
    expect(summaryOf(text, Number.NaN)).toEqual([]);
  });

  it('never picks boilerplate, even when it is the lead or repeats the story words', () => {
    const text = [
      'Follow Elmford flooding updates on Twitter.',
      'Sign up for our Elmford flooding newsletter.',
      ...STORY,
      'Send tips about the Elmford flooding to news@example.com.',
      'All content created by the Elmford Gazette is available without charge.',
      'Photo: Elmford flooding, Getty Images',
    ].join('\n\n');
    const summary = summaryOf(text, 5);
    expect(summary).toHaveLength(5);
    for (const s of summary) expect(s.text).not.toMatch(/Follow|Sign up|Send tips|All content|Getty/);
  });

  it('does not repeat a sentence the page prints twice', () => {
    const text = [STORY[0], STORY[0], ...STORY.slice(1)].join('\n\n');
    const summary = summaryOf(text, 3);
    expect(new Set(summary.map((s) => s.text)).size).toBe(summary.length);
  });

  it('skips the title when the body repeats it as its first line', () => {
    const title = 'Thousands flee as floods hit Elmford';
    const summary = summaryOf(`${title}\n\n${STORY.join(' ')}`, 3, { title });
    expect(summary.map((s) => s.text)).not.toContain(title);
  });

  it('weighs sentences by the salience of the entities they mention when entities are given', () => {
    const text = STORY.join(' ');
    const article = articleFromText(text);
    const sentences = splitSentences(text);
    const start = text.indexOf('Dana Okafor');
    const entity: Entity = {
      name: 'Dana Okafor',
      type: 'person',
      aliases: [],
      salience: 1,
      mentions: [{ text: 'Dana Okafor', start, end: start + 'Dana Okafor'.length }],
    };
    const withEntity = buildCandidates(article, sentences, [entity]);
    const mayor = withEntity.find((c) => c.span.text.startsWith('Mayor'));
    expect(mayor?.features.entities).toBe(1);
    expect(withEntity.filter((c) => c.features.entities > 0)).toHaveLength(1);
    // Without entities, repeated capitalized names stand in for them.
    const proxy = buildCandidates(article, sentences, []);
    expect(proxy.find((c) => c.span.text.startsWith('Insurers'))?.features.entities).toBeGreaterThan(0);
    expect(proxy.find((c) => c.span.text.startsWith('Residents'))?.features.entities).toBe(0);
  });

  it('does not lean on position in a live blog', () => {
    const text = STORY.join(' ');
    const base = articleFromText(text);
    const article = { ...base, signals: { ...base.signals, liveBlog: true } };
    const candidates = buildCandidates(article, splitSentences(text), []);
    expect(candidates.every((c) => c.features.early === 0 && c.features.first === 0)).toBe(true);
    expect(summarize(article, { sentences: splitSentences(text), entities: [] }, 3)).toHaveLength(3);
  });

  it('prefers answers and prose over questions and list lines', () => {
    const text = [
      'What happened in Elmford?',
      'The river burst its banks after three days of rain, flooding the lower town and forcing thousands of residents to leave.',
      'Who is affected?',
      'About 4,000 residents of the lower town, two care homes and a primary school were evacuated by emergency crews.',
      'What should residents do?',
      '• Leave the lower town\n• Call the helpline\n• Avoid the river paths',
      'Officials said the flood defences approved in 2019 were never funded, and residents criticised the delay.',
    ].join('\n\n');
    const summary = summaryOf(text, 3);
    expect(summary).toHaveLength(3);
    for (const s of summary) expect(s.text).not.toMatch(/\?$|^•/);
  });
});

describe('summarize: bad input', () => {
  it('handles empty and blank text', () => {
    expect(summaryOf('')).toEqual([]);
    expect(summaryOf('   \n\n  ')).toEqual([]);
  });

  it('returns the only sentence of a one-sentence text', () => {
    const text = 'The council approved the new budget on Monday after a long debate.';
    expect(summaryOf(text).map((s) => s.text)).toEqual([text]);
  });

  it('handles text without punctuation: short gives one sentence, a wall of words gives nothing', () => {
    const short = 'council approves new budget after long debate over school funding';
    expect(summaryOf(short).map((s) => s.text)).toEqual([short]);
    const wall = Array.from({ length: 5000 }, (_, i) => `word${i % 50}`).join(' ');
    expect(summaryOf(wall)).toEqual([]);
  });

  it('summarizes all-caps headlines without failing', () => {
    const text =
      'BREAKING NEWS\n\nPRESIDENT SIGNS CLIMATE BILL INTO LAW\n\nTHE BILL CUTS EMISSIONS BY HALF BY 2035. CRITICS SAY IT GOES TOO FAR. SUPPORTERS CALL IT HISTORIC.';
    const summary = summaryOf(text, 3);
    expect(summary.length).toBeGreaterThan(0);
    expect(summary.length).toBeLessThanOrEqual(3);
    expectValidSpans(text, summary);
  });

  it.each([
    [
      'German',
      'Die Bundesregierung hat am Mittwoch ein neues Klimagesetz beschlossen. Das Gesetz soll die Emissionen bis 2030 halbieren. Kritiker halten die Ziele für zu schwach. Die Opposition kündigte Widerstand im Bundestag an. Umweltverbände begrüßten den Schritt dennoch.',
    ],
    [
      'Arabic',
      'أعلنت الحكومة يوم الأربعاء عن خطة جديدة للمناخ. وتهدف الخطة إلى خفض الانبعاثات بحلول عام 2030. وقال منتقدون إن الأهداف ضعيفة للغاية. ورحبت منظمات البيئة بالخطوة رغم ذلك.',
    ],
    [
      'Chinese',
      '政府周三宣布了一项新的气候计划。该计划旨在到2030年将排放量减半。批评者认为目标太弱。环保组织仍然欢迎这一举措。',
    ],
  ])('summarizes %s text', (_language, text) => {
    const summary = summaryOf(text, 2);
    expect(summary).toHaveLength(2);
    expectValidSpans(text, summary);
  });

  it('stays fast and roughly linear on a 50,000-word article', () => {
    const sentence = (i: number): string =>
      `Report ${i} says the ${['river', 'council', 'budget', 'school', 'market'][i % 5]} issue affected ${i % 97} people in district ${i % 13} on ${['Monday', 'Friday'][i % 2]}.`;
    const build = (words: number): string => {
      const parts: string[] = [];
      let count = 0;
      for (let i = 0; count < words; i++) {
        const s = sentence(i);
        parts.push(i % 6 === 5 ? `${s}\n\n` : `${s} `);
        count += s.split(' ').length;
      }
      return parts.join('');
    };
    const time = (text: string): number => {
      const t = performance.now();
      const summary = summaryOf(text, 3);
      const elapsed = performance.now() - t;
      expect(summary).toHaveLength(3);
      expectValidSpans(text, summary);
      return elapsed;
    };
    time(build(5_000)); // warm up
    const small = time(build(5_000));
    const large = time(build(50_000));
    expect(large).toBeLessThan(5_000);
    // Ten times the text should cost nowhere near a hundred times the time (quadratic).
    expect(large / Math.max(small, 1)).toBeLessThan(40);
  });
});

describe('summarize: the reference page', () => {
  const page = readFileSync(resolve(__dirname, '../../fixtures/seed-article/page.html'), 'utf8');
  const expected = JSON.parse(
    readFileSync(resolve(__dirname, '../../fixtures/seed-article/expected.json'), 'utf8'),
  ) as {
    summary: { maxSentences: number; mustMention: string[]; mustNotContain: string[] };
    article: { title: string };
  };

  /** The body paragraphs of <div class="article-content">, boilerplate lines included, as plain text. */
  function bodyText(): string {
    const start = page.indexOf('<div class="article-content">');
    const body = page.slice(start, page.indexOf('<div class="tags">', start));
    return [...body.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/g)]
      .map((m) =>
        (m[1] ?? '')
          .replace(/<[^>]+>/g, '')
          .replace(/&amp;/g, '&')
          .replace(/\s+/g, ' ')
          .trim(),
      )
      .join('\n\n');
  }

  it('meets the summary section of expected.json', () => {
    const text = bodyText();
    expect(text).toContain('Follow Saagar Enjeti on Twitter');
    const summary = summaryOf(text, 3, { title: expected.article.title });
    expect(summary.length).toBeGreaterThan(0);
    expect(summary.length).toBeLessThanOrEqual(expected.summary.maxSentences);
    const joined = summary
      .map((s) => s.text)
      .join(' ')
      .toLowerCase();
    for (const name of expected.summary.mustMention) expect(joined).toContain(name.toLowerCase());
    for (const banned of expected.summary.mustNotContain) expect(joined).not.toContain(banned.toLowerCase());
    expectValidSpans(text, summary);
  });
});

describe('the wire’s dateline', () => {
  it('is left out of the story’s first sentence, and the offsets still point into the text', () => {
    const text = [
      'KABUL, Afghanistan (AP) — A suicide bomber struck a crowded market in the Afghan capital on Monday, killing at least 12 people and wounding dozens more, officials said.',
      'The attack came hours before the country’s new parliament was due to hold its first session.',
      'NATO — the alliance that trained Afghan forces for two decades — condemned the bombing in a statement.',
    ].join(' ');
    const summary = summaryOf(text, 3);
    expectValidSpans(text, summary);
    expect(summary[0]?.text.startsWith('A suicide bomber struck')).toBe(true);
    // Only the story's opening carries a dateline: a later sentence keeps its first words.
    expect(summary).toHaveLength(3);
    expect(summary.find((s) => s.text.includes('condemned the bombing'))?.text.startsWith('NATO —')).toBe(true);
  });
});
