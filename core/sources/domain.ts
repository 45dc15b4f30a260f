/** Host names and registrable domains without a public-suffix list: enough for news sites and links. */

// Second-level labels under which registrations happen (example.co.uk, example.com.au, example.gov.uk).
const SECOND_LEVEL = new Set([
  'co',
  'com',
  'net',
  'org',
  'gov',
  'ac',
  'edu',
  'gob',
  'go',
  'or',
  'ne',
  'nic',
  'mil',
  'sch',
  'govt',
  'gv',
  'nhs',
  'police',
  'ltd',
  'plc',
]);

/** Lower-cased host without "www.", or null for relative, malformed or non-web URLs. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  const m = /^(?:https?:)?\/\/([^/?#:@\s]+(?:@[^/?#:\s]+)?)(?::\d+)?(?:[/?#]|$)/i.exec(url.trim());
  if (!m?.[1]) return null;
  const host = (m[1].includes('@') ? m[1].slice(m[1].lastIndexOf('@') + 1) : m[1]).toLowerCase().replace(/\.$/, '');
  if (!/^[a-z0-9.-]+$/.test(host) || !host.includes('.')) return null;
  return host.replace(/^www\d*\./, '');
}

/** "news.bbc.co.uk" -> "bbc.co.uk"; "edition.cnn.com" -> "cnn.com". */
export function registrableDomain(host: string): string {
  const labels = host.split('.');
  // An address such as 192.168.1.20 (a page on the reader's own network) has no parent domain.
  if (labels.length <= 2 || labels.every((label) => /^\d+$/.test(label))) return host;
  const tld = labels[labels.length - 1] ?? '';
  const second = labels[labels.length - 2] ?? '';
  const take = tld.length === 2 && SECOND_LEVEL.has(second) ? 3 : 2;
  return labels.slice(-take).join('.');
}

/** The host itself, then each parent down to the registrable domain: for lookups by most specific first. */
export function domainCandidates(host: string): string[] {
  const out: string[] = [];
  const base = registrableDomain(host);
  let h = host;
  while (h.length >= base.length) {
    out.push(h);
    const dot = h.indexOf('.');
    if (dot < 0) break;
    h = h.slice(dot + 1);
  }
  return out;
}

/** True when the URL scheme can run code or embed content: never shown as a link. */
export function isInertUrl(href: string): boolean {
  // Browsers drop control characters and whitespace inside a scheme ("java\tscript:"): so do we.
  const cleaned = [...href].filter((ch) => (ch.codePointAt(0) ?? 0) > 0x20).join('');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
  return (
    scheme === 'javascript' || scheme === 'data' || scheme === 'vbscript' || scheme === 'blob' || scheme === 'file'
  );
}
