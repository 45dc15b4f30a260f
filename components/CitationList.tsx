import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { readsStatementFirst } from '../core/sources/statement-first';
import type { Citation } from '../core/types';
import { clip } from '../utils/format';

interface CitationListProps {
  citations: Citation[];
  onShowInPage: (passage: string) => void;
}

/** Statements a source's group shows before "Show N more": enough to see how the source is used. */
const SHOWN_PER_SOURCE = 3;
/** Characters of a statement shown; the whole of it is in the page. */
const QUOTE_CHARS = 160;

interface SourceGroup {
  key: string;
  source: string;
  kind: Citation['kind'];
  statements: Citation[];
}

/** One group per source (same name and kind), in the order the article first cites each. */
export function groupBySource(citations: readonly Citation[]): SourceGroup[] {
  const groups = new Map<string, SourceGroup>();
  for (const citation of citations) {
    const key = `${citation.kind}:${citation.source.toLowerCase()}`;
    const group = groups.get(key);
    if (group) group.statements.push(citation);
    else groups.set(key, { key, source: citation.source, kind: citation.kind, statements: [citation] });
  }
  return [...groups.values()];
}

/**
 * Who is quoted or cited, each source once with what it said under it. A direct quote is shown in
 * quotation marks; reported speech is shown without them, since those are the article's words, not the
 * speaker's. Each statement shows its passage in the page when clicked.
 */
export function CitationList({ citations, onShowInPage }: CitationListProps) {
  return (
    <ul class="citations" id="citations">
      {groupBySource(citations).map((group) => (
        <SourceStatements key={group.key} group={group} onShowInPage={onShowInPage} />
      ))}
    </ul>
  );
}

/** "12 quotes · 4 paraphrased": the same count of quotes as the sources line above. */
function countLine(statements: readonly Citation[]): string {
  const quotes = statements.filter((statement) => statement.direct).length;
  const paraphrased = statements.length - quotes;
  const parts: string[] = [];
  if (quotes) parts.push(i18n.t('sources.quoteCount', quotes));
  if (paraphrased) parts.push(i18n.t('sources.paraphraseCount', paraphrased));
  return parts.join(' · ');
}

function SourceStatements({ group, onShowInPage }: { group: SourceGroup; onShowInPage: (passage: string) => void }) {
  const [open, setOpen] = useState(false);
  const hidden = group.statements.length - SHOWN_PER_SOURCE;
  const shown = open || hidden <= 0 ? group.statements : group.statements.slice(0, SHOWN_PER_SOURCE);
  return (
    <li class="citation-group">
      <p class="citation-head">
        <span class="citation-source" dir="auto">
          {group.source}
        </span>
        <span class={`badge badge-${group.kind}`}>{i18n.t(`sources.citationKind.${group.kind}`)}</span>
        <span class="muted citation-count"> · {countLine(group.statements)}</span>
      </p>
      <ul class="citation-statements">
        {shown.map((citation) => {
          const trailing = readsStatementFirst(citation);
          return (
            <li key={`${citation.start}-${citation.end}`}>
              <button
                type="button"
                class="link-button citation"
                onClick={() => onShowInPage(citation.quote.slice(0, 200))}
              >
                {citation.verb && !trailing && <span class="muted citation-verb">{citation.verb} </span>}
                {/* "Reuters · told via Reuters" says nothing: the channel shows only when it is not the source. */}
                {citation.via && citation.via.toLowerCase() !== group.source.toLowerCase() && (
                  <span class="muted">{i18n.t('sources.via', [citation.via])} </span>
                )}
                {citation.direct ? (
                  <span class="citation-quote" dir="auto">
                    “{clip(citation.quote, QUOTE_CHARS)}”
                  </span>
                ) : (
                  <span class="citation-quote citation-paraphrase" dir="auto" title={i18n.t('sources.paraphrase')}>
                    {clip(citation.quote, QUOTE_CHARS)}
                  </span>
                )}
                {trailing && (
                  <span class="muted citation-verb" dir="auto">
                    {' '}
                    — {citation.verb} {group.source}
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
      {hidden > 0 && (
        <button type="button" class="link-button more-statements" onClick={() => setOpen(!open)}>
          {open ? i18n.t('sources.showFewer') : i18n.t('sources.showMore', hidden)}
        </button>
      )}
    </li>
  );
}
