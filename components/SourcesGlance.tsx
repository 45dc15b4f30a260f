import { i18n } from '#i18n';
import { type GlanceFacts, glanceFacts } from '../core/sources/glance';
import type { Sources } from '../core/types';
import { messageKey } from '../utils/format';

/**
 * The overview line of the sources in the reader's language: the same facts as `sources.glance`, which
 * the CLI's JSON gives in English.
 */
export function glanceText(facts: GlanceFacts): string {
  const sentences: string[] = [];
  if (facts.sources === 0) sentences.push(i18n.t('sources.glance.none'));
  else {
    const parts = facts.kinds.map(({ kind, count, quotes }) => {
      const who = i18n.t(`sources.glance.${kind}`, count);
      return quotes ? `${who} (${i18n.t('sources.glance.quotes', quotes)})` : who;
    });
    sentences.push(
      i18n.t('sources.glance.cites', [i18n.t('sources.glance.sourceCount', facts.sources), parts.join(', ')]),
    );
  }
  if (facts.claims) sentences.push(i18n.t('sources.glance.claims', facts.claims));
  for (const label of facts.labels) {
    const words = i18n.t(`sources.glance.${messageKey(label.label)}`);
    sentences.push(label.by && label.label !== 'opinion' ? `${words} (${label.by}).` : `${words}.`);
  }
  if (facts.unlisted) sentences.push(i18n.t('sources.glance.unlisted'));
  return sentences.join(' ');
}

export function SourcesGlance({ sources }: { sources: Sources }) {
  const facts = glanceFacts(sources.citations, sources.unattributed, sources.labels, sources.publisher);
  return (
    <p class="glance" id="sources-glance" dir="auto">
      {glanceText(facts)}
    </p>
  );
}
