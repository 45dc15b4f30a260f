import { i18n } from '#i18n';
import type { SectionId, SectionLayout } from '../utils/settings';

export const SECTION_TITLES: Record<SectionId, () => string> = {
  article: () => i18n.t('sections.article'),
  summary: () => i18n.t('sections.summary'),
  entities: () => i18n.t('sections.entities'),
  sources: () => i18n.t('sections.sources'),
};

interface SectionLayoutEditorProps {
  layout: SectionLayout;
  /** The options page titles the group itself; the legend then only speaks to screen readers. */
  quietLegend?: boolean;
  onChange: (layout: SectionLayout) => void;
}

/** Which sections show, and in what order: a checkbox and up/down buttons per section. */
export function SectionLayoutEditor({ layout, quietLegend = false, onChange }: SectionLayoutEditorProps) {
  const move = (index: number, by: -1 | 1) => {
    const order = [...layout.order];
    const [moved] = order.splice(index, 1);
    if (!moved) return;
    order.splice(index + by, 0, moved);
    onChange({ ...layout, order });
    // Keep focus on the same button of the moved row, so repeated presses keep moving it.
    requestAnimationFrame(() => {
      const target = document.getElementById(
        `${by < 0 ? 'move-up' : 'move-down'}-${moved}`,
      ) as HTMLButtonElement | null;
      if (target && !target.disabled) target.focus();
      else document.getElementById(`${by < 0 ? 'move-down' : 'move-up'}-${moved}`)?.focus();
    });
  };
  const toggle = (id: SectionId, shown: boolean) =>
    onChange({ ...layout, hidden: shown ? layout.hidden.filter((h) => h !== id) : [...layout.hidden, id] });
  return (
    <fieldset class="choice-group">
      <legend class={quietLegend ? 'visually-hidden' : undefined}>{i18n.t('settings.sections')}</legend>
      <p class="help">{i18n.t('settings.sectionsHelp')}</p>
      <ol class="section-order" id="section-order">
        {layout.order.map((id, index) => {
          const title = SECTION_TITLES[id]();
          return (
            <li key={id} class="section-row" data-section-row={id}>
              <label class="check" for={`show-section-${id}`}>
                <input
                  type="checkbox"
                  id={`show-section-${id}`}
                  checked={!layout.hidden.includes(id)}
                  onChange={(event) => toggle(id, event.currentTarget.checked)}
                />
                <span>{title}</span>
              </label>
              <span class="row-buttons">
                <button
                  type="button"
                  class="icon-button"
                  id={`move-up-${id}`}
                  aria-label={i18n.t('settings.moveUp', [title])}
                  title={i18n.t('settings.moveUp', [title])}
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                >
                  <span aria-hidden="true">↑</span>
                </button>
                <button
                  type="button"
                  class="icon-button"
                  id={`move-down-${id}`}
                  aria-label={i18n.t('settings.moveDown', [title])}
                  title={i18n.t('settings.moveDown', [title])}
                  disabled={index === layout.order.length - 1}
                  onClick={() => move(index, 1)}
                >
                  <span aria-hidden="true">↓</span>
                </button>
              </span>
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}
