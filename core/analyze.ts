import { countryTest, recognizeEntities } from './entities/index';
import { loadModel } from './entities/model';
import { type ExtractOptions, extractArticle } from './extract/index';
import { analyzeSources } from './sources/index';
import { isNewsOutletCalled, isOutletName } from './sources/resolve';
import { summarize } from './summary/index';
import { articleFromText } from './text/article-from-text';
import { splitSentences } from './text/sentences';
import type { Analysis, AnalyzeOptions, Article, Stage } from './types';

export const DEFAULT_SUMMARY_SENTENCES = 3;

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());
const round = (ms: number): number => Math.round(ms * 100) / 100;

/**
 * Runs summary, entities and sources over an extracted article. This is the one pipeline every
 * surface uses: popup, lookup card, reader view, CLI and tests.
 */
export async function analyzeArticle(article: Article, options: AnalyzeOptions = {}, extractMs = 0): Promise<Analysis> {
  const timingsMs: Record<Stage, number> = { extract: round(extractMs), summary: 0, entities: 0, sources: 0, total: 0 };
  const warnings: string[] = [];
  if (!article.signals.isArticle) warnings.push('not-an-article');
  if (article.signals.truncated) warnings.push('extraction-truncated');

  let t = now();
  const sentences = splitSentences(article.text);
  // The entity model is a lazily loaded asset; if it cannot load, the rest of the analysis still stands.
  // The outlet list of the sources stage tells the entity stage which names are news outlets'.
  const entities = await recognizeEntities(
    article,
    { sentences },
    {
      isNewsOutlet: isNewsOutletCalled,
      isOutletAlias: isOutletName,
    },
  ).catch(() => {
    warnings.push('entities-unavailable');
    return [];
  });
  timingsMs.entities = round(now() - t);

  t = now();
  const count = options.sentences ?? DEFAULT_SUMMARY_SENTENCES;
  const summarySentences = summarize(article, { sentences, entities }, count);
  timingsMs.summary = round(now() - t);

  t = now();
  // The entity model's country list, when entities were found (the model is loaded then): "Russia said"
  // is Russia's government.
  const isCountry = entities.length > 0 ? await loadModel().then(countryTest, () => undefined) : undefined;
  const sources = analyzeSources(article, { sentences, entities, ...(isCountry ? { isCountry } : {}) });
  timingsMs.sources = round(now() - t);

  timingsMs.total = round(timingsMs.extract + timingsMs.summary + timingsMs.entities + timingsMs.sources);
  return {
    schemaVersion: 1,
    article,
    summary: { sentences: summarySentences, method: 'extractive' },
    entities,
    sources,
    timingsMs,
    warnings,
  };
}

/** Extracts the article from a page and analyzes it. */
export async function analyzeDocument(doc: Document, options: AnalyzeOptions & ExtractOptions = {}): Promise<Analysis> {
  const t = now();
  const article = extractArticle(doc, options);
  return analyzeArticle(article, options, now() - t);
}

/** Analyzes plain text: `article.text` is the input exactly. */
export async function analyzeText(text: string, options: AnalyzeOptions & { url?: string } = {}): Promise<Analysis> {
  return analyzeArticle(articleFromText(text, options.url ?? null), options);
}
