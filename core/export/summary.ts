import type { SummarySentence } from '../types';
import { escapeMarkdown } from './markdown';

/** Plain text: the sentences as one paragraph. */
export const summaryAsText = (sentences: SummarySentence[]): string => sentences.map((s) => s.text).join(' ');

/** Markdown: one bullet a sentence, with the page's own characters escaped. */
export const summaryAsMarkdown = (sentences: SummarySentence[]): string =>
  sentences.map((s) => `- ${escapeMarkdown(s.text)}`).join('\n');
