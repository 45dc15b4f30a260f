import { i18n } from '#i18n';
import type { Summary } from '../core/types';

interface SummarySectionProps {
  summary: Summary;
  onShowInPage: (passage: string) => void;
}

/** The summary sentences; each one scrolls the page to where it stands. */
export function SummarySection({ summary, onShowInPage }: SummarySectionProps) {
  if (summary.sentences.length === 0) return <p class="empty">{i18n.t('summary.empty')}</p>;
  return (
    <ol class="summary-list" id="summary-list">
      {summary.sentences.map((sentence) => (
        <li key={sentence.start}>
          <button
            type="button"
            class="link-button summary-sentence"
            title={i18n.t('summary.showInPage')}
            onClick={() => onShowInPage(sentence.text)}
          >
            {sentence.text}
          </button>
        </li>
      ))}
    </ol>
  );
}
