import type { ComponentChildren } from 'preact';

interface StatusPanelProps {
  id: string;
  tone: 'info' | 'warning' | 'error';
  title: string;
  children?: ComponentChildren;
}

/** A plain message for the states a reader meets: loading, not an article, forbidden page, errors. */
export function StatusPanel({ id, tone, title, children }: StatusPanelProps) {
  return (
    <div id={id} class={`status status-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <p class="status-title">{title}</p>
      {children}
    </div>
  );
}
