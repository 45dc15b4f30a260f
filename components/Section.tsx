import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { i18n } from '#i18n';

interface SectionProps {
  id: string;
  title: string;
  count?: number;
  children: ComponentChildren;
}

/** A collapsible popup section with a real button header, so keyboard and screen readers get it for free. */
export function Section({ id, title, count, children }: SectionProps) {
  const [open, setOpen] = useState(true);
  const bodyId = `section-${id}`;
  return (
    <section class="section" aria-labelledby={`${bodyId}-title`} data-section={id}>
      <h2 class="section-title" id={`${bodyId}-title`}>
        <button
          type="button"
          class="section-toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          title={open ? i18n.t('sections.collapse', [title]) : i18n.t('sections.expand', [title])}
          onClick={() => setOpen(!open)}
        >
          <span class="chevron" aria-hidden="true" />
          <span>{title}</span>
          {count !== undefined && <span class="count">{count}</span>}
        </button>
      </h2>
      <div id={bodyId} class="section-body" hidden={!open}>
        {children}
      </div>
    </section>
  );
}
