import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/parse-html';
import { extractArticle } from '../../../core/extract/index';

/** A whole story: a headline and five paragraphs of about twenty words each. */
const story = (headline: string, topic: string, tag = 'article', heading = 'h1'): string =>
  `<${tag}><${heading}>${headline}</${heading}>${Array.from(
    { length: 5 },
    (_, i) =>
      `<p>Paragraph ${i + 1} about the ${topic} explains what changed this week for the people who live nearby and what comes next.</p>`,
  ).join('')}</${tag}>`;

const page = (title: string, body: string): Document =>
  parseHtml(`<!DOCTYPE html><html><head><title>${title}</title></head><body><main>${body}</main></body></html>`);

const TWO_STORIES =
  story('Bridge closes for a month of repairs', 'bridge') + story('School board picks a new head', 'school');

describe('a page holding several whole stories', () => {
  it('keeps only the story whose headline is the tab title, wherever it sits', () => {
    const article = extractArticle(page('School board picks a new head | The Gazette', TWO_STORIES));
    expect(article.text).toContain('about the school');
    expect(article.text).not.toContain('about the bridge');
  });

  it('is left whole when no story has the title for its headline (a front page, a digest)', () => {
    const article = extractArticle(page('The Gazette: morning edition', TWO_STORIES));
    expect(article.text).toContain('about the school');
    expect(article.text).toContain('about the bridge');
  });

  it('is left whole when two stories share the title', () => {
    const twice =
      story('Bridge closes for a month of repairs', 'bridge') + story('Bridge closes for a month of repairs', 'detour');
    const article = extractArticle(page('Bridge closes for a month of repairs', twice));
    expect(article.text).toContain('about the detour');
    expect(article.text).toContain('about the bridge');
  });

  it('keeps the posts of a live blog, whose headings are not the page title', () => {
    const posts = ['Polls close', 'First results come in', 'Turnout is up'].map((h, i) =>
      story(h, `update ${i}`, 'article', 'h2'),
    );
    const article = extractArticle(
      page('Election night live: results as they come in', `<h1>Election night live</h1>${posts.join('')}`),
    );
    for (let i = 0; i < 3; i++) expect(article.text).toContain(`about the update ${i}`);
  });

  it('does not count short teasers as stories', () => {
    const teaser =
      '<article><h2>Bridge closes for a month of repairs</h2><p>A short teaser of the bridge story.</p></article>';
    const article = extractArticle(
      page('School board picks a new head', story('School board picks a new head', 'school') + teaser),
    );
    expect(article.text).toContain('about the school');
    expect(article.title).toBe('School board picks a new head');
  });
});
