import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/parse-html';
import { extractArticle } from '../../../core/extract/index';
import {
  cleanByline,
  separateAuthors,
  splitNames,
  tidyAuthorName,
  tidyAuthors,
} from '../../../core/extract/metadata/authors';
import { dateFromUrl, normalizeDate } from '../../../core/extract/metadata/dates';
import { directionOf, primaryLanguage } from '../../../core/extract/metadata/language';
import { stripSiteName } from '../../../core/extract/metadata/title';

describe('dates', () => {
  it('keeps the timezone the page gives and adds the missing colon', () => {
    expect(normalizeDate('2016-10-27T08:00:00-0400')).toBe('2016-10-27T08:00:00-04:00');
    expect(normalizeDate('2016-10-27T08:00:00Z')).toBe('2016-10-27T08:00:00Z');
    expect(normalizeDate('2016-10-27 08:00')).toBe('2016-10-27T08:00:00');
  });
  it('keeps a date without a time as a date', () => {
    expect(normalizeDate('2016-10-27')).toBe('2016-10-27');
  });
  it('reads RFC 2822 dates as UTC and rejects junk', () => {
    expect(normalizeDate('Thu, 27 Oct 2016 12:00:00 GMT')).toBe('2016-10-27T12:00:00Z');
    expect(normalizeDate('yesterday')).toBeNull();
    expect(normalizeDate('2016-13-45')).toBeNull();
  });
  it('finds a date in the URL path in its common shapes', () => {
    expect(dateFromUrl('https://dailycaller.com/2016/10/27/isis-chapter/')).toBe('2016-10-27');
    expect(dateFromUrl('https://example.com/news/2021-03-09-budget')).toBe('2021-03-09');
    expect(dateFromUrl('https://example.com/archive/20190704/fireworks')).toBe('2019-07-04');
    expect(dateFromUrl('https://example.com/products/12345678')).toBeNull();
    expect(dateFromUrl('not a url')).toBeNull();
  });
});

describe('titles', () => {
  it('strips a known site name from either end', () => {
    expect(stripSiteName('Storm Closes Bridge | The Gazette', 'The Gazette', null)).toBe('Storm Closes Bridge');
    expect(stripSiteName('The Gazette - Storm Closes the Old Bridge', 'The Gazette', null)).toBe(
      'Storm Closes the Old Bridge',
    );
  });
  it('keeps a headline that merely contains the site name, and strips the platform after it', () => {
    // A blog on a hosting platform: the headline names the blog, the platform follows.
    expect(
      stripSiteName("Maple camping at Lantern Ridge @ Steven's Home :: Blogs PIXNET ::", "Steven's Home", null),
    ).toBe("Maple camping at Lantern Ridge @ Steven's Home");
    expect(stripSiteName('The Daily Caller - Storm Closes the Old Bridge', 'Daily Caller', null)).toBe(
      'Storm Closes the Old Bridge',
    );
  });
  it('strips a site named only by the host', () => {
    expect(stripSiteName('Storm Closes Bridge – Gazette', null, 'https://www.gazette.example/a')).toBe(
      'Storm Closes Bridge',
    );
  });
  it('keeps a colon or dash that belongs to the headline', () => {
    expect(stripSiteName('Friday Facts #282 - 0.17 in sight', null, null)).toBe('Friday Facts #282 - 0.17 in sight');
    expect(stripSiteName('Analysis: What the vote means', 'The Gazette', null)).toBe('Analysis: What the vote means');
  });
  it("keeps the headline's second half after a dash when the page prints the whole title as its headline", () => {
    const title = 'Wicked: For Good review – a sequel that soars';
    const url = 'https://www.gazette.example/film/review';
    expect(stripSiteName(title, 'The Gazette', url, title)).toBe(title);
    // Printed without it, the short part after the dash is the site's or the section's.
    expect(stripSiteName(title, 'The Gazette', url, 'Wicked: For Good review')).toBe('Wicked: For Good review');
    // A section after a pipe goes even when the headline prints it.
    expect(stripSiteName(`${title} | Film`, 'The Gazette', url, `${title} | Film`)).toBe(title);
  });
});

describe('bylines', () => {
  it('drops the "By" prefix in several languages and a trailing date', () => {
    expect(cleanByline('By Jane Roe')).toBe('Jane Roe');
    expect(cleanByline('Von Anna Berger')).toBe('Anna Berger');
    expect(cleanByline('Par Louise Martin | 12 mars 2024')).toBe('Louise Martin');
  });
  it('finds no name in a date line that stands where the byline should be', () => {
    expect(cleanByline('Last Updated: January 7, 2025')).toBe('');
    expect(cleanByline('Published on 3 March 2024')).toBe('');
    expect(cleanByline('Posted by Jane Roe on March 3, 2024')).toBe('Jane Roe');
  });
  it('splits several names', () => {
    expect(splitNames('By Ana Ruiz and Ben Ode')).toEqual(['Ana Ruiz', 'Ben Ode']);
    expect(splitNames('Ana Ruiz, Ben Ode & Chen Li')).toEqual(['Ana Ruiz', 'Ben Ode', 'Chen Li']);
  });
  it('separates one author entry that holds several people and the outlet', () => {
    const outlet = ['The Daily Planet', null];
    expect(separateAuthors([{ name: 'Ana Ruiz and Ben Ode, The Daily Planet' }], outlet)).toEqual([
      { name: 'Ana Ruiz' },
      { name: 'Ben Ode' },
    ]);
    // One person and the outlet: the person keeps the entry's role and link.
    expect(
      separateAuthors([{ name: 'Ana Ruiz, Daily Planet', role: 'Reporter', url: 'https://p.example/ana' }], outlet),
    ).toEqual([{ name: 'Ana Ruiz', role: 'Reporter', url: 'https://p.example/ana' }]);
    // Surname-first names and single names are not split.
    expect(separateAuthors([{ name: 'Ruiz, Ana' }], outlet)).toEqual([{ name: 'Ruiz, Ana' }]);
    expect(separateAuthors([{ name: 'Ruiz and Ode' }], outlet)).toEqual([{ name: 'Ruiz and Ode' }]);
    expect(separateAuthors([{ name: 'The Daily Planet' }], outlet)).toEqual([{ name: 'The Daily Planet' }]);
  });
});

describe('author names from any source', () => {
  it('takes off credit labels, even run into the name', () => {
    expect(tidyAuthorName('Written byAAA Travel Editor')).toBe('AAA Travel Editor');
    expect(tidyAuthorName('Posted by:Idle Cartulary')).toBe('Idle Cartulary');
    expect(tidyAuthorName('BySummer Swann')).toBe('Summer Swann');
    expect(tidyAuthorName('Authors: Julie Weisenhorn, Natalie Hoidal')).toBe('Julie Weisenhorn, Natalie Hoidal');
  });
  it('takes off a date or a label the byline box ran into the name', () => {
    expect(tidyAuthorName('Luke KimDecember 17')).toBe('Luke Kim');
    expect(tidyAuthorName('Reyan PerumalPublished')).toBe('Reyan Perumal');
    expect(tidyAuthorName('Dec 17, 2025Julian K. Arni')).toBe('Julian K. Arni');
  });
  it('keeps names that only look like those patterns', () => {
    expect(tidyAuthorName('Byron Allen')).toBe('Byron Allen');
    expect(tidyAuthorName('BYRON ALLEN')).toBe('BYRON ALLEN');
    expect(tidyAuthorName('April Ryan')).toBe('April Ryan');
    expect(tidyAuthorName('June Mayfield')).toBe('June Mayfield');
    expect(tidyAuthorName('April May')).toBe('April May');
    expect(tidyAuthorName('Authorsmith Jones')).toBe('Authorsmith Jones');
  });
  it('reads what a byline prints beside the name as the role, not as another author', () => {
    expect(tidyAuthors([{ name: 'Sergio Martínez-Beltrán | The Texas Newsroom' }])).toEqual([
      { name: 'Sergio Martínez-Beltrán', role: 'The Texas Newsroom' },
    ]);
    expect(tidyAuthors([{ name: 'David Jackson - FullStack Editorial Team' }])).toEqual([
      { name: 'David Jackson', role: 'FullStack Editorial Team' },
    ]);
    expect(tidyAuthors([{ name: 'Mayank Gupta, CEO of CaseBasix' }])).toEqual([
      { name: 'Mayank Gupta', role: 'CEO of CaseBasix' },
    ]);
    // A role the page gave separately is kept; two people stay two people.
    expect(tidyAuthors([{ name: 'Ana Ruiz | Daily Planet', role: 'Reporter' }])).toEqual([
      { name: 'Ana Ruiz', role: 'Reporter' },
    ]);
    expect(tidyAuthors([{ name: 'Ana Ruiz, Ben Ode' }])).toEqual([{ name: 'Ana Ruiz, Ben Ode' }]);
    expect(tidyAuthors([{ name: 'Jean-Luc Picard' }])).toEqual([{ name: 'Jean-Luc Picard' }]);
  });
  it('finds no name in a date, a reading time, a copyright line or a placeholder', () => {
    expect(tidyAuthorName('DECEMBER 27, 2024')).toBe('');
    expect(tidyAuthorName('Sat, 20 Dec')).toBe('');
    expect(tidyAuthorName('Sat')).toBe('');
    expect(tidyAuthorName('Feb 11, 2019 · 3 min read')).toBe('');
    expect(tidyAuthorName('The Pennsylvania State University © 2025')).toBe('');
    expect(tidyAuthorName('undefined')).toBe('');
  });
});

describe('language and direction', () => {
  it('reduces a tag to its primary subtag', () => {
    expect(primaryLanguage('en-US')).toBe('en');
    expect(primaryLanguage('pt_BR')).toBe('pt');
    expect(primaryLanguage('')).toBeNull();
  });
  it('detects right-to-left text when the page does not say', () => {
    const doc = parseHtml('<html><body><p>x</p></body></html>');
    expect(directionOf(doc, null, 'هذا نص عربي طويل بما يكفي', null)).toBe('rtl');
    expect(directionOf(doc, 'he', 'short', null)).toBe('rtl');
    expect(directionOf(doc, 'en', 'plain English text', null)).toBe('ltr');
  });
});

describe('authors from meta tags', () => {
  const page = (head: string): Document =>
    parseHtml(
      `<html><head><title>Harbour wall repairs begin</title>${head}</head><body><h1>Harbour wall repairs begin</h1>${'<p>The council said work on the harbour wall would start on Monday and last six weeks.</p>'.repeat(6)}</body></html>`,
    );

  it('names the author once when several tags spell the same field', () => {
    const article = extractArticle(
      page(
        '<meta name="author" content="Jane Doe"><meta name="parsely-author" content="Jane Doe Reporter"><meta property="article:author" content="https://www.facebook.com/janedoe">',
      ),
    );
    expect(article.authors.map((a) => a.name)).toEqual(['Jane Doe']);
  });

  it('reads Dublin Core written as a property, in a space-separated list, before the plain author tag', () => {
    const article = extractArticle(
      page(
        '<meta property="dc:creator twitter:site_name" content="Creator Name"><meta name="author" content="Web Desk">',
      ),
    );
    expect(article.authors.map((a) => a.name)).toEqual(['Creator Name']);
  });

  it('keeps every author a page lists under one tag', () => {
    const article = extractArticle(
      page('<meta name="author" content="Jane Doe"><meta name="author" content="Omar Haddad">'),
    );
    expect(article.authors.map((a) => a.name)).toEqual(['Jane Doe', 'Omar Haddad']);
  });
});
