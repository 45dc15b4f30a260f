/**
 * Formats an ISO date for display in the reader's locale. A date without a time ("2016-10-27") is a
 * calendar day, shown as that day everywhere; full timestamps are shown in the reader's own zone.
 */
export function formatArticleDate(iso: string | null, locale?: string): string | null {
  if (!iso) return null;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = new Date(dateOnly ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return null;
  const options: Intl.DateTimeFormatOptions = dateOnly
    ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
    : { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' };
  try {
    return new Intl.DateTimeFormat(locale, options).format(date);
  } catch {
    return date.toISOString().slice(0, 10);
  }
}

/** The host of a URL without "www.", or null. */
export function displayHost(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** True for links safe to open from an extension page. */
export function isSafeHref(href: string): boolean {
  try {
    const { protocol } = new URL(href);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** `text` cut to at most `max` characters, with an ellipsis where it was cut. */
export const clip = (text: string, max: number): string =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;

/** "same-site" → "sameSite", as a type too: message names cannot hold a hyphen. */
export type MessageKey<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<MessageKey<Tail>>}`
  : S;

/** A value of the analysis ("state-media", "press-release") as the last part of its message's name. */
export function messageKey<S extends string>(value: S): MessageKey<S> {
  return value.replace(/-(\p{Ll})/gu, (_, letter: string) => letter.toUpperCase()) as MessageKey<S>;
}
