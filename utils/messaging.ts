import { browser } from 'wxt/browser';
import type { EncyclopediaResult, LookupResult } from '../core/lookup/types';
import type { AnalyzeResult } from './read-result';
import { isRecord } from './validate';

/**
 * The one protocol map for every message Lede sends. Names say the direction:
 * `popup→background` requests are handled by the background, `→reader` requests by the reader
 * script injected into the article's tab. Each message has a validator; anything that fails it,
 * or comes from outside the extension, is ignored.
 */
export interface ProtocolMap {
  /**
   * popup, reader view → background: read the tab (reader script snapshot, extraction) and analyze the
   * article. The background keeps the decoded entity model between openings, so this stays fast.
   */
  analyzeTab: { request: { tabId: number; sentences: number }; response: AnalyzeResult };
  /** popup → reader: scroll to the n-th occurrence of a passage and highlight it briefly (or until cleared). */
  highlightInPage: {
    request: { passages: string[]; focus: number; persist: boolean };
    response: { found: number };
  };
  /** popup → reader: remove every highlight Lede added. */
  clearHighlights: { request: Record<string, never>; response: { cleared: number } };
  /**
   * extension page → background: look up a selection or link in a tab, as the context-menu click and
   * the keyboard command do (the tests drive the lookup through this). No text: the tab's selection.
   */
  lookupInTab: {
    request: { tabId: number; text?: string; linkUrl?: string };
    response: { shown: boolean; reason?: string };
  };
  /** background → lookup card: show what the article says about the selection. */
  showLookupCard: {
    request: { lookup: LookupResult; network: { enabled: boolean } };
    response: { shown: boolean };
  };
  /** lookup card or popup → background: the encyclopedia summary for a name (fetched by the background). */
  lookupEncyclopedia: {
    request: { title: string; lang: string | null; context: string[] };
    response: EncyclopediaResult;
  };
  /** lookup card → background: open the small page where the reader can grant the encyclopedia's host. */
  openLookupPermission: { request: { origin: string }; response: { opened: boolean } };
}

export type MessageType = keyof ProtocolMap;
export type RequestOf<K extends MessageType> = ProtocolMap[K]['request'];
export type ResponseOf<K extends MessageType> = ProtocolMap[K]['response'];

interface Envelope<K extends MessageType = MessageType> {
  lede: 1;
  type: K;
  data: RequestOf<K>;
}

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Payload validators, one per message. A page cannot send these, but the checks keep mistakes loud. */
export const requestValidators: { [K in MessageType]: (data: unknown) => data is RequestOf<K> } = {
  analyzeTab: (data): data is RequestOf<'analyzeTab'> =>
    isRecord(data) &&
    Number.isInteger(data.tabId) &&
    (data.tabId as number) >= 0 &&
    Number.isInteger(data.sentences) &&
    (data.sentences as number) >= 1 &&
    (data.sentences as number) <= 20,
  highlightInPage: (data): data is RequestOf<'highlightInPage'> =>
    isRecord(data) &&
    isStringArray(data.passages) &&
    data.passages.length <= 500 &&
    data.passages.every((p) => p.length <= 10_000) &&
    Number.isInteger(data.focus) &&
    typeof data.persist === 'boolean',
  clearHighlights: (data): data is RequestOf<'clearHighlights'> => isRecord(data),
  lookupInTab: (data): data is RequestOf<'lookupInTab'> =>
    isRecord(data) &&
    Number.isInteger(data.tabId) &&
    (data.tabId as number) >= 0 &&
    (data.text === undefined || (typeof data.text === 'string' && data.text.length <= 10_000)) &&
    (data.linkUrl === undefined || (typeof data.linkUrl === 'string' && data.linkUrl.length <= 4_000)),
  showLookupCard: (data): data is RequestOf<'showLookupCard'> =>
    isRecord(data) &&
    isLookupResult(data.lookup) &&
    isRecord(data.network) &&
    typeof data.network.enabled === 'boolean',
  lookupEncyclopedia: (data): data is RequestOf<'lookupEncyclopedia'> =>
    isRecord(data) &&
    typeof data.title === 'string' &&
    data.title.trim().length > 0 &&
    data.title.length <= 300 &&
    (data.lang === null || (typeof data.lang === 'string' && /^[a-z]{2,3}$/.test(data.lang))) &&
    isStringArray(data.context) &&
    data.context.length <= 10 &&
    data.context.every((name) => name.length <= 300),
  openLookupPermission: (data): data is RequestOf<'openLookupPermission'> =>
    isRecord(data) && typeof data.origin === 'string' && /^https?:\/\/[^/\s*]+\/\*$/.test(data.origin),
};

/** Shape check of a lookup result: the card only renders what passes. */
function isLookupResult(value: unknown): value is LookupResult {
  if (!isRecord(value)) return false;
  const { query, entity, descriptions, occurrences, context } = value;
  return (
    typeof query === 'string' &&
    typeof value.truncated === 'boolean' &&
    (entity === null ||
      (isRecord(entity) &&
        typeof entity.name === 'string' &&
        typeof entity.type === 'string' &&
        isStringArray(entity.aliases))) &&
    isStringArray(descriptions) &&
    isStringArray(context) &&
    Number.isInteger(value.moreOccurrences) &&
    (value.lang === null || typeof value.lang === 'string') &&
    (value.publisher === null || (isRecord(value.publisher) && typeof value.publisher.name === 'string')) &&
    (value.link === null ||
      (isRecord(value.link) && typeof value.link.text === 'string' && typeof value.link.url === 'string')) &&
    Array.isArray(occurrences) &&
    occurrences.length <= 500 &&
    occurrences.every(
      (o) =>
        isRecord(o) &&
        typeof o.text === 'string' &&
        typeof o.sentence === 'string' &&
        Number.isInteger(o.start) &&
        Number.isInteger(o.end) &&
        Number.isInteger(o.at),
    )
  );
}

export function isEnvelope(message: unknown): message is Envelope {
  return (
    isRecord(message) &&
    message.lede === 1 &&
    typeof message.type === 'string' &&
    Object.hasOwn(requestValidators, message.type) &&
    requestValidators[message.type as MessageType](message.data)
  );
}

/** Sends a request to the background (no tabId) or to the reader script in a tab. */
export async function sendMessage<K extends MessageType>(
  type: K,
  data: RequestOf<K>,
  tabId?: number,
): Promise<ResponseOf<K>> {
  const envelope: Envelope<K> = { lede: 1, type, data };
  const reply =
    tabId === undefined ? await browser.runtime.sendMessage(envelope) : await browser.tabs.sendMessage(tabId, envelope);
  return reply as ResponseOf<K>;
}

export type Handlers = {
  [K in MessageType]?: (data: RequestOf<K>, sender: MessageSender) => Promise<ResponseOf<K>> | ResponseOf<K>;
};

export interface MessageSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/** True when a message comes from one of Lede's own extension pages (popup, options, reader view). */
export function isFromExtensionPage(sender: MessageSender): boolean {
  return sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
}

/**
 * True when a message comes from one of Lede's own content scripts (the lookup card in a tab). Pages
 * cannot reach the background at all (no `externally_connectable`), so the extension id is the check.
 */
export function isFromOwnContentScript(sender: MessageSender): boolean {
  return sender.id === browser.runtime.id && sender.tab?.id !== undefined && !isFromExtensionPage(sender);
}

/**
 * Registers the handlers of one context. `accept` decides which senders may talk to it.
 * Unknown or malformed messages get no answer, so other listeners (and the sender) are unaffected.
 */
export function handleMessages(handlers: Handlers, accept: (sender: MessageSender) => boolean): () => void {
  const listener = (message: unknown, sender: MessageSender): Promise<unknown> | undefined => {
    if (!isEnvelope(message) || !accept(sender)) return undefined;
    const handler = handlers[message.type] as
      | ((data: unknown, sender: MessageSender) => Promise<unknown> | unknown)
      | undefined;
    if (!handler) return undefined;
    return Promise.resolve(handler(message.data, sender));
  };
  browser.runtime.onMessage.addListener(listener as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
  return () =>
    browser.runtime.onMessage.removeListener(
      listener as Parameters<typeof browser.runtime.onMessage.removeListener>[0],
    );
}
