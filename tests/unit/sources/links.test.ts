import { describe, expect, it } from 'vitest';
import { classifyLink } from '../../../core/sources/links';

const kind = (href: string, page = 'www.example-news.test') => classifyLink(href, page)?.kind;

describe('link classification', () => {
  it('same site, relative or absolute', () => {
    expect(kind('/2026/01/02/other-story/')).toBe('same-site');
    expect(kind('https://example-news.test/x')).toBe('same-site');
  });

  it('news outlets from the database, with their names', () => {
    expect(classifyLink('https://www.bbc.co.uk/news/world-1', null)).toMatchObject({
      kind: 'news-outlet',
      name: 'BBC News',
      domain: 'bbc.co.uk',
    });
    expect(kind('https://apnews.com/article/x')).toBe('news-outlet');
  });

  it('government, court, academic, document, social media', () => {
    expect(kind('https://www.gov.uk/guidance/x')).toBe('government');
    expect(kind('https://www.service-public.gouv.fr/x')).toBe('government');
    expect(kind('https://ec.europa.eu/commission/x')).toBe('government');
    expect(kind('https://www.supremecourt.gov/opinions/x')).toBe('court');
    expect(kind('https://doi.org/10.1000/182')).toBe('academic');
    expect(kind('https://arxiv.org/abs/2401.00001')).toBe('academic');
    expect(kind('https://www.ucl.ac.uk/news/x')).toBe('academic');
    expect(kind('https://www.somecharity.org/files/annual-report.pdf')).toBe('document');
    expect(kind('https://twitter.com/someone/status/1')).toBe('social-media');
  });

  it('organizations and everything else', () => {
    expect(kind('https://www.redcross.org/about')).toBe('organization');
    expect(kind('https://shop.example.com/item')).toBe('other');
  });

  it('never returns script or data URLs; mailto and fragments are not sources', () => {
    expect(classifyLink('javascript:alert(1)', null)).toBeNull();
    expect(classifyLink('data:text/html,<b>x</b>', null)).toBeNull();
    expect(classifyLink('java\u0000script:alert(1)', null)).toBeNull();
    expect(classifyLink('mailto:tips@example.com', null)).toBeNull();
    expect(classifyLink('#comments', null)).toBeNull();
  });
});
