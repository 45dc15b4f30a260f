import { describe, expect, it } from 'vitest';
import { publisherCard } from '../../../core/sources/publisher';
import { outletByHost, outletByName } from '../../../core/sources/publisher-db';
import { articleFromText } from '../../../core/text/article-from-text';
import type { Article } from '../../../core/types';

const page = (url: string | null, extra: Partial<Article> = {}): Article => ({
  ...articleFromText('Body text.', url),
  ...extra,
});

describe('publisher card', () => {
  it('names a known outlet from its domain, with kind, country and owner', () => {
    const card = publisherCard(page('https://www.nytimes.com/2026/01/01/world/x.html'));
    expect(card).toMatchObject({ name: 'The New York Times', domain: 'nytimes.com', kind: 'newspaper', country: 'US' });
    expect(card?.owner).toBeTruthy();
    expect(card?.from).toEqual(['database']);
  });

  it('knows the wires as newswires, and who lets others republish', () => {
    expect(outletByName('The Associated Press')?.kind).toBe('newswire');
    expect(outletByName('Reuters')?.kind).toBe('newswire');
    expect(outletByName('AFP')?.kind).toBe('newswire');
    expect(outletByName('Daily Caller News Foundation')?.republishedFreely).toBe(true);
    expect(outletByName('Reuters')?.republishedFreely).toBeUndefined();
  });

  it('keeps disagreeing list verdicts side by side, each with its list and date', () => {
    const ratings = outletByHost('dailycaller.com')?.ratings ?? [];
    const lists = ratings.map((r) => r.list);
    expect(lists).toContain('CRED-1');
    expect(lists).toContain('Wikipedia: Reliable sources/Perennial sources');
    expect(ratings.find((r) => r.list === 'CRED-1')?.date).toBe('2026-08');
    expect(ratings.find((r) => r.list.startsWith('Wikipedia'))?.license).toBe('CC BY-SA 3.0');
  });

  it('a generally reliable outlet carries the perennial verdict', () => {
    const r = outletByHost('reuters.com')?.ratings.find((x) => x.list.startsWith('Wikipedia'));
    expect(r?.rating).toBe('generally reliable');
    expect(r?.date).toBe('2021-03');
  });

  it('a site only CRED-1 knows gets its category, by domain and subdomain', () => {
    const card = publisherCard(page('https://news.infowars.com/some-story'));
    expect(card?.name).toBe('InfoWars');
    expect(card?.ratings.some((r) => r.list === 'CRED-1' && /conspiracy|fake/.test(r.rating))).toBe(true);
  });

  it('an unknown site: name from the page, no ratings, says so', () => {
    const card = publisherCard(page('https://www.example-gazette.test/story', { siteName: 'The Example Gazette' }));
    expect(card).toMatchObject({
      name: 'The Example Gazette',
      domain: 'example-gazette.test',
      ratings: [],
      from: ['page', 'domain'],
    });
  });

  it('guesses government and academic publishers from the domain', () => {
    expect(publisherCard(page('https://www.cdc.gov/news/x'))?.kind).toBe('government');
    expect(publisherCard(page('https://news.ox.ac.uk/x'))?.kind).toBe('academic');
  });

  it('a page served from an address on the local network is named by its whole address', () => {
    const card = publisherCard(page('http://192.168.1.20:8080/story'));
    expect(card?.name).toBe('192.168.1.20');
    expect(card?.domain).toBe('192.168.1.20');
  });

  it('no page, no name: no card', () => {
    expect(publisherCard(page(null))).toBeNull();
  });
});
