import { describe, expect, it } from 'vitest';
import { findLabels } from '../../../core/sources/labels';
import { articleFromText } from '../../../core/text/article-from-text';
import type { Article } from '../../../core/types';

const labelsOf = (text: string, extra: Partial<Article> = {}) =>
  findLabels({ ...articleFromText(text), ...extra }, null);

describe('piece labels', () => {
  it('wire datelines name the agency', () => {
    expect(labelsOf('WASHINGTON (AP) — Congress passed the bill on Friday.')).toEqual([
      { label: 'newswire', evidence: 'WASHINGTON (AP) —', by: 'Associated Press' },
    ]);
    expect(labelsOf('LONDON, March 3 (Reuters) - Shares rose.')[0]?.by).toBe('Reuters');
  });

  it('a byline from a wire', () => {
    expect(labelsOf('Text.', { byline: 'By Jane Roe, Associated Press' })[0]).toMatchObject({
      label: 'newswire',
      by: 'Associated Press',
    });
  });

  it('syndication and licensing notes', () => {
    const notes: Article['notes'] = [
      { kind: 'syndication', text: 'This story was originally published by ProPublica.' },
    ];
    expect(labelsOf('Text.', { notes })).toContainEqual({
      label: 'syndicated',
      evidence: notes[0]?.text ?? '',
      by: 'ProPublica',
    });
  });

  it('opinion, analysis, sponsored, press release', () => {
    expect(labelsOf('Text.', { pageTypes: ['OpinionNewsArticle'] })[0]?.label).toBe('opinion');
    expect(labelsOf('Text.', { section: 'Opinion' })[0]?.label).toBe('opinion');
    expect(labelsOf('Text.', { title: 'Analysis: Why the pause may not last' })[0]?.label).toBe('analysis');
    expect(labelsOf('Text.', { section: 'Sponsored content' })[0]?.label).toBe('sponsored');
    expect(
      labelsOf('SPRINGFIELD, Ill., June 2, 2026 /PRNewswire/ -- Brightwell Energy today announced a deal.')[0]?.label,
    ).toBe('press-release');
  });

  it("corrections and editor's notes, from notes or the text", () => {
    expect(
      labelsOf('Text.', { notes: [{ kind: 'correction', text: 'An earlier version misstated the date.' }] })[0]?.label,
    ).toBe('correction');
    expect(labelsOf('Body.\n\nCorrection: An earlier version of this story misspelled a name.')[0]?.label).toBe(
      'correction',
    );
    expect(labelsOf("Editor's note: This story has been updated.\n\nBody.")[0]?.label).toBe('editors-note');
  });

  it('live blogs', () => {
    const signals = {
      isArticle: true,
      partial: false,
      liveBlog: true,
      listOrGallery: false,
      truncated: false,
      reasons: [],
    };
    expect(labelsOf('22:04 — Polls closed.', { signals })[0]?.label).toBe('live-blog');
  });

  it('plain news gets no label', () => {
    expect(labelsOf('The council met on Tuesday and approved the budget.')).toEqual([]);
  });
});
