import { i18n } from '#i18n';
import type { Sources } from '../core/types';
import { clip, messageKey } from '../utils/format';
import { CitationList } from './CitationList';
import { LinkList } from './LinkList';
import { SourcesGlance } from './SourcesGlance';

interface SourcesSectionProps {
  sources: Sources;
  onShowInPage: (passage: string) => void;
}

/** Characters of a bio line or a claim shown. */
const LINE_CHARS = 160;

/** Who published the piece, who speaks in it, what is asserted without a source, and what it links to. */
export function SourcesSection({ sources, onShowInPage }: SourcesSectionProps) {
  const { publisher, labels, authors, citations, unattributed, links } = sources;
  const nothing = !publisher && labels.length + citations.length + unattributed.length + links.length === 0;
  if (nothing) return <p class="empty">{i18n.t('sources.empty')}</p>;
  return (
    <div class="sources" id="sources">
      <SourcesGlance sources={sources} />
      {labels.length > 0 && (
        <ul class="labels">
          {labels.map((label) => (
            <li key={label.label} class="label" title={label.evidence}>
              {label.label.replace('-', ' ')}
              {label.by ? ` · ${label.by}` : ''}
            </li>
          ))}
        </ul>
      )}
      {publisher && (
        <div class="publisher" id="publisher-card">
          <h3 class="group-title">{i18n.t('sources.publisher')}</h3>
          <p>
            <strong dir="auto">{publisher.name}</strong>
            {publisher.kind && (
              <span class="kind"> · {i18n.t(`sources.publisherKind.${messageKey(publisher.kind)}`)}</span>
            )}
            {publisher.country && <span class="kind"> · {publisher.country}</span>}
          </p>
          {publisher.ratings.length === 0 ? (
            <p class="muted">{i18n.t('sources.nothingKnown')}</p>
          ) : (
            <ul class="ratings">
              {publisher.ratings.map((rating) => (
                <li key={`${rating.list}-${rating.date}`}>
                  <span class="rating-list">
                    {rating.list} ({rating.date})
                  </span>
                  : {rating.rating}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {authors.length > 0 && (
        <div class="source-authors" id="source-authors">
          <h3 class="group-title">{i18n.t('sources.author')}</h3>
          <ul class="ratings">
            {authors.map((author) => (
              <li key={author.name}>
                <strong dir="auto">{author.name}</strong>
                {author.role && <span class="kind"> · {author.role}</span>}
                {author.context?.map((line) => (
                  <span key={line} class="muted author-context" dir="auto">
                    {clip(line, LINE_CHARS)}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </div>
      )}
      {citations.length > 0 && (
        <div>
          <h3 class="group-title">{i18n.t('sources.citations')}</h3>
          <CitationList citations={citations} onShowInPage={onShowInPage} />
        </div>
      )}
      {unattributed.length > 0 && (
        <div>
          <h3 class="group-title">{i18n.t('sources.unattributed')}</h3>
          <ul class="claims" id="unattributed">
            {unattributed.map((claim) => (
              <li key={claim.start}>
                <button type="button" class="link-button" onClick={() => onShowInPage(claim.text)}>
                  <span dir="auto">
                    <mark class="marker">{claim.marker}</mark> {clip(claim.text, LINE_CHARS)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {links.length > 0 && (
        <div>
          <h3 class="group-title">{i18n.t('sources.links')}</h3>
          <LinkList links={links} />
        </div>
      )}
    </div>
  );
}
