import { i18n } from '#i18n';
import type { SourceLink } from '../core/types';
import { clip, isSafeHref, messageKey } from '../utils/format';

interface LinkedPage {
  link: SourceLink;
  /** The words the article links with, each once ("told the BBC", "a report"). */
  anchors: string[];
}

/** Characters of a link's anchors shown. */
const ANCHOR_CHARS = 90;

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
            <span class="badge badge-link">{i18n.t(`sources.linkKind.${messageKey(link.kind)}`)}</span>{' '}
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
                · {clip(words.join(' · '), ANCHOR_CHARS)}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
