/**
 * Chinese and Korean names written surname first, which the tagger misses without a title before them
 * ("Xi Jinping met Li Qiang" found only Li Qiang; "Yoon Suk Yeol was removed" nothing). A common surname,
 * then a given name spelled in pinyin (one word of one or two syllables: "Jinping", "Qiang") or, after a
 * Korean surname, two capitalized syllables ("Suk Yeol", "Jong Un"), followed by a lowercase word or
 * punctuation, is a person. Only where nothing else claimed the words, and not inside a longer run of
 * capitalized words (a headline, a place: "Park Avenue Hotel").
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
      if (!chinese && !KOREAN_SURNAMES.has(surname.text)) continue;
      if (i > 0 && startsUpper((tokens[i - 1] as Token).text)) continue;
      let last = -1;
      if (chinese && isPinyinGivenName((tokens[i + 1] as Token).text) && endsName(tokens[i + 2])) last = i + 1;
      else if (
        KOREAN_SURNAMES.has(surname.text) &&
        isKoreanSyllable((tokens[i + 1] as Token).text) &&
        isKoreanSyllable(tokens[i + 2]?.text ?? '') &&
        endsName(tokens[i + 3])
      )
        last = i + 2;
      if (last < 0) continue;
      const end = (tokens[last] as Token).end;
      if (covered.subarray(surname.start, end).some((c) => c === 1)) continue;
      covered.fill(1, surname.start, end);
      out.push({ text: text.slice(surname.start, end), start: surname.start, end, type: 'PER', unit: u });
      i = last;
    }
  });
  return out;
}
