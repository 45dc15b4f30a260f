import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../../core/text/article-from-text';
import { isEnvelope, requestValidators } from '../../../utils/messaging';
import { isArticle } from '../../../utils/validate';

describe('isArticle (replies from the page are untrusted)', () => {
  const good = articleFromText('A short story. It has two sentences.');

  it('accepts a well-formed article', () => {
    expect(isArticle(good)).toBe(true);
  });

  it.each([
    ['no text', { ...good, text: undefined }],
    ['a title that is not a string', { ...good, title: { toString: (): string => 'x' } }],
    ['a bad direction', { ...good, dir: 'sideways' }],
    ['an author without a name', { ...good, authors: [{ role: 'Editor' }] }],
    ['a link outside the text', { ...good, links: [{ href: 'https://a.example', text: 'a', start: 5, end: 9999 }] }],
    ['a negative offset', { ...good, links: [{ href: 'https://a.example', text: 'a', start: -1, end: 2 }] }],
    ['a missing word count', { ...good, wordCount: 'many' }],
    ['null', null],
    ['an array', [good]],
  ])('rejects %s', (_label, value) => {
    expect(isArticle(value)).toBe(false);
  });
});

describe('message envelopes', () => {
  it('accepts the messages of the protocol map with valid payloads', () => {
    expect(isEnvelope({ lede: 1, type: 'readTab', data: { tabId: 3 } })).toBe(true);
    expect(isEnvelope({ lede: 1, type: 'highlightInPage', data: { passages: ['x'], focus: 0, persist: false } })).toBe(
      true,
    );
  });

  it.each([
    ['an unknown type', { lede: 1, type: 'stealCookies', data: {} }],
    ['a prototype key as type', { lede: 1, type: 'constructor', data: {} }],
    ['a missing marker', { type: 'readTab', data: { tabId: 3 } }],
    ['a fractional tab id', { lede: 1, type: 'readTab', data: { tabId: 1.5 } }],
    ['a negative tab id', { lede: 1, type: 'readTab', data: { tabId: -1 } }],
    [
      'passages that are not strings',
      { lede: 1, type: 'highlightInPage', data: { passages: [1], focus: 0, persist: false } },
    ],
    ['a string message', 'readTab'],
  ])('ignores %s', (_label, message) => {
    expect(isEnvelope(message)).toBe(false);
  });

  it('has a validator for every message type', () => {
    expect(Object.keys(requestValidators).sort()).toEqual([
      'clearHighlights',
      'highlightInPage',
      'lookupEncyclopedia',
      'lookupInTab',
      'openLookupPermission',
      'readTab',
      'showLookupCard',
    ]);
  });
});
