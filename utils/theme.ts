import type { EntityType } from '../core/types';
import { ENTITY_TYPES, type EntityHighlight, type TextSize, type Theme } from './settings';

/** Applies the theme and text size to an extension page; "system" follows prefers-color-scheme in CSS. */
export function applyAppearance(root: HTMLElement, theme: Theme, textSize: TextSize): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
  root.dataset.textSize = textSize;
}

/** The reader's entity colours as CSS variables (`--entity-person`…); off turns chips and marks neutral. */
export function applyEntityColors(root: HTMLElement, highlight: EntityHighlight): void {
  root.dataset.entityHighlight = highlight.enabled ? 'on' : 'off';
  for (const type of ENTITY_TYPES as EntityType[]) {
    root.style.setProperty(`--entity-${type}`, highlight.colors[type]);
  }
}
