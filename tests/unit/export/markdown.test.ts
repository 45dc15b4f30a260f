import { describe, expect, it } from 'vitest';
import {
  analysisToJson,
  analysisToMarkdown,
  ENGLISH_LABELS,
  escapeMarkdown,
  exportFileName,
  markdownUrl,
} from '../../../core/export/markdown';
import { hostileAnalysis } from './analysis-fixture';

describe('escapeMarkdown', () => {
  it('keeps page text literal: no emphasis, code, links, images or raw HTML', () => {
    expect(escapeMarkdown('*bold* _it_ `code` [a](b) ![i](j) <b>x</b>')).toBe(
      '\\*bold\\* \\_it\\_ \\`code\\` \\[a\\](b) \\!\\[i\\](j) \\<b\\>x\\</b\\>',
    );
  });
  it('stops page text from starting a list, quote or heading and keeps it on one line', () => {
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('1986. A year')).toBe('1986\\. A year');
    expect(escapeMarkdown('# Title\n\n> quote')).toBe('\\# Title \\> quote');
  });
  it('leaves ordinary prose alone', () => {
    expect(escapeMarkdown('The U.S. said (again) it would not - yet.')).toBe(
      'The U.S. said (again) it would not - yet.',
    );
  });
});

describe('markdownUrl', () => {
  it('keeps only http and https, with the characters that end a link encoded', () => {
    expect(markdownUrl('javascript:alert(1)')).toBeNull();
    expect(markdownUrl('data:text/html,hi')).toBeNull();
    expect(markdownUrl('not a url')).toBeNull();
    expect(markdownUrl('https://example.com/a (b)')).toBe('https://example.com/a%20%28b%29');
  });
});

describe('analysisToMarkdown', () => {
  const markdown = analysisToMarkdown(hostileAnalysis());

  it('has the title, link, byline, summary, entities and sources', () => {
    const lines = markdown.split('\n');
    expect(lines[0]).toMatch(/^# \\\*Breaking\\\*/);
    expect(markdown).toContain('- Source: [The \\[Daily\\] Planet](https://example.com/news/bridge%20%28final%29)');
    expect(markdown).toContain('- By: Ana \\`Code\\` Ruiz');
    expect(markdown).toContain('- Published: 2024-03-05');
    expect(markdown).toContain('## Summary');
    expect(markdown).toContain('1. Mayor Lee said the bridge opens \\*today\\*.');
    expect(markdown).toContain('2. \\- City Hall confirmed it.');
    expect(markdown).toContain('### People');
    expect(markdown).toContain('- Lee (1 mention; also: Mayor Lee)');
    expect(markdown).toContain('- City\\_Hall (2 mentions)');
    expect(markdown).toContain('**Lee** said: “the bridge opens \\*today\\*”');
    expect(markdown).toContain('\\# Published by a newspaper');
  });

  it('never turns page text into a live link', () => {
    expect(markdown).not.toMatch(/(?<!\\)\]\(javascript:/);
    expect(markdown).not.toMatch(/(?<!\\)<img/);
    expect(markdown).toContain('- evil.example (other)');
    expect(markdown).toContain('- [Report \\[PDF\\]](https://gov.example/report) (government)');
  });

  it('follows the reader’s section order and leaves out hidden sections', () => {
    const md = analysisToMarkdown(hostileAnalysis(), { sections: ['sources', 'summary'] });
    expect(md.indexOf('## Sources')).toBeLessThan(md.indexOf('## Summary'));
    expect(md).not.toContain('## People');
  });

  it('uses the labels it is given', () => {
    const md = analysisToMarkdown(hostileAnalysis(), {
      labels: { ...ENGLISH_LABELS, summary: 'Zusammenfassung', mentions: (n) => `${n}× erwähnt` },
    });
    expect(md).toContain('## Zusammenfassung');
    expect(md).toContain('- Lee (1× erwähnt; also: Mayor Lee)');
  });

  it('omits the link line when the article has no safe address', () => {
    const md = analysisToMarkdown(hostileAnalysis({ canonicalUrl: null, url: 'javascript:void(0)' }));
    expect(md).not.toContain('- Source:');
  });
});

describe('analysisToJson and file names', () => {
  it('round-trips the analysis contract', () => {
    const analysis = hostileAnalysis();
    expect(JSON.parse(analysisToJson(analysis))).toEqual(analysis);
  });
  it('names files after the title, safely', () => {
    expect(exportFileName(hostileAnalysis({ title: 'Ça va? / Über "alles"' }), 'md')).toBe('ca-va-uber-alles.lede.md');
    expect(exportFileName(hostileAnalysis({ title: '???' }), 'json')).toBe('article.lede.json');
  });
});

describe('analysisToMarkdown: "according to"', () => {
  it('writes what is said first, then whom it is according to', () => {
    const analysis = hostileAnalysis();
    const first = analysis.sources.citations[0];
    if (!first) throw new Error('the fixture has a citation');
    analysis.sources.citations = [{ ...first, source: 'officials', verb: 'according to', quote: 'the deal is close' }];
    expect(analysisToMarkdown(analysis)).toContain('- “the deal is close”, according to **officials**');
  });
});
