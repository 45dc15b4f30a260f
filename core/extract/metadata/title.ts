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
 * part after " | " (four words or fewer) is taken as the suffix when the rest is a real headline; after a
 * dash, only when `headline` (the page's printed headline, when known) does not show the title whole.
 */
export function stripSiteName(
  title: string,
  siteName: string | null,
  url: string | null,
  headline: string | null = null,
): string {
  const clean = collapseSpace(title);
  const separators = [...clean.matchAll(SEPARATOR)];
  const firstSep = separators[0];
  const lastSep = separators[separators.length - 1];
  if (!firstSep || !lastSep) return clean;
  const names = [siteName, hostName(url)].filter((n): n is string => !!n).map(squash);
  // A part names the site when one holds the other ("The Daily Caller" for "Daily Caller"). A longer leading
  // part must be mostly the name: a headline may name the blog it is on ("Maple camping @ Steven's Home").
  const isSite = (part: string, leading = false): boolean => {
    const p = squash(part);
    // A short leading label ("NASA SVS |") is the site's, however little of it the name is.
    const mostly = leading && part.split(/\s+/).length > 3;
    return (
      p.length > 2 &&
      names.some(
        (n) =>
          n.length > 2 &&
          (p === n ||
            (p.includes(n) && (!mostly || n.length * 2 >= p.length)) ||
            (n.includes(p) && (!mostly || p.length * 2 >= n.length))),
      )
    );
  };
  const head = clean.slice(0, lastSep.index).trim();
  const tail = clean.slice((lastSep.index ?? 0) + lastSep[0].length).trim();
  if (isSite(tail) && head) return stripSiteName(head, siteName, url, headline);
  const lead = clean.slice(0, firstSep.index).trim();
  const rest = clean.slice((firstSep.index ?? 0) + firstSep[0].length).trim();
  if (isSite(lead, true) && rest.split(/\s+/).length >= 3) return rest;
  // No known site name: a short tail after a pipe or dash is almost always the site or the section. After a
  // dash it may be the headline's own second half ("… review – a sequel that soars"): it stays when the
  // page prints the whole title as its headline.
  const printedWhole = !!headline && squash(headline) === squash(clean);
  const tailMark = printedWhole ? /[|·]|::/ : /[|–—·]|::/;
  if (tailMark.test(lastSep[0]) && tail.split(/\s+/).length <= 4 && head.split(/\s+/).length >= 3) return head;
  return clean;
}
