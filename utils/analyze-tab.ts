import { analyzeArticle } from '../core/analyze';
import { loadModel } from '../core/entities/model';
import type { AnalyzeResult } from './read-result';
import { readTab } from './read-tab';

/**
 * Reads a tab and analyzes its article, in the background. The entity model is decoded once per
 * background lifetime (about 70 ms), not once per popup opening, and the popup's bundle carries no
 * recognizer at all.
 */
export async function analyzeTab(tabId: number, sentences: number): Promise<AnalyzeResult> {
  // On the first opening, fetch and decode the model while the page takes its snapshot.
  void loadModel().catch(() => undefined);
  const read = await readTab(tabId);
  if (!read.ok) return read;
  return { ok: true, analysis: await analyzeArticle(read.article, { sentences }, read.extractMs) };
}
