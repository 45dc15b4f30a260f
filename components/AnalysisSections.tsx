import type { ComponentChildren } from 'preact';
import { i18n } from '#i18n';
import type { Analysis } from '../core/types';
import { type SectionId, type SectionLayout, type SettingValues, settings } from '../utils/settings';
import { ArticleCard } from './ArticleCard';
import { EntitiesSection } from './EntitiesSection';
import { Section } from './Section';
import { SECTION_TITLES } from './SectionLayoutEditor';
import { SourcesSection } from './SourcesSection';
import { SummaryPanel } from './SummaryPanel';

interface AnalysisSectionsProps {
  analysis: Analysis;
  values: SettingValues;
  /** Sections this surface never shows (the reader view shows the article itself, not its card). */
  exclude?: SectionId[];
  /** Scrolls to a passage where the article is shown (the tab, or the reader view's own column). */
  showInPage: (passages: string[], focus?: number) => void;
}

/** The visible sections in the reader's order, each collapsible, folding remembered in the settings. */
export function visibleSections(layout: SectionLayout, exclude: SectionId[] = []): SectionId[] {
  return layout.order.filter((id) => !layout.hidden.includes(id) && !exclude.includes(id));
}

export function AnalysisSections({ analysis, values, exclude = [], showInPage }: AnalysisSectionsProps) {
  const layout = values.sections;
  const setOpen = (id: SectionId, open: boolean) => {
    const collapsed = layout.collapsed.filter((c) => c !== id);
    void settings.sections.set({ ...layout, collapsed: open ? collapsed : [...collapsed, id] });
  };
  const wrap = (id: SectionId, children: ComponentChildren, count?: number) => (
    <Section
      key={id}
      id={id}
      title={SECTION_TITLES[id]()}
      count={count}
      open={!layout.collapsed.includes(id)}
      onToggle={(open) => setOpen(id, open)}
    >
      {children}
    </Section>
  );
  const render = (id: SectionId) => {
    switch (id) {
      case 'article':
        return wrap(id, <ArticleCard article={analysis.article} />);
      case 'summary':
        return wrap(
          id,
          <SummaryPanel
            summary={analysis.summary}
            text={analysis.article.text}
            lang={analysis.article.lang}
            dir={analysis.article.dir}
            useBuiltin={values.builtinSummarizer}
            length={values.summaryLength}
            onShowInPage={(passage) => showInPage([passage])}
          />,
        );
      case 'entities':
        return wrap(
          id,
          <EntitiesSection entities={analysis.entities} onShowInPage={showInPage} />,
          analysis.entities.length,
        );
      case 'sources':
        return wrap(
          id,
          <SourcesSection sources={analysis.sources} onShowInPage={(passage) => showInPage([passage])} />,
        );
    }
  };
  const shown = visibleSections(layout, exclude);
  if (shown.length === 0) return <p class="empty">{i18n.t('sections.allHidden')}</p>;
  return <>{shown.map(render)}</>;
}
