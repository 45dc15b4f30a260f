/**
 * Publication dates: normalizes what pages write into ISO 8601, keeping the page's own timezone when it
 * gives one, and reads a date out of a URL path as a last resort.
 */

const ISO_LIKE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i;

const pad = (n: number): string => String(n).padStart(2, '0');

function validDay(year: number, month: number, day: number): boolean {
  return year >= 1990 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/**
 * "2016-10-27T08:00:00-0400" → "2016-10-27T08:00:00-04:00"; "2016-10-27" stays a date. Other forms that
 * `Date` understands ("Thu, 27 Oct 2016 12:00:00 GMT") become UTC. Returns null for anything else.
 */
export function normalizeDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const value = raw.trim();
  const iso = ISO_LIKE.exec(value);
  if (iso) {
    const [, y, mo, d, h, mi, s, zone] = iso;
    if (!validDay(Number(y), Number(mo), Number(d))) return null;
    if (h === undefined) return `${y}-${mo}-${d}`;
    let tz = '';
    if (zone) tz = zone.toUpperCase() === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
    return `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${tz}`;
  }
  if (/^\d{10}(?:\d{3})?$/.test(value)) {
    const ms = value.length === 13 ? Number(value) : Number(value) * 1000;
    return new Date(ms).toISOString().replace('.000Z', 'Z');
  }
  // Only hand `Date` strings that contain a year, a month name or number, and no spurious words.
  if (!/\b(19|20)\d{2}\b/.test(value) || value.length > 60) return null;
  const parsed = Date.parse(value);
  if (Number.isNaN(parsed)) return null;
  const date = new Date(parsed);
  if (!validDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())) return null;
  const hasTime = /\d{1,2}:\d{2}/.test(value);
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  if (!hasTime) {
    // Without a time, `Date` reads the day in local time; read it back the same way.
    const local = new Date(parsed);
    return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
  }
  return `${day}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}Z`;
}

/** A date in the URL path: /2016/10/27/, /2016-10-27/, /20161027/. Day precision only. */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const patterns = [
    /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?:\/|$)/,
    /(?:^|[/_-])((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[/_-]|$)/,
    /\/((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_-]|$)/,
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(path);
    if (!match) continue;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (validDay(year, month, day)) return `${year}-${pad(month)}-${pad(day)}`;
  }
  return null;
}
