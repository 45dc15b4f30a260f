/**
 * Authors from the page itself: meta tags, microdata and the byline element next to the headline,
 * with the role a page prints beside the name (".author-title") and the profile link.
 */
import type { Author } from '../../types';
import { classAndId, hasName, listedBelow, normalizedText, squashText, tagName, webUrl } from '../dom';

/** "By", "Von", "Par", "Por", "Di", "Door", "Av", "Por:"… at the start of a byline. */
const BY_PREFIX =
  /^\s*(?:by|von|par|por|di|de|door|af|av|autor(?:in)?|author|written by|posted by|reporting by)\s*:?\s+/i;
const NAME_SEPARATOR = /\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b)\s*/i;
const PROFILE_PATH =
  /\/(?:authors?|autor(?:en|es|i)?|auteurs?|people|staff|profiles?|by|redaktion|redactie|redacteurs?|journalists?|journalisten|reporters?|writers?|contributors?|columnists?)\//i;
const ROLE_CLASS = /(?:author|byline|writer|contributor)[-_]?(?:title|role|job|position|desc)|job[-_]?title|jobtitle/;
const BYLINE_CLASS = /\b(?:byline|author|authors|writer|contributor|article[-_]?author|post[-_]?author)\b/;

const DATE_LABEL = /^\s*(?:last\s+)?(?:updated|published|posted|modified|reviewed)\b/i;

/** Drops the "By" prefix and a trailing date or "Updated…" from a byline string. */
export function cleanByline(raw: string): string {
  // "Last Updated: January 7, 2025" is a date line in the byline's place, not a name ("Posted by …" is).
  if (DATE_LABEL.test(raw) && !/\bby\b/i.test(raw)) return '';
  return raw
    .replace(/\s+/g, ' ')
    .replace(BY_PREFIX, '')
    .replace(/\s*(?:[|•·—–-]|\bupdated\b|\bpublished\b|\bon\b)\s*.*\d{4}.*$/i, '')
    .replace(/[,|•·]\s*$/, '')
    .trim();
}

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)';
/** "Written by", "Posted by:" before a name, even with the space lost ("Written byAAA Travel Editor"). */
const CREDIT_PREFIX = /^(?:written|posted|reviewed|edited|reported) by\s*:?\s*/i;
/** "BySummer Swann": a "By" run into the name (the name's own capital then a lowercase letter). */
const GLUED_BY = /^[Bb][Yy]\s*:?\s*(?=\p{Lu}\p{Ll})/u;
const AUTHORS_LABEL = /^authors?\s*:\s*/i;
/** What a byline box runs into the name: "Reyan PerumalPublished", "Luke KimDecember 17". */
const GLUED_TAIL = new RegExp(`(?<=\\p{Ll})(?:(?:Published|Updated|Posted)\\b|${MONTH}\\.? \\d).*$`, 'u');
/** A date run into the start: "Dec 17, 2025Julian K. Arni". */
const GLUED_DATE = new RegExp(`^${MONTH}\\.? \\d{1,2}, \\d{4}(?=\\p{Lu})`, 'u');
/** Not a name at all: a copyright line, a reading time, a placeholder a template printed. */
const NOT_A_NAME = /©|\bmin(?:ute)?s? read\b|^(?:undefined|null|none|n\/a|unknown)$/i;
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)';
const DATE_WORDS = new RegExp(`\\b(?:${MONTH}|${WEEKDAY})\\b|\\d+(?:st|nd|rd|th)?`, 'gi');

/**
 * An author name as a reader should see it, whichever source gave it; '' when the "name" is a date, a
 * reading time, a copyright line or a template's placeholder.
 */
export function tidyAuthorName(raw: string): string {
  const name = raw
    .replace(/\s+/g, ' ')
    .trim()
    .replace(CREDIT_PREFIX, '')
    .replace(GLUED_BY, '')
    .replace(AUTHORS_LABEL, '')
    .replace(GLUED_DATE, '')
    .replace(GLUED_TAIL, '')
    .trim();
  if (NOT_A_NAME.test(name)) return '';
  // Nothing but a date ("DECEMBER 27, 2024", "Sat"); "April May", two words and no number, is a name.
  if ((/\d/.test(name) || !name.includes(' ')) && !/\p{L}/u.test(name.replace(DATE_WORDS, ''))) return '';
  return name;
}

/** Words that make a byline's part a job or an affiliation, not another person: "CEO of CaseBasix". */
const JOB_TITLE =
  /^(?:(?:sr|senior|jr|junior|chief|lead|head|managing|executive|deputy|assistant|associate|staff|contributing|former|trial|general)\.?\s+)*(?:ceo|cfo|cto|coo|founder|co-founder|president|vice president|director|editor|reporter|correspondent|writer|columnist|contributor|producer|analyst|professor|manager|consultant|attorney|lawyer|officer|fellow|researcher|scientist|specialist|dietitian|nurse|physician|doctor|partner|owner)\b/i;

/** Whether a byline's part names a job, wherever its job word stands: "Political Correspondent", "Staff Writer". */
export const isJobTitle = (text: string): boolean => JOB_WORD.test(text);
const JOB_WORD = new RegExp(JOB_TITLE.source.replace(/^\^/, '\\b'), 'i');

/**
 * "Sergio Martínez-Beltrán | The Texas Newsroom", "David Jackson - FullStack Editorial Team", "Mayank Gupta,
 * CEO of CaseBasix": the person, with the rest as the role the byline prints beside the name.
 */
function withAffiliation(author: Author): Author {
  const apart = /\s+[|–—-]\s+/.exec(author.name);
  const comma = /,\s+/.exec(author.name);
  let cut: RegExpExecArray | null = null;
  if (apart && looksLikeName(author.name.slice(0, apart.index)) && /\s/.test(author.name.slice(0, apart.index).trim()))
    cut = apart;
  else if (comma && JOB_TITLE.test(author.name.slice(comma.index + comma[0].length))) cut = comma;
  if (!cut) return author;
  const name = author.name.slice(0, cut.index).trim();
  const role = author.name.slice(cut.index + cut[0].length).trim();
  return { ...author, name, ...(author.role || !role ? {} : { role }) };
}

/** The authors with tidy names (and the role a name carried with it); those whose name is not one are left out. */
export function tidyAuthors(authors: readonly Author[]): Author[] {
  return authors.flatMap((author) => {
    const name = tidyAuthorName(author.name);
    return name ? [withAffiliation({ ...author, name })] : [];
  });
}

/**
 * A header bar read as one string, its parts run together without spaces: "jsteinhardt18th Dec 2025AI
 * Alignment Forum3 min read2" (name, date, venue, reading time, comment count). Only its start is a name.
 * A reading time set apart by spaces ("3 min read") has already made the string no name in tidyAuthorName,
 * which runs first; run together, it counts among the junctions here.
 */
function runTogether(byline: string): boolean {
  return (byline.match(/\p{Ll}\d|\d\p{Lu}/gu)?.length ?? 0) >= 2;
}

/** The name at the start of a run-together header bar ("Nick van Mead2022-11-23T08:10"), or null; after tidyAuthorName. */
export function nameBeforeRunOn(byline: string): string | null {
  if (!runTogether(byline)) return byline;
  const cut = byline.search(/\p{Ll}\d/u);
  const name = cut < 0 ? '' : byline.slice(0, cut + 1).trim();
  return looksLikeName(name) && !runTogether(name) ? name : null;
}

/** Splits "Ana Ruiz and Ben Ode" into names; keeps a single name whole. */
export function splitNames(byline: string): string[] {
  return cleanByline(byline)
    .split(NAME_SEPARATOR)
    .map((name) => name.trim())
    .filter((name) => looksLikeName(name));
}

/** A person's or desk's name: short, no URL, not a sentence. */
export function looksLikeName(text: string): boolean {
  if (!text || text.length > 60 || /https?:|www\.|@/.test(text)) return false;
  const words = text.split(/\s+/).length;
  return words >= 1 && words <= 6 && /\p{L}/u.test(text);
}

function roleNear(el: Element): string | null {
  // A role sits inside the byline box or right next to it, in the byline line around the name.
  const box = el.closest('[class*="byline"], [class*="author"], [itemprop="author"]') ?? el.parentElement;
  const scopes = [box, box?.parentElement].filter(
    (scope): scope is Element => !!scope && scope.tagName.toLowerCase() !== 'body',
  );
  for (const scope of scopes) {
    if (normalizedText(scope).length > 300) break;
    for (const candidate of Array.from(scope.querySelectorAll('[class], [itemprop="jobTitle"]'))) {
      if (candidate === el || candidate.contains(el)) continue;
      if (candidate.getAttribute('itemprop') === 'jobTitle' || ROLE_CLASS.test(classAndId(candidate))) {
        const role = normalizedText(candidate);
        if (role && role.length <= 80) return role;
      }
    }
  }
  return null;
}

/** `a[rel~="author"], [itemprop="author"]`: a link to the author's page, or the author in microdata. */
function isAuthorLink(el: Element): boolean {
  if (el.getAttribute('itemprop') === 'author') return true;
  if (tagName(el) !== 'a') return false;
  const rel = el.getAttribute('rel');
  return !!rel && rel.toLowerCase().split(/\s+/).includes('author');
}

/** A reader's comment names its writer like a byline ("comment-author vcard"): not the piece's author. */
const COMMENT_NAME = /\bcomment/;
const COMMENTS_SECTION =
  /(?:^|\s)(?:comments?|comment-?list|comments-area|comment-section|respond|disqus_thread)(?:\s|$)/;
function inComments(box: Element): boolean {
  if (COMMENT_NAME.test(classAndId(box))) return true;
  for (let el = box.parentElement; el; el = el.parentElement) if (COMMENTS_SECTION.test(classAndId(el))) return true;
  return false;
}

/**
 * The byline region of the page, as lists of its elements: inside the article when there is one, then the
 * whole document. `elements` is every element of the page.
 */
function bylineScopes(elements: readonly Element[]): (readonly Element[])[] {
  const article = elements.find((el) => {
    const tag = tagName(el);
    return tag === 'article' || tag === 'main' || el.getAttribute('role') === 'main';
  });
  return article ? [listedBelow(elements, article), elements] : [elements];
}

/** Authors named by the byline element. `elements`: every element of the page, in document order. */
export function authorsFromByline(elements: readonly Element[], baseUrl: string | null): Author[] {
  for (const scope of bylineScopes(elements)) {
    // Explicit author links and microdata are the most reliable.
    const linked = scope.filter(isAuthorLink);
    const fromLinks = linked.map((el) => authorFromElement(el, baseUrl)).filter((a): a is Author => !!a);
    if (fromLinks.length) return dedupe(fromLinks);

    for (const box of scope.filter(hasName)) {
      const name = classAndId(box);
      if (!BYLINE_CLASS.test(name) || ROLE_CLASS.test(name) || inComments(box)) continue;
      const text = normalizedText(box);
      if (!text || text.length > 200) continue;
      const anchors = Array.from(box.querySelectorAll('a[href]')).filter((a) => looksLikeName(normalizedText(a)));
      const profileLinks = anchors.filter((a) => PROFILE_PATH.test(a.getAttribute('href') ?? ''));
      // Inside a byline box, a link whose text is a name is the author's page even without a telling path.
      const chosen = profileLinks.length ? profileLinks : anchors.length <= 3 ? anchors : [];
      if (chosen.length)
        return dedupe(chosen.map((a) => authorFromElement(a, baseUrl)).filter((a): a is Author => !!a));
      const role = roleNear(box.firstElementChild ?? box);
      let bylineText = text;
      if (role) bylineText = bylineText.replace(role, ' ');
      const names = splitNames(bylineText);
      if (names.length && names.length <= 5)
        return names.map((name) => (role && names.length === 1 ? { name, role } : { name }));
    }
  }
  return [];
}

function authorFromElement(el: Element, baseUrl: string | null): Author | null {
  const nameEl = el.querySelector('[itemprop="name"]') ?? el;
  let name = nameEl.getAttribute('content') ?? normalizedText(nameEl);
  name = cleanByline(name);
  if (!looksLikeName(name)) return null;
  const author: Author = { name };
  const role = roleNear(el);
  if (role && role !== name) author.role = role;
  const link = tagName(el) === 'a' ? el : el.querySelector('a[href]');
  const url = webUrl(link?.getAttribute('href'), baseUrl);
  if (url) author.url = url;
  return author;
}

export function dedupe(authors: Author[]): Author[] {
  const seen = new Map<string, Author>();
  for (const author of authors) {
    const key = author.name.toLowerCase();
    const known = seen.get(key);
    if (!known) seen.set(key, { ...author });
    else {
      known.role ??= author.role;
      known.url ??= author.url;
    }
  }
  return [...seen.values()];
}

/** A name as compared (an outlet's, an author's): without case, spacing or a leading "the". */
export const squashName = (text: string): string => squashText(text.toLowerCase().replace(/^the\s+/, ''));

/**
 * One author entry that holds several people ("Ana Ruiz and Ben Ode, The Daily Planet", as some pages put
 * in JSON-LD) becomes one author per person, without the outlet's own name. Parts are split only when each
 * is a full name of two words or more: "Ruiz, Ana" stays one author.
 */
export function separateAuthors(authors: Author[], outletNames: readonly (string | null)[]): Author[] {
  const outlets = new Set(outletNames.filter((n): n is string => !!n).map(squashName));
  return authors.flatMap((author) => {
    const parts = author.name
      .split(NAME_SEPARATOR)
      .map((part) => part.trim())
      .filter(Boolean);
    const people = parts.filter((part) => !outlets.has(squashName(part)));
    if (parts.length < 2 || people.length === 0) return [author];
    if (!people.every((part) => looksLikeName(part) && part.split(/\s+/).length >= 2)) return [author];
    if (people.length === 1) return [{ ...author, name: people[0] as string }];
    return people.map((name) => ({ name }));
  });
}

/** Adds roles and profile links the page shows to authors named by metadata. */
export function enrichAuthors(authors: Author[], fromPage: Author[]): Author[] {
  return authors.map((author) => {
    const match = fromPage.find((p) => p.name.toLowerCase() === author.name.toLowerCase());
    if (!match) return author;
    const enriched = { ...author };
    enriched.role ??= match.role;
    enriched.url ??= match.url;
    return enriched;
  });
}
