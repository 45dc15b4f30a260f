import { i18n } from '#i18n';
import type { LinkKind, SourceLink } from '../core/types';
import { isSafeHref } from '../utils/format';

/** Message keys of the link kinds (message names cannot hold a hyphen). */
const LINK_KIND_KEYS = {
  'same-site': 'sameSite',
  'news-outlet': 'newsOutlet',
  government: 'government',
  court: 'court',
  academic: 'academic',
  document: 'document',
  'social-media': 'socialMedia',
  organization: 'organization',
  other: 'other',
} as const satisfies Record<LinkKind, string>;

interface LinkedPage {
  link: SourceLink;
  /** The words the article links with, each once ("told the BBC", "a report"). */
  anchors: string[];
}

const clip = (text: string, max = 90): string => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** One entry per linked address, in the order the article first links it, with every anchor it uses. */
export function groupByAddress(links: readonly SourceLink[]): LinkedPage[] {
  const pages = new Map<string, LinkedPage>();
  for (const link of links) {
    const anchor = link.text.trim();
    const page = pages.get(link.href);
    if (!page) pages.set(link.href, { link, anchors: anchor ? [anchor] : [] });
    else if (anchor && !page.anchors.includes(anchor)) page.anchors.push(anchor);
  }
  return [...pages.values()];
}

/**
 * What the article links to: the kind of site, its name or domain, and the article's own words for the
 * link, so that three links to one outlet read as three different things (or as one, when they are).
 * Addresses that could run code are shown as inert text.
 */
export function LinkList({ links }: { links: SourceLink[] }) {
  return (
    <ul class="links" id="links">
      {groupByAddress(links).map(({ link, anchors }) => {
        const label = link.name ?? link.domain;
        const words = anchors.filter((anchor) => anchor.toLowerCase() !== label.toLowerCase());
        return (
          <li key={link.href}>
            <span class="badge badge-link">{i18n.t(`sources.linkKind.${LINK_KIND_KEYS[link.kind]}`)}</span>{' '}
            {isSafeHref(link.href) ? (
              <a href={link.href} target="_blank" rel="noreferrer noopener" title={link.href}>
                {label}
              </a>
            ) : (
              <span class="inert">{link.domain}</span>
            )}
            {words.length > 0 && (
              <span class="muted link-anchors" dir="auto">
                {' '}
                · {clip(words.join(' · '))}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
