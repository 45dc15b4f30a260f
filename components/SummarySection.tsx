import { i18n } from '#i18n';
import type { Summary } from '../core/types';
import { useRovingFocus } from '../utils/roving-focus';
import { SummaryCopy } from './SummaryCopy';

interface SummarySectionProps {
  summary: Summary;
  /** The article's language and direction: the sentences are its own words. */
  lang?: string | null;
  dir?: 'ltr' | 'rtl';
  onShowInPage?: (passage: string) => void;
}

/** The summary sentences; each one scrolls the page to where it stands. Arrow keys move between them. */
export function SummarySection({ summary, lang, dir, onShowInPage }: SummarySectionProps) {
  const list = useRovingFocus<HTMLOListElement>('.summary-sentence');
  if (summary.sentences.length === 0) return <p class="empty">{i18n.t('summary.empty')}</p>;
  return (
    <>
      <ol
        class="summary-list"
        id="summary-list"
        ref={list}
        lang={lang ?? undefined}
        dir={dir}
        aria-label={i18n.t('summary.listLabel')}
      >
        {summary.sentences.map((sentence) => (
          <li key={sentence.start}>
            {onShowInPage ? (
              <button
                type="button"
                class="link-button summary-sentence"
                title={i18n.t('summary.showInPage')}
                onClick={() => onShowInPage(sentence.text)}
              >
                {sentence.text}
              </button>
            ) : (
              <span class="summary-sentence plain">{sentence.text}</span>
            )}
          </li>
        ))}
      </ol>
      <SummaryCopy sentences={summary.sentences} />
    </>
  );
}
