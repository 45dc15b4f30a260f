import type { TextSize, Theme } from './settings';

/** Applies the theme and text size to an extension page; "system" follows prefers-color-scheme in CSS. */
export function applyAppearance(root: HTMLElement, theme: Theme, textSize: TextSize): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
  root.dataset.textSize = textSize;
}
