import { describe, expect, it } from 'vitest';
import { isEnvelope, requestValidators } from '../../../utils/messaging';
import { validSnapshot } from '../../../utils/validate';

describe('validSnapshot (replies from the page are untrusted)', () => {
  const good = { ok: true, snapshot: { html: '<p>Hi</p>', url: 'https://news.example/a', truncated: false } };

  it('accepts a well-formed snapshot', () => {
    expect(validSnapshot(good)).toEqual(good.snapshot);
  });

  it('passes on the reason the page gave, shortened', () => {
    expect(validSnapshot({ ok: false, message: 'x'.repeat(900) })).toEqual({ message: 'x'.repeat(500) });
  });

  it.each([
    ['no html', { ok: true, snapshot: { ...good.snapshot, html: undefined } }],
    [
      'html that is not a string',
      { ok: true, snapshot: { ...good.snapshot, html: { toString: (): string => '<p>x</p>' } } },
    ],
    ['a url that is not a string', { ok: true, snapshot: { ...good.snapshot, url: 7 } }],
    ['a truncated flag that is not a boolean', { ok: true, snapshot: { ...good.snapshot, truncated: 'no' } }],
    [
      'html longer than the reader would send',
      { ok: true, snapshot: { ...good.snapshot, html: 'x'.repeat(8_000_001) } },
    ],
    ['ok that is not true', { ok: 'yes', snapshot: good.snapshot }],
    ['null', null],
    ['an array', [good]],
  ])('rejects %s', (_label, value) => {
    expect(validSnapshot(value)).toBeNull();
  });
});

describe('message envelopes', () => {
  it('accepts the messages of the protocol map with valid payloads', () => {
    expect(isEnvelope({ lede: 1, type: 'analyzeTab', data: { tabId: 3, sentences: 3 } })).toBe(true);
    expect(isEnvelope({ lede: 1, type: 'highlightInPage', data: { passages: ['x'], focus: 0, persist: false } })).toBe(
      true,
    );
  });

  it.each([
    ['an unknown type', { lede: 1, type: 'stealCookies', data: {} }],
    ['a prototype key as type', { lede: 1, type: 'constructor', data: {} }],
    ['a missing marker', { type: 'analyzeTab', data: { tabId: 3, sentences: 3 } }],
    ['a fractional tab id', { lede: 1, type: 'analyzeTab', data: { tabId: 1.5, sentences: 3 } }],
    ['a summary of 10,000 sentences', { lede: 1, type: 'analyzeTab', data: { tabId: 1, sentences: 10_000 } }],
    ['a negative tab id', { lede: 1, type: 'analyzeTab', data: { tabId: -1, sentences: 3 } }],
    [
      'passages that are not strings',
      { lede: 1, type: 'highlightInPage', data: { passages: [1], focus: 0, persist: false } },
    ],
    ['a string message', 'analyzeTab'],
  ])('ignores %s', (_label, message) => {
    expect(isEnvelope(message)).toBe(false);
  });

  it('has a validator for every message type', () => {
    expect(Object.keys(requestValidators).sort()).toEqual([
      'analyzeTab',
      'clearHighlights',
      'highlightInPage',
      'lookupEncyclopedia',
      'lookupInTab',
      'openLookupPermission',
      'showLookupCard',
    ]);
  });
});
