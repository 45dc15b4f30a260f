import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Summary } from '../core/types';
import {
  type BuiltinAvailability,
  builtinSummarizerAvailability,
  summarizeWithBuiltin,
} from '../utils/builtin-summarizer';
import type { SummaryLength } from '../utils/settings';
import { SummarySection } from './SummarySection';

interface SummaryPanelProps {
  summary: Summary;
  /** The article's plain text, for the browser's model. */
  text: string;
  lang?: string | null;
  dir?: 'ltr' | 'rtl';
  useBuiltin: boolean;
  length: SummaryLength;
  onShowInPage?: (passage: string) => void;
}

type Generated =
  | { state: 'idle' }
  | { state: 'downloading'; progress: number }
  | { state: 'working' }
  | { state: 'done'; lines: string[] }
  | { state: 'failed' };

/**
 * The summary. With the browser's built-in summarizer turned on and available, a generated summary
 * is shown, labelled as such, with the extractive sentences kept below and used alone on any failure.
 * A model that still has to be downloaded is fetched only when the reader presses the button.
 */
export function SummaryPanel({ summary, text, lang, dir, useBuiltin, length, onShowInPage }: SummaryPanelProps) {
  const [availability, setAvailability] = useState<BuiltinAvailability>('unavailable');
  const [generated, setGenerated] = useState<Generated>({ state: 'idle' });

  const generate = (onProgress?: (loaded: number) => void) => {
    setGenerated(onProgress ? { state: 'downloading', progress: 0 } : { state: 'working' });
    summarizeWithBuiltin(text, { length, onProgress }).then(
      (lines) => setGenerated({ state: 'done', lines }),
      () => setGenerated({ state: 'failed' }),
    );
  };

  useEffect(() => {
    setGenerated({ state: 'idle' });
    if (!useBuiltin) return;
    let live = true;
    void builtinSummarizerAvailability({ length }).then((status) => {
      if (!live) return;
      setAvailability(status);
      if (status === 'available') generate();
    });
    return () => {
      live = false;
    };
  }, [useBuiltin, length, text]);

  const extractive = <SummarySection summary={summary} lang={lang} dir={dir} onShowInPage={onShowInPage} />;
  if (!useBuiltin || availability === 'unavailable' || generated.state === 'failed') {
    return (
      <>
        {extractive}
        {useBuiltin && generated.state === 'failed' && (
          <p class="muted note" id="builtin-fallback">
            {i18n.t('summary.builtinFailed')}
          </p>
        )}
      </>
    );
  }
  if (generated.state === 'done') {
    return (
      <div id="builtin-summary">
        <ul class="generated-list">
          {generated.lines.map((line) => (
            <li key={line} dir="auto">
              {line}
            </li>
          ))}
        </ul>
        <p class="muted note">{i18n.t('summary.generatedLabel')}</p>
        <details class="fallback-details">
          <summary>{i18n.t('summary.extractiveFromArticle')}</summary>
          {extractive}
        </details>
      </div>
    );
  }
  return (
    <div>
      {extractive}
      <div class="builtin-status" aria-live="polite">
        {generated.state === 'idle' && (availability === 'downloadable' || availability === 'downloading') && (
          <button type="button" class="button" id="builtin-download" onClick={() => generate(trackProgress)}>
            {i18n.t('summary.downloadModel')}
          </button>
        )}
        {generated.state === 'downloading' && (
          <label class="progress-label">
            {i18n.t('summary.downloading')}
            <progress max={1} value={generated.progress} />
          </label>
        )}
        {generated.state === 'working' && <p class="muted note">{i18n.t('summary.generating')}</p>}
      </div>
    </div>
  );

  function trackProgress(loaded: number) {
    setGenerated((current) => (current.state === 'downloading' ? { state: 'downloading', progress: loaded } : current));
    if (loaded >= 1) setGenerated((current) => (current.state === 'downloading' ? { state: 'working' } : current));
  }
}
