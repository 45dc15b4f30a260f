import { i18n } from '#i18n';

/** Every Lede page follows the browser's language and its writing direction (Arabic and Hebrew read right to left). */
export function localizeDocument(doc: Document): void {
  doc.documentElement.lang = i18n.t('@@ui_locale').replace('_', '-');
  doc.documentElement.dir = i18n.t('@@bidi_dir');
  doc.title = i18n.t('extName');
}
