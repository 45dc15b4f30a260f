import { describe, expect, it } from 'vitest';
import { countWords, hasNoSpaceScript, readingTimeMinutes } from '../../../core/text/words';

describe('countWords', () => {
  it('counts runs of letters and digits, keeping apostrophes and hyphens inside a word', () => {
    expect(countWords("The mayor's well-known plan costs millions.")).toBe(6);
  });

  it('keeps Hindi vowel signs inside their word', () => {
    expect(countWords('भारत की राजधानी नई दिल्ली है')).toBe(6);
  });

  it('counts Chinese and Japanese, written without spaces, by characters as a reader paces them', () => {
    // 32 characters of Chinese: about 21 words, not one.
    const chinese = '入冬以來一波波寒流報到山上的楓樹一夜之間換上了紅色與金黃色的新衣';
    expect(chinese.length).toBe(32);
    expect(countWords(chinese)).toBe(21);
    // Latin words among them still count one each.
    expect(countWords('東京で Apple の新製品')).toBe(Math.round(7 / 1.5) + 1);
  });

  it('gives a Chinese article a reading time in minutes, not zero or one', () => {
    const article = '今年的楓葉比往年晚了將近兩個星期才轉紅。'.repeat(100);
    expect(readingTimeMinutes(countWords(article))).toBeGreaterThanOrEqual(5);
  });
});

describe('hasNoSpaceScript', () => {
  it('finds Chinese and Japanese characters, those beyond the first plane included', () => {
    expect(hasNoSpaceScript('Premier Li 李强 spoke')).toBe(true);
    expect(hasNoSpaceScript('ひらがな')).toBe(true);
    expect(hasNoSpaceScript('ｶﾀｶﾅ')).toBe(true);
    expect(hasNoSpaceScript('𠀀')).toBe(true);
  });

  it('finds none in Latin, Korean, emoji or CJK punctuation alone', () => {
    expect(hasNoSpaceScript('The mayor’s plan — “again”')).toBe(false);
    expect(hasNoSpaceScript('서울의 봄')).toBe(false);
    expect(hasNoSpaceScript('Great news 🎉👍')).toBe(false);
    expect(hasNoSpaceScript('「」、。')).toBe(false);
  });
});
