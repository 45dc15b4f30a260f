import { type PageSnapshot, SNAPSHOT_MAX_CHARS } from './page-snapshot';

/**
 * Structural checks for data that crosses from a page context into an extension page.
 * The reader script runs inside an untrusted page; a page can tamper with prototypes or fake
 * messages, so every reply is checked before the extension uses it.
 */

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isString = (value: unknown): value is string => typeof value === 'string';
/** The reader script's answer, checked field by field: the page could have tampered with it. */
export function validSnapshot(reply: unknown): PageSnapshot | { message: string } | null {
  if (!isRecord(reply)) return null;
  if (reply.ok === false) return { message: isString(reply.message) ? reply.message.slice(0, 500) : '' };
  const snapshot = reply.snapshot;
  if (reply.ok !== true || !isRecord(snapshot)) return null;
  const { html, url, truncated } = snapshot;
  if (!isString(html) || !isString(url) || typeof truncated !== 'boolean') return null;
  if (html.length > SNAPSHOT_MAX_CHARS || url.length > 10_000) return null;
  return { html, url, truncated };
}
