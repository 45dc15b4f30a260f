import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { summaryAsMarkdown, summaryAsText } from '../core/export/summary';
import type { SummarySentence } from '../core/types';

/** Two small buttons under the summary: copy it as text or as Markdown. */
export function SummaryCopy({ sentences }: { sentences: SummarySentence[] }) {
  const [copied, setCopied] = useState(false);
  const copy = (content: string) =>
    navigator.clipboard.writeText(content).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  return (
    <div class="summary-copy">
      <button type="button" class="text-button" id="copy-summary-text" onClick={() => copy(summaryAsText(sentences))}>
        {i18n.t('summary.copyText')}
      </button>
      <button
        type="button"
        class="text-button"
        id="copy-summary-markdown"
        onClick={() => copy(summaryAsMarkdown(sentences))}
      >
        {i18n.t('summary.copyMarkdown')}
      </button>
      <span role="status" class="muted">
        {copied ? i18n.t('summary.copied') : ''}
      </span>
    </div>
  );
}
