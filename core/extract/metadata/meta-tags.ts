import { tagName } from '../dom';
/**
 * `<meta>` tags as a lookup table: OpenGraph (`og:*`, `article:*`), Twitter cards, Dublin Core,
 * Parse.ly and plain `name=` tags. Keys are lowercased; `property` may hold several space-separated names.
 */
export type MetaTags = Map<string, string[]>;

/** `elements`: every element of the page, in document order (see descendants). */
export function readMetaTags(elements: readonly Element[]): MetaTags {
  const tags: MetaTags = new Map();
  for (const meta of elements.filter((el) => tagName(el) === 'meta')) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    const keys = [meta.getAttribute('property'), meta.getAttribute('name'), meta.getAttribute('itemprop')]
      .filter((value): value is string => !!value)
      .flatMap((value) => value.toLowerCase().split(/\s+/))
      .filter(Boolean)
      .map(dublinCoreKey);
    for (const key of new Set(keys)) {
      const list = tags.get(key);
      if (list) list.push(content);
      else tags.set(key, [content]);
    }
  }
  return tags;
}

/** Dublin Core names written as properties ("dc:creator", "dcterm:created") under their `name=` form. */
const dublinCoreKey = (key: string): string => key.replace(/^dc:/, 'dc.').replace(/^dcterms?:/, 'dcterms.');

/** The first non-empty value among `keys`, in order of preference. */
export function firstMeta(tags: MetaTags, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key)?.[0];
    if (value) return value;
  }
  return null;
}

/**
 * What the first of `keys` that `read` finds anything in says. The keys are alternative spellings of one
 * field: a page that names its author in two of them names the same person twice.
 */
export function firstMetaRead<T>(tags: MetaTags, read: (values: string[]) => T[], ...keys: string[]): T[] {
  for (const key of keys) {
    const found = read(tags.get(key) ?? []);
    if (found.length) return found;
  }
  return [];
}
