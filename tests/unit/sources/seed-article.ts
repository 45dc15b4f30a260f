import type { Article, BodyLink } from '../../../core/types';

/**
 * The reference page (tests/fixtures/seed-article/page.html) as extraction should deliver it: seven body
 * paragraphs, the two outbound links with their anchor offsets, and the licensing footer and author lines
 * that cleanup moves into `notes`. Built by hand so these tests do not depend on extraction.
 */
const PARAGRAPHS = [
  'The Islamic State claimed responsibility for a Monday attack in Pakistan that killed 60 would-be police officers, igniting fears that the group’s ideology is spreading across the Muslim world.',
  'The militants reportedly burst into a police academy with two suicide vests, and fought security forces for several hours before being killed by authorities. ISIS reportedly coordinated the attack with a local Pakistani militia, mimicking a successful tactic they have used in other countries. ISIS often co-opts local terrorist infrastructures before folding them into their broader terrorist diaspora.',
  'ISIS affiliates in Afghanistan, Libya, and Egypt each trace their roots to nascent terrorist groups who pledged allegiance to ISIS leader Abu Bakr Al-Bagdadi after he announced the formation of a caliphate in 2014.',
  '“All such attacks have been managed from across the border in Afghanistan,” a Pakistani government official speculated in an interview with The New York Times after the attack. Pakistani and Afghan officials often blame terrorist groups from the other country for major terrorist attacks. ISIS does however maintain an active affiliate in Afghanistan, which itself sprang from elements of the Pakistani Taliban in 2015.',
  '“The attack on the police training college came just as the Pakistani government’s efforts against a plethora of terrorist groups appeared to be paying off,” U.S. security advisory firm The Soufan Group noted Thursday. Pakistan’s military is undertaking a major two-year offensive against terrorist groups operating in the lawless northwestern part of the country, with some limited success.',
  'Pakistan’s northwestern tribal areas are particularly ripe for ISIS. The region has “a shared border with Afghanistan, weak central government control, a history of violent sectarianism, and a mix of well-established militant groups whose power and loyalties are in constant flux,” the Soufan Group highlights.',
  '“Even as the Islamic State loses its hold on territory in its self-proclaimed caliphate, until the underlying issues that have allowed the group to thrive are addressed, the Islamic State will continue to unite fractured groups behind its call to terror,” the security firm closed.',
];

export const SEED_TEXT = PARAGRAPHS.join('\n\n');

function linkOn(anchor: string, href: string): BodyLink {
  const start = SEED_TEXT.indexOf(anchor);
  if (start < 0) throw new Error(`anchor not in text: ${anchor}`);
  return { href, text: anchor, start, end: start + anchor.length };
}

export function seedArticle(): Article {
  const words = SEED_TEXT.split(/\s+/).length;
  return {
    title: 'ISIS Inaugurates New Pakistani Chapter By Slaughtering 60 Cops',
    authors: [
      {
        name: 'Saagar Enjeti',
        role: 'White House Correspondent',
        url: 'https://dailycaller.com/author/saagar-enjeti/',
      },
    ],
    byline: 'Saagar Enjeti',
    siteName: 'The Daily Caller',
    publisher: 'Daily Caller News Foundation',
    publishedDate: '2016-10-27',
    modifiedDate: null,
    section: 'World',
    lang: 'en',
    dir: 'ltr',
    excerpt: null,
    text: SEED_TEXT,
    html: '',
    wordCount: words,
    readingTimeMinutes: 2,
    canonicalUrl: 'https://dailycaller.com/2016/10/27/isis-inaugurates-new-pakistani-chapter-by-slaughtering-60-cops/',
    url: 'https://dailycaller.com/2016/10/27/isis-inaugurates-new-pakistani-chapter-by-slaughtering-60-cops/',
    image: null,
    links: [
      linkOn('The New York Times', 'https://www.nytimes.com/2016/10/26/world/asia/pakistan-quetta-police-attack.html'),
      linkOn('The Soufan Group', 'http://www.soufangroup.com/tsc-intelbrief-the-islamic-state-in-pakistan/'),
    ],
    notes: [
      { kind: 'author-contact', text: 'Follow Saagar Enjeti on Twitter' },
      { kind: 'author-contact', text: 'Send tips to saagar@dailycallernewsfoundation.org' },
      {
        kind: 'licensing',
        text: 'All content created by the Daily Caller News Foundation, an independent and nonpartisan newswire service, is available without charge to any legitimate news publisher that can provide a large audience. All republished articles must include our logo, our reporter’s byline and their DCNF affiliation. For any questions about our guidelines or partnering with us, please contact licensing@dailycallernewsfoundation.org.',
      },
    ],
    pageTypes: ['NewsArticle'],
    signals: { isArticle: true, partial: false, liveBlog: false, listOrGallery: false, truncated: false, reasons: [] },
    fieldSources: {},
  };
}
