import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { i18n } from '#i18n';

interface SectionProps {
  id: string;
  title: string;
  count?: number;
  /** Controlled when given (the popup remembers folded sections); otherwise the section keeps its own state. */
  open?: boolean;
  onToggle?: (open: boolean) => void;
  /** Space reserved for the body while it loads, so nothing below jumps. */
  minBodyHeight?: number;
  children: ComponentChildren;
}

/** A collapsible section with a real button header, so keyboard and screen readers get it for free. */
export function Section({ id, title, count, open: controlled, onToggle, minBodyHeight, children }: SectionProps) {
  const [own, setOwn] = useState(true);
  const open = controlled ?? own;
  const bodyId = `section-${id}`;
  const toggle = () => {
    setOwn(!open);
    onToggle?.(!open);
  };
  return (
    <section class="section" aria-labelledby={`${bodyId}-title`} data-section={id}>
      <h2 class="section-title" id={`${bodyId}-title`}>
        <button
          type="button"
          class="section-toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          title={open ? i18n.t('sections.collapse', [title]) : i18n.t('sections.expand', [title])}
          onClick={toggle}
        >
          <span class="chevron" aria-hidden="true" />
          <span>{title}</span>
          {count !== undefined && (
            <span class="count">
              <span aria-hidden="true">{count}</span>
              <span class="visually-hidden">{i18n.t('sections.itemCount', count)}</span>
            </span>
          )}
        </button>
      </h2>
      <div
        id={bodyId}
        class="section-body"
        hidden={!open}
        style={minBodyHeight ? { minHeight: `${minBodyHeight}px` } : undefined}
      >
        {children}
      </div>
    </section>
  );
}
