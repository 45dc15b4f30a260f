import { browser } from 'wxt/browser';
import type { ReadResult } from './read-result';
import { isRecord } from './validate';

/**
 * The one protocol map for every message Lede sends. Names say the direction:
 * `popup→background` requests are handled by the background, `→reader` requests by the reader
 * script injected into the article's tab. Each message has a validator; anything that fails it,
 * or comes from outside the extension, is ignored.
 */
export interface ProtocolMap {
  /** popup → background: run the reader script in the tab and return the extracted article. */
  readTab: { request: { tabId: number }; response: ReadResult };
  /** popup → reader: scroll to the n-th occurrence of a passage and highlight it briefly (or until cleared). */
  highlightInPage: {
    request: { passages: string[]; focus: number; persist: boolean };
    response: { found: number };
  };
  /** popup → reader: remove every highlight Lede added. */
  clearHighlights: { request: Record<string, never>; response: { cleared: number } };
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
  readTab: (data): data is RequestOf<'readTab'> =>
    isRecord(data) && Number.isInteger(data.tabId) && (data.tabId as number) >= 0,
  highlightInPage: (data): data is RequestOf<'highlightInPage'> =>
    isRecord(data) &&
    isStringArray(data.passages) &&
    data.passages.length <= 500 &&
    data.passages.every((p) => p.length <= 10_000) &&
    Number.isInteger(data.focus) &&
    typeof data.persist === 'boolean',
  clearHighlights: (data): data is RequestOf<'clearHighlights'> => isRecord(data),
};

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
