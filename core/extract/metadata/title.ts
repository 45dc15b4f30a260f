/** The headline without the site name that `<title>` and og:title often append ("… | The Daily Caller"). */
import { collapseSpace } from '../dom';

const SEPARATOR = /\s+(?:[|–—\-:·•/\\]|::)\s+/g;

const squash = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

function hostName(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '').split('.')[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * Strips a leading or trailing part that names the site. Without a known site name, a short trailing
 * part after " | " (four words or fewer) is taken as the suffix when the rest is a real headline.
 */
export function stripSiteName(title: string, siteName: string | null, url: string | null): string {
  const clean = collapseSpace(title);
  const separators = [...clean.matchAll(SEPARATOR)];
  const firstSep = separators[0];
  const lastSep = separators[separators.length - 1];
  if (!firstSep || !lastSep) return clean;
  const names = [siteName, hostName(url)].filter((n): n is string => !!n).map(squash);
  const isSite = (part: string): boolean => {
    const p = squash(part);
    return p.length > 2 && names.some((n) => n.length > 2 && (p === n || p.includes(n) || n.includes(p)));
  };
  const head = clean.slice(0, lastSep.index).trim();
  const tail = clean.slice((lastSep.index ?? 0) + lastSep[0].length).trim();
  if (isSite(tail) && head) return stripSiteName(head, siteName, url);
  const lead = clean.slice(0, firstSep.index).trim();
  const rest = clean.slice((firstSep.index ?? 0) + firstSep[0].length).trim();
  if (isSite(lead) && rest.split(/\s+/).length >= 3) return rest;
  // No known site name: a short tail after a pipe or dash is almost always the site or the section.
  if (/[|–—·]|::/.test(lastSep[0]) && tail.split(/\s+/).length <= 4 && head.split(/\s+/).length >= 3) return head;
  return clean;
}
