/**
 * A long news article written by a template, for the popup timing benchmark and the big-page tests:
 * varied sentences with people, organizations, places, quotes and numbers, so every stage has work.
 */

const PEOPLE = ['Maria Lopez', 'James Okafor', 'Anna Schmidt', 'Rahul Mehta', 'Chen Wei', 'Sarah Collins'];
const ORGS = [
  'the City Council',
  'the Port Authority',
  'Northwind Energy',
  'the Transit Workers Union',
  'the Ministry of Finance',
];
const PLACES = ['Riverside', 'the harbor district', 'Lisbon', 'Nairobi', 'the northern valley', 'Ottawa'];
const TOPICS = [
  'the budget',
  'the new rail line',
  'water prices',
  'the housing plan',
  'the strike',
  'the flood defenses',
];

const TEMPLATES: Array<(n: number) => string> = [
  (n) =>
    `${pick(PEOPLE, n)} said ${pick(TOPICS, n + 1)} would cost about ${(n % 90) + 10} million dollars over ${(n % 7) + 2} years.`,
  (n) => `“We cannot wait another season,” ${pick(PEOPLE, n + 2)} told reporters in ${pick(PLACES, n)}.`,
  (n) =>
    `According to ${pick(ORGS, n)}, ${(n % 40) + 5} percent of residents in ${pick(PLACES, n + 3)} support ${pick(TOPICS, n)}.`,
  (n) =>
    `Officials at ${pick(ORGS, n + 1)} reportedly met on ${['Monday', 'Tuesday', 'Thursday'][n % 3]} to discuss ${pick(TOPICS, n + 2)}.`,
  (n) =>
    `The debate over ${pick(TOPICS, n + 3)} has divided neighbors in ${pick(PLACES, n + 1)} for ${(n % 12) + 2} months.`,
  (n) => `${pick(PEOPLE, n + 4)}, who leads ${pick(ORGS, n + 2)}, noted that earlier plans had failed twice.`,
];

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length] as T;
}

/**
 * The article followed by about `megabytes` of link lists after it (a page that keeps appending
 * "more stories"): over 100,000 elements and more than the reader script hands over in one piece.
 */
export function hugePageHtml(megabytes = 20): string {
  const item = (n: number) =>
    `<li class="more-story"><a href="/archive/${n}/">More from the archive: story number ${n} about ${pick(TOPICS, n)} in ${pick(PLACES, n)}</a></li>`;
  const items: string[] = [];
  let size = 0;
  for (let n = 0; size < megabytes * 1_000_000; n++) {
    const html = item(n);
    items.push(html);
    size += html.length;
  }
  return longArticleHtml(2_000).replace('</main>', `</main><aside><ul>${items.join('')}</ul></aside>`);
}

/** About `words` words of article text in <p> paragraphs, the same every time. */
export function longArticleHtml(words = 10_000): string {
  const paragraphs: string[] = [];
  let count = 0;
  for (let n = 0; count < words; n++) {
    const sentences = [0, 1, 2, 3].map((i) => pick(TEMPLATES, n * 4 + i)(n * 7 + i));
    const paragraph = sentences.join(' ');
    count += paragraph.split(/\s+/).length;
    paragraphs.push(`<p>${paragraph}</p>`);
  }
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>City weighs the cost of a decade of plans | The Riverside Ledger</title>
<meta property="og:site_name" content="The Riverside Ledger"><meta name="author" content="Lena Park">
<meta property="article:published_time" content="2026-03-02T08:00:00Z"></head>
<body><header><nav><a href="/">Home</a> <a href="/city">City</a></nav></header>
<main><article><h1>City weighs the cost of a decade of plans</h1><p class="byline">By Lena Park</p>
${paragraphs.join('\n')}
</article></main><footer><p>© 2026 The Riverside Ledger</p></footer></body></html>`;
}
