interface IconButtonProps {
  id: string;
  /** What the button does, for screen readers and as the hover tooltip. */
  label: string;
  /** SVG path data on a 20×20 grid, drawn as a stroke in the text colour. */
  icon: string;
  strokeWidth?: number;
  disabled?: boolean;
  /** For disclosure buttons (menus, panels): whether what it controls is open, and its id. */
  expanded?: boolean;
  controls?: string;
  onClick: () => void;
}

/** A square toolbar button with a line icon and a text label that screen readers announce. */
export function IconButton({
  id,
  label,
  icon,
  strokeWidth = 1.6,
  disabled,
  expanded,
  controls,
  onClick,
}: IconButtonProps) {
  return (
    <button
      type="button"
      class="icon-button"
      id={id}
      aria-label={label}
      title={label}
      aria-expanded={expanded}
      aria-controls={controls}
      disabled={disabled}
      onClick={onClick}
    >
      <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
        <path
          d={icon}
          fill="none"
          stroke="currentColor"
          stroke-width={strokeWidth}
          stroke-linecap="round"
          stroke-linejoin="round"
        />
      </svg>
    </button>
  );
}

export const ICONS = {
  book: 'M3 4.5h5.5A1.5 1.5 0 0 1 10 6v10a1.5 1.5 0 0 0-1.5-1.5H3zM17 4.5h-5.5A1.5 1.5 0 0 0 10 6v10a1.5 1.5 0 0 1 1.5-1.5H17z',
  download: 'M10 3v9m0 0-3.5-3.5M10 12l3.5-3.5M4 14v2.5h12V14',
  gear: 'M10 6.8a3.2 3.2 0 1 0 0 6.4 3.2 3.2 0 0 0 0-6.4Zm6.6 4.5.1-1.3-.1-1.3 1.6-1.3-1.6-2.8-2 .7a6.6 6.6 0 0 0-2.2-1.3L12 2H8.5l-.4 2a6.6 6.6 0 0 0-2.2 1.3l-2-.7L2.2 7.4 3.8 8.7 3.7 10l.1 1.3-1.6 1.3 1.6 2.8 2-.7a6.6 6.6 0 0 0 2.2 1.3l.4 2H12l.4-2a6.6 6.6 0 0 0 2.2-1.3l2 .7 1.6-2.8Z',
} as const;
