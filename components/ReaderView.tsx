import { useEffect, useRef } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Analysis, EntityType } from '../core/types';
import { renderArticleHtml } from '../utils/safe-html';
import type { EntityHighlight } from '../utils/settings';
import { findRanges, indexText, type TextIndex } from '../utils/text-ranges';
import { useAnalysis } from '../utils/use-analysis';
import { useAppearance, useSettings } from '../utils/use-settings';
import { AnalysisSections, visibleSections } from './AnalysisSections';
import { RESTRICTED_MESSAGES } from './App';
import { ArticleCard } from './ArticleCard';
import { ExportMenu } from './ExportMenu';
import { LoadingSkeleton } from './LoadingSkeleton';
import { LoadingStatus } from './LoadingStatus';
import { ReadErrorPanel } from './ReadErrorPanel';
import { StatusPanel } from './StatusPanel';

/** CSS Custom Highlight API, where the browser has it (Chrome 105+, Firefox 140+). */
interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}
const highlights = (): { registry: HighlightRegistry; Highlight: new (...ranges: Range[]) => unknown } | null => {
  const registry = (globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined)?.highlights;
  const Highlight = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  return registry && Highlight ? { registry, Highlight } : null;
};

const ENTITY_TYPES: EntityType[] = ['person', 'organization', 'place', 'other'];

/** Marks every mention of every entity in the article body, one highlight per entity type. */
function markEntities(index: TextIndex, analysis: Analysis, highlight: EntityHighlight): void {
  const api = highlights();
  if (!api) return;
  for (const type of ENTITY_TYPES) {
    api.registry.delete(`lede-${type}`);
    if (!highlight.enabled) continue;
    const names = new Set(
      analysis.entities.filter((e) => e.type === type).flatMap((e) => e.mentions.map((m) => m.text)),
    );
    const ranges = [...names].flatMap((name) => findRanges(index, name, { wholeWords: true, limit: 200 }));
    if (ranges.length) api.registry.set(`lede-${type}`, new api.Highlight(...ranges));
  }
}

/**
 * The full-page reader view: the sanitized article with Lede's panels beside it. It is an extension
 * page of its own, so it works wherever the popup does and does not depend on the browser's reader
 * mode (Firefox's about:reader does not let extensions in). It reads the tab with the same `analyzeTab`
 * message as the popup, then renders on its own.
 */
export function ReaderView() {
  const values = useSettings();
  useAppearance(values);
  const [view, load, reloadAndRead] = useAnalysis(values?.summaryLength);
  const body = useRef<HTMLDivElement>(null);
  const index = useRef<TextIndex | null>(null);
  const analysis = view.kind === 'ready' ? view.analysis : null;

  // The body exists once both the analysis and the settings are in, in either order: the article is
  // written into it when it appears, not when the analysis arrives (which may be earlier).
  const bodyShown = analysis !== null && values !== null;
  useEffect(() => {
    if (!analysis || !body.current) return;
    renderArticleHtml(body.current, analysis.article.html);
    index.current = indexText(body.current);
    document.title = `${analysis.article.title} · ${i18n.t('extName')}`;
  }, [analysis?.article, bodyShown]);

  useEffect(() => {
    if (analysis && index.current && values) markEntities(index.current, analysis, values.highlightEntities);
  }, [analysis, values?.highlightEntities, bodyShown]);

  const showInPage = (passages: string[], focus = 0) => {
    if (!index.current) return;
    const ranges = passages.flatMap((passage) => findRanges(index.current as TextIndex, passage, { limit: 50 }));
    const range = ranges[focus % Math.max(ranges.length, 1)];
    if (!range) return;
    const api = highlights();
    if (api) api.registry.set('lede-focus', new api.Highlight(range));
    const target = range.startContainer.parentElement;
    target?.scrollIntoView({
      block: 'center',
      behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
    });
  };

  if (view.kind === 'loading' || !values) {
    return (
      <div class="reader-shell" aria-busy="true">
        <main class="reader-layout">
          <div class="reader-article">
            <LoadingStatus />
          </div>
          <div class="reader-panels">
            <LoadingSkeleton />
          </div>
        </main>
      </div>
    );
  }
  if (view.kind !== 'ready') {
    return (
      <div class="reader-shell">
        <main class="reader-layout single">
          {view.kind === 'restricted' ? (
            <StatusPanel id="restricted" tone="warning" title={i18n.t('popup.restrictedTitle')}>
              <p>{RESTRICTED_MESSAGES[view.reason]()}</p>
              <p>{i18n.t('reader.readerModeHint')}</p>
            </StatusPanel>
          ) : (
            <ReadErrorPanel error={view.error} showDetail={false} onRetry={load} onReload={reloadAndRead} />
          )}
        </main>
      </div>
    );
  }
  const { article } = view.analysis;
  return (
    <div class="reader-shell" id="reader">
      <header class="toolbar reader-toolbar">
        <span class="brand">{i18n.t('reader.title')}</span>
        <div class="toolbar-actions">
          <ExportMenu analysis={view.analysis} sections={visibleSections(values.sections)} />
        </div>
      </header>
      <div class="reader-layout">
        <main class="reader-article" id="reader-article" lang={article.lang ?? undefined} dir={article.dir}>
          <ArticleCard article={article} />
          <div class="reader-body" id="reader-body" ref={body} />
        </main>
        <aside class="reader-panels" id="reader-panels" aria-label={i18n.t('reader.panelsLabel')}>
          <AnalysisSections analysis={view.analysis} values={values} exclude={['article']} showInPage={showInPage} />
          <p class="muted footer-note">{i18n.t('footer.onDevice')}</p>
        </aside>
      </div>
    </div>
  );
}
