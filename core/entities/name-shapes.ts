/**
 * Names told by how they are written, where the tagger, trained on English-language corpora, cuts them
 * short or types them wrong: East Asian given names joined by a hyphen, Nordic legal forms, exchange codes
 * in brackets, a country's company written as an acronym, and bodies named "Alliance of…".
 */
import type { TaggedMention } from './recognize';
import { type Token, unitHolding } from './tokenize';

/**
 * Romanized Korean and Chinese surnames that stand before a hyphenated given name ("Han Duck-soo",
 * "Lee Jae-myung", "Tsai Ing-wen"). A list rather than a shape: "New Year-end" has the shape too.
 */
const EAST_ASIAN_SURNAMES = new Set(
  (
    'Kim Lee Park Choi Jung Jeong Kang Cho Yoon Yun Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong Jeon Ko ' +
    'Moon Yang Son Bae Baek Heo Nam Noh Roh Ha Kwak Sung Cha Joo Woo Koo Min Ryu Jin Chae Won Chun Bang Hyun Byun ' +
    'Choo Seok Chung Rhee Yi Ban Tsai Lai Ko Hou Ma Wang Chen Lin Huang Wu Liu Chang Hsu Hsieh Cheng Chiang Su ' +
    'Kuo Lu Teng Tung Lam Leung Chan Wong Tang Ho Lau Yeung'
  ).split(' '),
);
/** A hyphenated given name: "Duck-soo", "Jae-myung", "Ing-wen", "Won-shik". */
const GIVEN_NAME = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;
/** Whether a name's last word is a hyphenated given name, which ends in lowercase ("Lee Jae-myung"). */
export const endsInHyphenatedGivenName = (name: string): boolean => GIVEN_NAME.test(name.split(' ').at(-1) ?? '');

/** A surname and a hyphenated given name the tagger did not find at all ("Speaker Woo Won-shik said"). */
const EAST_ASIAN_NAME = /(?<![\p{L}-])(\p{Lu}\p{Ll}{1,5}) (\p{Lu}\p{Ll}+-\p{Ll}+)(?![\p{L}-])/gu;

/** Reuters instrument codes in brackets: "(NOVOb.CO)", "(7203.T)", "(VOWG_p.DE)", "(AAPL.O)". */
const EXCHANGE_CODE = /^[A-Z0-9]{1,6}(?:[a-z]|_[a-z])?\.[A-Z]{1,2}$/;

/** Head words of a body named for what it gathers: "Alliance of Small Island States". */
const BODY_OF =
  /^(?:Alliance|Association|Federation|Confederation|Organi[sz]ation|Coalition|Society|League|Institute) of /;

/** "France's LVMH", "Britain's BP": a country's own company, written as its acronym; not "San Francisco's SOMA district". */
const ACRONYM_AFTER_POSSESSIVE =
  /^ ?['’]s (\p{Lu}{2,6})(?![\p{L}\p{N}&-]|\.\p{L}| \p{Lu}| (?:district|neighbou?rhood|area|quarter|region|province|county)\b)/u;

/** Head words of a body named for the place it serves: "Reserve Bank of New Zealand", "Supreme Court of India". */
const BODY_OF_PLACE =
  /\b(?:Bank|Ministry|University|Court|Council|Commission|Authority|Agency|Institute|Parliament|Assembly)$/;

/**
 * "Reserve Bank of New Zealand": the tagger ended the body at its head word and read the place after "of"
 * apart. The two are one organization. Changes `mentions` in place.
 */
function joinBodyOfPlace(text: string, mentions: TaggedMention[]): void {
  for (let i = 0; i < mentions.length; i++) {
    const body = mentions[i] as TaggedMention;
    if (body.type !== 'ORG' || !BODY_OF_PLACE.test(body.text) || text.slice(body.end, body.end + 4) !== ' of ')
      continue;
    // Rare enough (a head word, then " of ") for a search of the mentions each time.
    const at = mentions.findIndex((m) => m.start === body.end + 4 && m.type === 'LOC');
    const place = mentions[at];
    if (!place) continue;
    mentions[i] = { ...body, end: place.end, text: text.slice(body.start, place.end) };
    mentions.splice(at, 1);
    if (at < i) i--;
  }
}

function overlaps(covered: Uint8Array, start: number, end: number): boolean {
  return covered.subarray(start, end).some((x) => x === 1);
}

/** Mentions re-read or added by the shape of the names; `covered` is kept in step with what is added. */
export function readNameShapes(
  text: string,
  mentions: readonly TaggedMention[],
  units: readonly Token[][],
  covered: Uint8Array,
): TaggedMention[] {
  const out: TaggedMention[] = [];
  for (const m of mentions) {
    // A bracketed exchange code names no organization of its own; the company is named beside it.
    if (EXCHANGE_CODE.test(m.text) && text[m.start - 1] === '(') continue;
    let read = m;
    // "Kim Jong-" of "Kim Jong-un": no name ends in a hyphen; the tagger stopped inside a word.
    if (m.text.endsWith('-')) {
      const rest = /^\p{L}+/u.exec(text.slice(m.end, m.end + 24));
      const end = rest ? m.end + rest[0].length : m.end - 1;
      if (rest) covered.fill(1, m.end, end);
      read = { ...read, end, text: text.slice(m.start, end) };
    }
    // "Lee Jae-myung": the tagger stopped at the hyphen of the given name, or typed the whole a place.
    if (read.type !== 'ORG') {
      const rest = /^-\p{Ll}+(?![\p{L}-])/u.exec(text.slice(read.end, read.end + 12));
      const end = read.end + (rest ? rest[0].length : 0);
      const words = text.slice(read.start, end).split(' ');
      if (words.length === 2 && EAST_ASIAN_SURNAMES.has(words[0] as string) && GIVEN_NAME.test(words[1] as string)) {
        covered.fill(1, read.end, end);
        read = { ...read, end, text: text.slice(read.start, end), type: 'PER' };
      }
    }
    // "Novo Nordisk A/S": the Danish and Norwegian legal form, which the tagger ends at its slash.
    if (read.text.endsWith(' A') && text.slice(read.end, read.end + 2) === '/S') {
      covered.fill(1, read.end, read.end + 2);
      read = { ...read, end: read.end + 2, text: text.slice(read.start, read.end + 2), type: 'ORG' };
    }
    if (read.type === 'LOC' && BODY_OF.test(read.text)) read = { ...read, type: 'ORG' };
    // "France's LVMH": after a country's possessive, an acronym is its company, not a second place.
    if (read.type === 'LOC') {
      const acronym = ACRONYM_AFTER_POSSESSIVE.exec(text.slice(read.end, read.end + 40));
      if (acronym) {
        const start = read.end + acronym[0].length - (acronym[1] as string).length;
        const end = start + (acronym[1] as string).length;
        if (!overlaps(covered, start, end)) {
          covered.fill(1, start, end);
          out.push({ text: acronym[1] as string, start, end, type: 'ORG', unit: read.unit, cue: true });
        }
      }
    }
    out.push(read);
  }
  joinBodyOfPlace(text, out);
  // From each hyphen between lowercase letters (far fewer than capitals), the name around it is read.
  for (let hyphen = text.indexOf('-'); hyphen >= 0; hyphen = text.indexOf('-', hyphen + 1)) {
    if (!/\p{Ll}/u.test(text[hyphen + 1] ?? '') || !/\p{Ll}/u.test(text[hyphen - 1] ?? '')) continue;
    const from = Math.max(0, hyphen - 24);
    const match = [...text.slice(from, hyphen + 24).matchAll(EAST_ASIAN_NAME)].find(
      (m) => from + (m.index as number) < hyphen && from + (m.index as number) + m[0].length > hyphen,
    );
    if (!match || !EAST_ASIAN_SURNAMES.has(match[1] as string)) continue;
    const start = from + (match.index as number);
    // The window may begin inside a word, which the pattern cannot see.
    if (/[\p{L}-]/u.test(text[start - 1] ?? '')) continue;
    const end = start + match[0].length;
    if (overlaps(covered, start, end)) continue;
    covered.fill(1, start, end);
    const unit = unitHolding(units, start, end);
    if (unit >= 0) out.push({ text: match[0], start, end, type: 'PER', unit });
  }
  return out;
}
