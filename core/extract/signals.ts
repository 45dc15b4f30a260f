import type { PageSignals } from '../types';

export function emptySignals(): PageSignals {
  return { isArticle: true, partial: false, liveBlog: false, listOrGallery: false, truncated: false, reasons: [] };
}
