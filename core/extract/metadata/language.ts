/** Language and writing direction of the page. */
import { bodyOf } from '../dom';

const RTL_LANGUAGES = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'sd', 'yi', 'dv', 'ug', 'ckb']);

/** Primary BCP 47 subtag, lowercased: "en-US" → "en", "pt_BR" → "pt". Null for junk. */
export function primaryLanguage(raw: string | null | undefined): string | null {
  const match = /^\s*([a-zA-Z]{2,3})(?:[-_]|\s*$)/.exec(raw ?? '');
  return match?.[1] ? match[1].toLowerCase() : null;
}

export function languageOf(doc: Document, hints: Array<string | null>): { lang: string | null; fromHtml: boolean } {
  const htmlLang = primaryLanguage(
    doc.documentElement?.getAttribute('lang') ?? doc.documentElement?.getAttribute('xml:lang'),
  );
  if (htmlLang) return { lang: htmlLang, fromHtml: true };
  const bodyLang = primaryLanguage(bodyOf(doc)?.getAttribute('lang'));
  if (bodyLang) return { lang: bodyLang, fromHtml: true };
  for (const hint of hints) {
    const lang = primaryLanguage(hint);
    if (lang) return { lang, fromHtml: false };
  }
  return { lang: null, fromHtml: false };
}

/** Share of letters that belong to right-to-left scripts (Arabic, Hebrew, Syriac, Thaana). */
function rtlShare(text: string): number {
  const sample = text.slice(0, 4000);
  // Most pages have no right-to-left letter at all: that is one cheap search, where counting every letter
  // of the sample (an array of up to 4,000 one-letter strings) is not.
  const rtl = sample.match(/[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/g)?.length ?? 0;
  if (!rtl) return 0;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (!letters) return 0;
  return rtl / letters;
}

export function directionOf(
  doc: Document,
  lang: string | null,
  bodyText: string,
  articleDir: string | null,
): 'ltr' | 'rtl' {
  const declared = (
    doc.documentElement?.getAttribute('dir') ??
    bodyOf(doc)?.getAttribute('dir') ??
    articleDir ??
    ''
  ).toLowerCase();
  if (declared === 'rtl' || declared === 'ltr') return declared;
  if (lang && RTL_LANGUAGES.has(lang)) return 'rtl';
  return rtlShare(bodyText) > 0.5 ? 'rtl' : 'ltr';
}
