// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CitationList } from '../../../components/CitationList';
import { LinkList } from '../../../components/LinkList';
import type { Citation, SourceLink } from '../../../core/types';
import { waitForPendingPaints } from '../support/preact-paint';

/** The popup's list of who is quoted and what the article links to, as a reader sees them. */

let at = 0;
const said = (source: string, quote: string, direct: boolean, kind: Citation['kind'] = 'person'): Citation => {
  at += 100;
  return { source, kind, quote, direct, verb: 'said', start: at, end: at + 50 };
};
const link = (href: string, text: string, name?: string): SourceLink => ({
  href,
  domain: new URL(href).hostname,
  kind: 'news-outlet',
  name,
  text,
  start: 0,
  end: text.length,
});

let host: HTMLElement;
const show = async (node: preact.ComponentChild) => {
  await act(() => {
    render(node, host);
  });
};
const texts = (selector: string) => [...host.querySelectorAll(selector)].map((el) => el.textContent ?? '');

afterAll(waitForPendingPaints);

describe('who is quoted or cited', () => {
  beforeEach(() => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => key);
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => {
    render(null, host);
    host.remove();
  });

  const citations = [
    said('Habib Essid', 'Our nation is in danger', true),
    said('Lotfi Azzouz', 'This attack today is meant to threaten authorities', true),
    said('Habib Essid', 'a local museum worker and a security official were killed', false),
    said('Habib Essid', 'merciless', true),
    said('Habib Essid', 'the army would guard the cities', false),
    said('Habib Essid', 'We will fight them', true),
  ];

  it('names each source once, in the order the article first cites it, with what it said under it', async () => {
    await show(<CitationList citations={citations} onShowInPage={() => undefined} />);
    expect(texts('.citation-source')).toEqual(['Habib Essid', 'Lotfi Azzouz']);
    const groups = host.querySelectorAll('.citation-group');
    expect(groups[1]?.querySelectorAll('.citation').length).toBe(1);
  });

  it('puts quotation marks around a direct quote only, never around reported speech', async () => {
    await show(<CitationList citations={citations} onShowInPage={() => undefined} />);
    const quotes = [...host.querySelectorAll('.citation-quote')];
    const direct = quotes.find((el) => el.textContent?.includes('Our nation'));
    const reported = quotes.find((el) => el.textContent?.includes('museum worker'));
    expect(direct?.textContent).toBe('“Our nation is in danger”');
    expect(reported?.textContent).toBe('a local museum worker and a security official were killed');
    expect(reported?.classList.contains('citation-paraphrase')).toBe(true);
  });

  it('shows three statements of a source and the rest on demand', async () => {
    await show(<CitationList citations={citations} onShowInPage={() => undefined} />);
    const first = () => host.querySelector('.citation-group') as HTMLElement;
    const more = () => first().querySelector('.more-statements') as HTMLButtonElement;
    expect(first()?.querySelectorAll('.citation').length).toBe(3);
    await act(() => more().click());
    expect(first()?.querySelectorAll('.citation').length).toBe(5);
    await act(() => more().click());
    expect(first()?.querySelectorAll('.citation').length).toBe(3);
  });

  it('names the channel a statement came through, unless the channel is the source itself', async () => {
    const viaReuters = { ...said('a senior political source', 'the priest is mediating', false), via: 'Reuters' };
    const reuters = { ...said('Reuters', 'the priest is mediating', false, 'outlet'), via: 'Reuters' };
    await show(<CitationList citations={[viaReuters, reuters]} onShowInPage={() => undefined} />);
    const [source, outlet] = [...host.querySelectorAll('.citation-group')].map((group) => group.textContent ?? '');
    expect(source).toContain('sources_via');
    expect(outlet).not.toContain('sources_via');
  });

  it('puts what is said first and "according to" after it, as the article has it', async () => {
    const according = { ...said('officials', 'the deal is close', false, 'anonymous'), verb: 'according to' };
    await show(<CitationList citations={[according, citations[0] as Citation]} onShowInPage={() => undefined} />);
    const [accordingLine, saidLine] = texts('.citation');
    expect(accordingLine).toBe('the deal is close — according to officials');
    expect(saidLine).toBe('said “Our nation is in danger”');
  });

  it('shows a statement in the page when it is clicked', async () => {
    const shown: string[] = [];
    await show(<CitationList citations={citations} onShowInPage={(passage) => shown.push(passage)} />);
    (host.querySelectorAll('.citation-group')[1] as HTMLElement).querySelector<HTMLButtonElement>('.citation')?.click();
    expect(shown).toEqual(['This attack today is meant to threaten authorities']);
  });
});

describe('links in the article', () => {
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => {
    render(null, host);
    host.remove();
  });

  it('lists each address once, with the words the article links it with', async () => {
    await show(
      <LinkList
        links={[
          link('https://www.bbc.com/news/a', 'The UK must stay in the EU', 'BBC News'),
          link('https://www.bbc.com/news/b', 'human rights violations in Kenya', 'BBC News'),
          link('https://www.bbc.com/news/a', 'said in an interview', 'BBC News'),
          link('https://apnews.com/x', 'Associated Press', 'Associated Press'),
        ]}
      />,
    );
    const items = texts('#links li');
    expect(items).toHaveLength(3);
    expect(items[0]).toContain('The UK must stay in the EU · said in an interview');
    expect(items[1]).toContain('human rights violations in Kenya');
    // The anchor is the outlet's own name: it is not written twice.
    expect(items[2]?.match(/Associated Press/g)).toHaveLength(1);
  });

  it('names the kind of each linked site in the reader’s language', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => `«${key}»`);
    await show(<LinkList links={[link('https://www.bbc.com/news/a', 'a story', 'BBC News')]} />);
    expect(host.querySelector('#links .badge')?.textContent).toBe('«sources_linkKind_newsOutlet»');
  });

  it('never makes a link of an address that could run code', async () => {
    await show(<LinkList links={[{ ...link('https://x.test/', 'click'), href: 'javascript:alert(1)' }]} />);
    expect(host.querySelector('#links a')).toBeNull();
    expect(host.querySelector('#links .inert')).not.toBeNull();
  });
});
