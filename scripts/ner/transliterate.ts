/**
 * Russian and Ukrainian given names in the Latin letters English-language news writes them with: the
 * common romanizations (close to BGN/PCGN) and the variants the press mixes ("Yevgeny", "Evgeny" and
 * "Yevgeniy"; "Sergei" and "Sergey"; "Yulia" and "Yuliya"). Used to build the first-name list only.
 */

const COMMON: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  д: 'd',
  ж: 'zh',
  з: 'z',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ь: '',
  ъ: '',
  ю: 'yu',
  я: 'ya',
  "'": '',
  '’': '',
};
const RUSSIAN: Record<string, string> = { ...COMMON, г: 'g', е: 'e', ё: 'yo', и: 'i', й: 'y', ы: 'y', э: 'e' };
const UKRAINIAN: Record<string, string> = {
  ...COMMON,
  г: 'h',
  ґ: 'g',
  е: 'e',
  є: 'ye',
  и: 'y',
  і: 'i',
  ї: 'yi',
  й: 'y',
};
const VOWELS = new Set([...'аеёиоуыэюяєії']);

/** One romanization of a lowercased Cyrillic name, or null when it has a letter outside the table. */
function romanize(name: string, table: Record<string, string>, russian: boolean): string | null {
  let out = '';
  for (let i = 0; i < name.length; i++) {
    const ch = name[i] as string;
    // Russian е is "ye" at the start of a word and after a vowel or a soft or hard sign ("Yevgeny", "Andreyev").
    const previous = name[i - 1];
    if (
      russian &&
      ch === 'е' &&
      (i === 0 || (previous && (VOWELS.has(previous) || previous === 'ь' || previous === 'ъ')))
    ) {
      out += 'ye';
      continue;
    }
    const latin = table[ch];
    if (latin === undefined) return null;
    out += latin;
  }
  return out;
}

/** The spellings of one ending the press uses side by side, longest ending first. */
const ENDING_VARIANTS: readonly (readonly [string, readonly string[]])[] = [
  ['iy', ['y', 'i']],
  ['yy', ['y']],
  ['ey', ['ei']],
  ['ay', ['ai']],
  ['iya', ['ia']],
  ['ya', ['ia']],
];

/** A romanized name and its usual variants: endings, "ks" as "x", an initial "ye" as "e". */
function variants(name: string): string[] {
  const out = new Set([name]);
  for (const [ending, others] of ENDING_VARIANTS) {
    if (!name.endsWith(ending)) continue;
    for (const other of others) out.add(name.slice(0, -ending.length) + other);
    break;
  }
  for (const form of [...out]) {
    if (form.includes('ks')) out.add(form.replaceAll('ks', 'x'));
    if (form.startsWith('ye')) out.add(form.slice(1));
  }
  return [...out];
}

/** Latin spellings of a Russian (`ru`) or Ukrainian (`uk`) given name written in Cyrillic. */
export function romanizedGivenName(name: string, language: 'ru' | 'uk'): string[] {
  const lower = name.toLowerCase();
  const latin = romanize(lower, language === 'ru' ? RUSSIAN : UKRAINIAN, language === 'ru');
  return latin ? variants(latin) : [];
}
