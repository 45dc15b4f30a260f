import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { buildLookup } from '../core/lookup/build';
import type { EncyclopediaResult } from '../core/lookup/types';
import { splitSentences } from '../core/text/sentences';
import type { Analysis } from '../core/types';
import { sendMessage } from '../utils/messaging';
import { settings } from '../utils/settings';
import { renderLookup } from './lookup/render-lookup';
import { LOOKUP_STYLES } from './lookup/styles';

interface Props {
  analysis: Analysis;
  /** Scroll the article's tab to the n-th occurrence of a passage and highlight it. */
  onShowInPage(passages: string[], focus?: number): void;
}

/**
 * The popup's way into the lookup: type any word or name from the article and see what the card
 * would show. The popup is an extension page, so it asks for the encyclopedia's host itself.
 */
export function LookupSearch({ analysis, onShowInPage }: Props) {
  const [query, setQuery] = useState('');
  const [submitted, setSubmitted] = useState('');
  const [networkEnabled, setNetworkEnabled] = useState(false);
  const slot = useRef<HTMLDivElement>(null);
  // The popup passes a new callback on each render; reading it through a ref keeps the result (and an
  // encyclopedia answer in it) from being rebuilt every time.
  const showInPage = useRef(onShowInPage);
  showInPage.current = onShowInPage;
  // Split on the first search, not on opening: most openings never search, and a long article's split
  // would hold up the popup's first full render.
  const sentencesOf = useMemo(() => {
    let sentences: ReturnType<typeof splitSentences> | undefined;
    return () => {
      sentences ??= splitSentences(analysis.article.text);
      return sentences;
    };
  }, [analysis]);

  useEffect(() => {
    void settings.networkLookups.get().then((value) => setNetworkEnabled(value.enabled));
    return settings.networkLookups.watch((value) => setNetworkEnabled(value.enabled));
  }, []);

  useEffect(() => {
    const target = slot.current;
    if (!target) return;
    if (!submitted.trim()) {
      target.replaceChildren();
      return;
    }
    const lookup = buildLookup(analysis, { text: submitted }, sentencesOf());
    const title = lookup.entity?.name ?? lookup.query;
    const ask = (): Promise<EncyclopediaResult> =>
      sendMessage('lookupEncyclopedia', { title, lang: lookup.lang, context: lookup.context });
    target.replaceChildren(
      renderLookup(document, lookup, {
        networkEnabled,
        onOccurrence: (occurrence) => showInPage.current([occurrence.sentence]),
        onEncyclopedia: ask,
        onGrant: (origin) => browser.permissions.request({ origins: [origin] }).catch(() => false),
      }),
    );
  }, [analysis, sentencesOf, submitted, networkEnabled]);

  return (
    <section class="lookup-search" id="lookup-search" aria-label={i18n.t('lookup.search.label')}>
      <style>{LOOKUP_STYLES}</style>
      <form
        class="lookup-search-form"
        aria-label={i18n.t('lookup.search.label')}
        style={{ display: 'flex', gap: '6px', margin: '8px 0' }}
        onSubmit={(event) => {
          event.preventDefault();
          // Read the field itself: autofill or a fast Enter can beat the last input event's render.
          const field = (event.currentTarget as HTMLFormElement).elements.namedItem('q');
          setSubmitted(field instanceof HTMLInputElement ? field.value : query);
        }}
      >
        <input
          id="lookup-query"
          name="q"
          type="search"
          aria-label={i18n.t('lookup.search.label')}
          style={{ flex: '1', minWidth: '0', font: 'inherit', padding: '4px 8px' }}
          list="lookup-names"
          maxLength={200}
          placeholder={i18n.t('lookup.search.placeholder')}
          value={query}
          onInput={(event) => setQuery((event.target as HTMLInputElement).value)}
        />
        <datalist id="lookup-names">
          {analysis.entities.slice(0, 30).map((entity) => (
            <option key={entity.name} value={entity.name} />
          ))}
        </datalist>
        <button type="submit" class="button">
          {i18n.t('lookup.search.button')}
        </button>
      </form>
      <div ref={slot} id="lookup-result" aria-live="polite" />
    </section>
  );
}
