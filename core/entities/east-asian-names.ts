/**
 * Chinese and Korean names written surname first, which the tagger misses without a title before them
 * ("Xi Jinping met Li Qiang" found only Li Qiang; "Yoon Suk Yeol was removed" nothing). A common surname,
 * then a given name spelled in pinyin (one word of one or two syllables: "Jinping", "Qiang") or, after a
 * Korean surname, two capitalized syllables ("Suk Yeol", "Jong Un"), followed by a lowercase word or
 * punctuation, is a person. So is a surname and a given name of two syllables joined by a hyphen, as Hong
 * Kong, Taiwan and Korea spell them ("Kwok Ka-ki", "Tsai Ing-wen", "Moon Jae-in"). Only where nothing else
 * claimed the words, and not inside a longer run of capitalized words (a headline, a place: "Park Avenue
 * Hotel").
 */
import { startsUpper } from './names';
import type { TaggedMention } from './recognize';
import type { Token } from './tokenize';

const CHINESE_SURNAMES = new Set(
  (
    'Xi Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Zhu Hu Guo Lin Gao Luo Zheng Liang Xie Tang ' +
    'Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Du Cheng Wei Ren Shen Yao Qin Fu Zhong Qian ' +
    'Wen Ding Jia Xia Lu Yu Ma He Han Song'
  ).split(' '),
);
const KOREAN_SURNAMES = new Set(
  'Kim Lee Park Moon Yoon Choi Cho Han Kang Jung Shin Hwang Ahn Song Lim Jang'.split(' '),
);
/**
 * Surnames as Hong Kong, Taiwan and Macau spell them (Wade-Giles and Cantonese romanizations), whose given
 * names are hyphenated: "Kwok Ka-ki", "Tsai Ing-wen", "Ko Wen-je".
 */
const HYPHENATED_NAME_SURNAMES = new Set(
  (
    'Wong Chan Leung Cheung Lau Ho Ng Kwok Tse Lam Chow Tsang Yip Mak Hui Fung Siu Shiu Kwong Yeung Law Mok Tam ' +
    'Chu Lai Chiu Lo Poon Yau Choi Ip Yuen To Tsui Ko Kong Wan Chung Yiu Chau Tong Sze Pang Kwan Chong Tsai Hou ' +
    'Chiang Hsu Hsieh Chou Huang Lien Soong Su Yeh Kuo Tseng Chen Lin Wu Li Ma Lu'
  ).split(' '),
);

/** One pinyin syllable, tones left off. */
const PINYIN_SYLLABLE =
  /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|iao|ian|uai|uan|ai|ei|ao|ou|an|en|ia|ie|iu|in|ua|uo|ui|un|ue|a|o|e|i|u)$/;
/** One syllable of Korean names as the press romanizes them: "Suk", "Yeol", "Jong", "Un", "Jae", "Myung". */
const KOREAN_SYLLABLE =
  /^(?:[bcdghjkmnprstwy]|ch|kk|tt|pp|ss|jj)?(?:yeo|yeon|eo|eu|ae|oe|wa|wo|ui|ya|yo|yu|ye|a|e|i|o|u)(?:ng|n|m|k|l|p|t)?$/;

/** A given name in pinyin: one or two syllables, capitalized, written as one word ("Jinping", "Qiang"). */
function isPinyinGivenName(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}{1,9}$/u.test(word)) return false;
  const lower = word.toLowerCase();
  if (PINYIN_SYLLABLE.test(lower)) return true;
  for (let cut = 1; cut < lower.length; cut++) {
    if (PINYIN_SYLLABLE.test(lower.slice(0, cut)) && PINYIN_SYLLABLE.test(lower.slice(cut))) return true;
  }
  return false;
}

const isKoreanSyllable = (word: string): boolean =>
  /^\p{Lu}\p{Ll}{0,4}$/u.test(word) && KOREAN_SYLLABLE.test(word.toLowerCase());

/**
 * A given name of two syllables joined by a hyphen, the second in lowercase, from token `i`: "Ka-ki",
 * "Ing-wen", "Jae-in" (and "Ka - ki" in text tokenized by spaces).
 */
function hyphenatedGivenName(text: string, tokens: readonly Token[], i: number): boolean {
  const first = tokens[i];
  const dash = tokens[i + 1];
  const second = tokens[i + 2];
  if (!first || !dash || !second || dash.text !== '-') return false;
  const joined = first.end === dash.start && dash.end === second.start;
  const spaced = text[first.end] === ' ' && text[dash.end] === ' ';
  return (joined || spaced) && /^\p{Lu}\p{Ll}{0,5}$/u.test(first.text) && /^\p{Ll}{1,6}$/u.test(second.text);
}

/** What may follow a name: a lowercase word, punctuation, or a possessive. */
const endsName = (token: Token | undefined): boolean =>
  token !== undefined && !startsUpper(token.text) && !/^\d/.test(token.text);

/** Adds a person mention for each surname-first Chinese or Korean name nothing else covered. */
export function addEastAsianNames(
  text: string,
  mentions: readonly TaggedMention[],
  units: readonly Token[][],
  covered: Uint8Array,
): TaggedMention[] {
  const out = mentions.slice();
  units.forEach((tokens, u) => {
    for (let i = 0; i + 2 < tokens.length; i++) {
      const surname = tokens[i] as Token;
      const chinese = CHINESE_SURNAMES.has(surname.text);
      const hyphenating = HYPHENATED_NAME_SURNAMES.has(surname.text) || KOREAN_SURNAMES.has(surname.text);
      if (!chinese && !hyphenating) continue;
      if (i > 0 && startsUpper((tokens[i - 1] as Token).text)) continue;
      let last = -1;
      if (hyphenating && hyphenatedGivenName(text, tokens, i + 1) && endsName(tokens[i + 4])) last = i + 3;
      else if (chinese && isPinyinGivenName((tokens[i + 1] as Token).text) && endsName(tokens[i + 2])) last = i + 1;
      else if (
        KOREAN_SURNAMES.has(surname.text) &&
        isKoreanSyllable((tokens[i + 1] as Token).text) &&
        isKoreanSyllable(tokens[i + 2]?.text ?? '') &&
        endsName(tokens[i + 3])
      )
        last = i + 2;
      if (last < 0) continue;
      const end = (tokens[last] as Token).end;
      // The tagger's "Kwok Ka" of "Kwok Ka-ki": the person, cut at the hyphen, is given the whole name.
      const cut = out.findIndex(
        (m) => m.type === 'PER' && m.start === surname.start && m.end < end && m.end > surname.end,
      );
      if (cut >= 0 && covered.subarray((out[cut] as TaggedMention).end, end).every((c) => c !== 1)) {
        covered.fill(1, surname.start, end);
        out[cut] = { ...(out[cut] as TaggedMention), end, text: text.slice(surname.start, end) };
        i = last;
        continue;
      }
      if (covered.subarray(surname.start, end).some((c) => c === 1)) continue;
      covered.fill(1, surname.start, end);
      out.push({ text: text.slice(surname.start, end), start: surname.start, end, type: 'PER', unit: u });
      i = last;
    }
  });
  return out;
}
