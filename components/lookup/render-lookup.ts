import { i18n } from '#i18n';
import type { EncyclopediaResult, LookupOccurrence, LookupResult } from '../../core/lookup/types';

/**
 * Renders a lookup as plain DOM, shared by the in-page card and the popup's search box. Everything
 * from the page or the network goes in through `textContent` or a checked attribute (an https image
 * `src`, an http(s) link `href`): nothing is ever parsed as HTML.
 */

export interface LookupHandlers {
  /** Scroll the page to an occurrence and highlight it. */
  onOccurrence(occurrence: LookupOccurrence, index: number): void;
  /** Fetch the encyclopedia summary (through the background). */
  onEncyclopedia(): Promise<EncyclopediaResult>;
  /** Let the reader grant the encyclopedia's host (a popup asks directly; the card opens a page). */
  onGrant(origin: string): Promise<unknown>;
  /** Whether the reader turned network lookups on. */
  networkEnabled: boolean;
}

type Child = Node | string | null | false | undefined;

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = doc.createElement(tag);
  if (className) element.className = className;
  for (const child of children) {
    if (child === null || child === false || child === undefined) continue;
    element.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  }
  return element;
}

const hostOf = (url: string): string => {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
};

const isHttpUrl = (url: string): boolean => /^https?:\/\//i.test(url);

function externalLink(doc: Document, url: string, label: string): HTMLElement {
  if (!isHttpUrl(url)) return el(doc, 'span', null, label);
  const link = el(doc, 'a', 'lk-link', label);
  link.href = url;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  return link;
}

/** The sentence with the occurrence marked, built from text nodes. */
function sentenceWithMark(doc: Document, occurrence: LookupOccurrence): HTMLElement {
  const { sentence, at } = occurrence;
  const text = occurrence.text.replace(/\s+/g, ' ');
  const span = el(doc, 'span', 'lk-sentence');
  if (sentence.slice(at, at + text.length).toLowerCase() !== text.toLowerCase()) {
    span.append(doc.createTextNode(sentence));
    return span;
  }
  span.append(
    doc.createTextNode(sentence.slice(0, at)),
    el(doc, 'mark', 'lk-mark', sentence.slice(at, at + text.length)),
    doc.createTextNode(sentence.slice(at + text.length)),
  );
  return span;
}

const FAILURE_KEYS = {
  offline: 'lookup.encyclopedia.offline',
  'not-found': 'lookup.encyclopedia.notFound',
  ambiguous: 'lookup.encyclopedia.ambiguous',
  timeout: 'lookup.encyclopedia.timeout',
  'bad-response': 'lookup.encyclopedia.badResponse',
  failed: 'lookup.encyclopedia.failed',
  disabled: 'lookup.encyclopedia.off',
} as const;

/** Renders an encyclopedia answer (or why there is none) into `slot`. */
export function renderEncyclopedia(
  doc: Document,
  slot: HTMLElement,
  result: EncyclopediaResult,
  retry: () => void,
  handlers: Pick<LookupHandlers, 'onGrant'>,
): void {
  slot.replaceChildren();
  slot.removeAttribute('aria-busy');
  slot.dataset.status = result.status;
  if (result.status === 'ok') {
    const { summary } = result;
    const figure = summary.thumbnail?.startsWith('https://') ? el(doc, 'img', 'lk-thumb') : null;
    if (figure) {
      figure.src = summary.thumbnail as string;
      figure.alt = '';
      figure.referrerPolicy = 'no-referrer';
      figure.loading = 'lazy';
    }
    slot.append(
      el(
        doc,
        'div',
        'lk-ency-head',
        figure,
        el(
          doc,
          'div',
          null,
          el(doc, 'p', 'lk-ency-title', summary.title),
          summary.description && el(doc, 'p', 'lk-muted lk-ency-description', summary.description),
        ),
      ),
      el(doc, 'p', 'lk-ency-extract', summary.extract),
    );
    if (summary.url) {
      const label = i18n.t('lookup.encyclopedia.readMore', [hostOf(summary.url)]);
      slot.append(el(doc, 'p', null, externalLink(doc, summary.url, label)));
    }
    if (result.fromCache) slot.append(el(doc, 'p', 'lk-muted lk-small', i18n.t('lookup.encyclopedia.cached')));
    return;
  }
  if (result.status === 'permission-needed' && result.origin) {
    const origin = result.origin;
    const grant = el(doc, 'button', 'lk-button', i18n.t('lookup.encyclopedia.grant'));
    grant.type = 'button';
    const note = el(doc, 'p', 'lk-muted lk-small');
    grant.addEventListener('click', async () => {
      const granted = await handlers.onGrant(origin);
      if (granted === true) retry();
      else note.textContent = i18n.t('lookup.encyclopedia.afterGrant');
    });
    slot.append(
      el(doc, 'p', 'lk-line', i18n.t('lookup.encyclopedia.permissionNeeded', [hostOf(origin.replace('/*', '/'))])),
      el(doc, 'div', 'lk-actions', grant, retryButton(doc, retry)),
      note,
    );
    return;
  }
  const key = FAILURE_KEYS[result.status as keyof typeof FAILURE_KEYS] ?? FAILURE_KEYS.failed;
  slot.append(el(doc, 'p', 'lk-line', i18n.t(key)));
  if (result.status === 'ambiguous' && result.url) {
    slot.append(el(doc, 'p', null, externalLink(doc, result.url, i18n.t('lookup.encyclopedia.ambiguousLink'))));
  }
  if (result.status !== 'disabled' && result.status !== 'not-found') {
    slot.append(el(doc, 'div', 'lk-actions', retryButton(doc, retry)));
  }
}

function retryButton(doc: Document, retry: () => void): HTMLButtonElement {
  const button = el(doc, 'button', 'lk-button lk-secondary', i18n.t('lookup.encyclopedia.retry'));
  button.type = 'button';
  button.addEventListener('click', retry);
  return button;
}

/** How long the card waits for the background before it says so (the fetch itself stops at 6 s). */
const ENCYCLOPEDIA_GUARD_MS = 15_000;

function encyclopediaSection(doc: Document, handlers: LookupHandlers): HTMLElement {
  const section = el(
    doc,
    'section',
    'lk-section lk-ency',
    el(doc, 'h3', 'lk-heading', i18n.t('lookup.encyclopedia.title')),
  );
  const slot = el(doc, 'div', 'lk-ency-body');
  slot.setAttribute('aria-live', 'polite');
  section.append(slot);
  if (!handlers.networkEnabled) {
    slot.dataset.status = 'disabled';
    slot.append(el(doc, 'p', 'lk-muted', i18n.t('lookup.encyclopedia.off')));
    return section;
  }
  const run = () => {
    slot.replaceChildren(el(doc, 'p', 'lk-muted', i18n.t('lookup.encyclopedia.loading')));
    slot.setAttribute('aria-busy', 'true');
    slot.dataset.status = 'loading';
    const guard = new Promise<EncyclopediaResult>((resolve) =>
      setTimeout(() => resolve({ status: 'timeout' }), ENCYCLOPEDIA_GUARD_MS),
    );
    Promise.race([handlers.onEncyclopedia(), guard]).then(
      (result) => renderEncyclopedia(doc, slot, result, run, handlers),
      () => renderEncyclopedia(doc, slot, { status: 'failed' }, run, handlers),
    );
  };
  const start = el(doc, 'button', 'lk-button', i18n.t('lookup.encyclopedia.button'));
  start.type = 'button';
  start.addEventListener('click', run);
  slot.append(start);
  return section;
}

/** Builds the lookup's content (without the card's frame) as a detached element. */
export function renderLookup(doc: Document, lookup: LookupResult, handlers: LookupHandlers): HTMLElement {
  const root = el(doc, 'div', 'lk-body');
  if (!lookup.query && !lookup.link) {
    root.append(el(doc, 'p', 'lk-line', i18n.t('lookup.emptyQuery')));
    return root;
  }
  if (lookup.truncated) root.append(el(doc, 'p', 'lk-muted lk-small', i18n.t('lookup.truncated')));

  const { entity } = lookup;
  if (entity) {
    const facts = el(
      doc,
      'p',
      'lk-facts',
      el(doc, 'span', 'lk-badge lk-type', i18n.t(`lookup.type.${entity.type}`)),
      ' ',
      el(doc, 'span', 'lk-merged', i18n.t('lookup.mergedAs', [entity.name])),
    );
    facts.dataset.type = entity.type;
    root.append(facts);
    if (entity.aliases.length > 0) {
      root.append(el(doc, 'p', 'lk-muted lk-aliases', i18n.t('lookup.alsoCalled', [entity.aliases.join(', ')])));
    }
  }
  if (lookup.descriptions.length > 0) {
    const list = el(doc, 'ul', 'lk-descriptions');
    for (const description of lookup.descriptions) list.append(el(doc, 'li', 'lk-description', description));
    root.append(el(doc, 'section', 'lk-section', el(doc, 'h3', 'lk-heading', i18n.t('lookup.describedAs')), list));
  }
  if (lookup.publisher) {
    const { publisher } = lookup;
    const ratings = el(doc, 'ul', 'lk-ratings');
    for (const rating of publisher.ratings) {
      ratings.append(el(doc, 'li', null, i18n.t('lookup.rating', [rating.rating, rating.list, rating.date])));
    }
    const details = [publisher.domain, publisher.country, publisher.owner].filter(Boolean).join(' · ');
    root.append(
      el(
        doc,
        'section',
        'lk-section lk-publisher',
        el(doc, 'h3', 'lk-heading', i18n.t('lookup.publisherTitle')),
        el(doc, 'p', 'lk-strong', publisher.name),
        details && el(doc, 'p', 'lk-muted', details),
        publisher.ratings.length > 0 && ratings,
      ),
    );
  }
  if (lookup.link) {
    root.append(
      el(doc, 'p', 'lk-line', externalLink(doc, lookup.link.url, i18n.t('lookup.linkTo', [hostOf(lookup.link.url)]))),
    );
  }

  if (lookup.query) {
    const total = lookup.occurrences.length + lookup.moreOccurrences;
    const section = el(doc, 'section', 'lk-section lk-occurrences');
    section.dataset.count = String(total);
    section.append(el(doc, 'h3', 'lk-heading', i18n.t('lookup.occurrences', [String(total)])));
    if (total === 0) {
      section.append(el(doc, 'p', 'lk-muted', i18n.t('lookup.notFound', [lookup.query])));
    } else {
      const list = el(doc, 'ol', 'lk-list');
      lookup.occurrences.forEach((occurrence, index) => {
        const button = el(doc, 'button', 'lk-occurrence', sentenceWithMark(doc, occurrence));
        button.type = 'button';
        button.title = i18n.t('lookup.showInPage');
        button.addEventListener('click', () => handlers.onOccurrence(occurrence, index));
        list.append(el(doc, 'li', null, button));
      });
      section.append(list);
      if (lookup.moreOccurrences > 0) {
        section.append(el(doc, 'p', 'lk-muted', i18n.t('lookup.moreOccurrences', [String(lookup.moreOccurrences)])));
      }
    }
    root.append(section);
    if (!entity && !lookup.publisher && !/\s/.test(lookup.query)) {
      root.append(el(doc, 'p', 'lk-muted lk-small', i18n.t('lookup.noDictionary')));
    }
    root.append(encyclopediaSection(doc, handlers));
  }
  return root;
}
