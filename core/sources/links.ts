import type { Article, LinkKind, SourceLink } from '../types';
import { hostOf, isInertUrl, registrableDomain } from './domain';
import { kindFromHost } from './publisher';
import { outletByHost } from './publisher-db';
import { isOutletName } from './resolve';

const SOCIAL =
  /(^|\.)(twitter\.com|x\.com|facebook\.com|fb\.com|instagram\.com|tiktok\.com|youtube\.com|youtu\.be|linkedin\.com|threads\.net|bsky\.app|reddit\.com|t\.me|telegram\.me|truthsocial\.com|mastodon\.social|weibo\.com|vk\.com|pinterest\.com|snapchat\.com|tumblr\.com)$/;
const COURT =
  /(^|\.)(uscourts\.gov|supremecourt\.gov|courtlistener\.com|pacer\.gov|judiciary\.uk|bailii\.org|curia\.europa\.eu|echr\.coe\.int|icj-cij\.org|icc-cpi\.int|justia\.com|law\.cornell\.edu)$|(^|\.)courts?\.[a-z.]+$|(^|\.)[a-z]+courts?\.gov$/;
const ACADEMIC =
  /(^|\.)(doi\.org|arxiv\.org|biorxiv\.org|medrxiv\.org|ssrn\.com|jstor\.org|pubmed\.ncbi\.nlm\.nih\.gov|ncbi\.nlm\.nih\.gov|nature\.com|science\.org|sciencedirect\.com|springer\.com|link\.springer\.com|wiley\.com|onlinelibrary\.wiley\.com|thelancet\.com|nejm\.org|bmj\.com|jamanetwork\.com|plos\.org|journals\.plos\.org|cell\.com|pnas\.org|tandfonline\.com|sagepub\.com|academic\.oup\.com|cambridge\.org|frontiersin\.org|mdpi\.com|researchgate\.net|semanticscholar\.org|scholar\.google\.com|acm\.org|ieee\.org)$/;
const GOVERNMENT =
  /(^|\.)(gov|mil)$|(^|\.)(gov|gob|gouv|govt|go|gv|mil)\.[a-z]{2}$|(^|\.)gouv\.fr$|(^|\.)gc\.ca$|(^|\.)canada\.ca$|(^|\.)europa\.eu$|(^|\.)bund\.de$|(^|\.)admin\.ch$|(^|\.)un\.org$|(^|\.)who\.int$|(^|\.)nato\.int$|(^|\.)parliament\.uk$|(^|\.)senate\.gov$/;
const DOCUMENT = /\.(pdf|docx?|xlsx?|csv|pptx?|odt|ods|json|xml|zip|txt|tsv)(?:[?#]|$)/i;

/** What kind of source a link points to. `pageHost` makes same-site links recognisable. */
export function classifyLink(
  href: string,
  pageHost: string | null,
): { kind: LinkKind; domain: string; name?: string } | null {
  if (isInertUrl(href)) return null;
  const host = hostOf(href);
  if (!host) {
    // Relative links stay on the site; mailto:, tel: and fragments are not sources.
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('#')) return null;
    return { kind: 'same-site', domain: pageHost ? registrableDomain(pageHost) : '' };
  }
  const domain = registrableDomain(host);
  if (pageHost && registrableDomain(pageHost) === domain) return { kind: 'same-site', domain };
  if (DOCUMENT.test(href.replace(/^[^/]*\/\/[^/]+/, ''))) return { kind: 'document', domain };
  if (COURT.test(host)) return { kind: 'court', domain };
  if (ACADEMIC.test(host) || kindFromHost(host) === 'academic') return { kind: 'academic', domain };
  if (GOVERNMENT.test(host)) return { kind: 'government', domain };
  if (SOCIAL.test(host)) return { kind: 'social-media', domain };
  const outlet = outletByHost(host);
  if (outlet && (isOutletName(outlet.name) || outlet.kind === null))
    return { kind: 'news-outlet', domain, name: outlet.name };
  if (outlet?.kind === 'government') return { kind: 'government', domain, name: outlet.name };
  if (/\.(org|ngo|int)$/.test(host) || outlet)
    return outlet ? { kind: 'organization', domain, name: outlet.name } : { kind: 'organization', domain };
  return { kind: 'other', domain };
}

/** Body links classified by what they point to. javascript: and data: URLs are never returned. */
export function classifyLinks(article: Article, anchorOrgs: Map<string, string>): SourceLink[] {
  const pageHost = hostOf(article.canonicalUrl) ?? hostOf(article.url);
  const out: SourceLink[] = [];
  for (const link of article.links) {
    const c = classifyLink(link.href, pageHost);
    if (!c) continue;
    const item: SourceLink = {
      href: link.href,
      domain: c.domain,
      kind: c.kind,
      text: link.text,
      start: link.start,
      end: link.end,
    };
    // A link on an organization's name ("The Soufan Group") names the site even when no list knows it.
    const named = c.name ?? anchorOrgs.get(link.href);
    if (named) item.name = named;
    if (c.kind === 'other' && anchorOrgs.has(link.href)) item.kind = 'organization';
    out.push(item);
  }
  return out;
}
