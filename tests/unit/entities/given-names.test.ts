import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../core/entities/index';
import { loadModel } from '../../../core/entities/model';
import { articleFromText } from '../../../core/text/article-from-text';
import { splitSentences } from '../../../core/text/sentences';
import { romanizedGivenName } from '../../../scripts/ner/transliterate';

describe('given names of many languages', () => {
  it('are known to the shipped model, with and without accents, but for English words and places', async () => {
    const { gazetteer } = await loadModel();
    for (const name of ['antti', 'recep', 'ilham', 'prabowo', 'jiří', 'jiri', 'luca', 'deniz', 'yevgeny', 'volodymyr'])
      expect(gazetteer.isFirstName(name), name).toBe(true);
    // Words, places and products that some language also gives as a name.
    for (const word of ['can', 'delta', 'gemini', 'fortune', 'santa', 'siena', 'italia'])
      expect(gazetteer.isFirstName(word), word).toBe(false);
  });

  it('make people of names the English lists did not know, at a sentence start too', async () => {
    const text = [
      'Recep Tayyip Erdogan spoke with Ilham Aliyev by phone.',
      'Antti Niemi made three saves before Frode Grodaas replaced him.',
      'Narendra Modi attended the summit, as did Prabowo Subianto.',
      'Yevgeny Kafelnikov beat Goran Ivanisevic in straight sets.',
    ].join('\n\n');
    const entities = await recognizeEntities(articleFromText(text), { sentences: splitSentences(text) });
    const people = entities.filter((e) => e.type === 'person').map((e) => e.name);
    for (const name of [
      'Recep Tayyip Erdogan',
      'Ilham Aliyev',
      'Antti Niemi',
      'Prabowo Subianto',
      'Yevgeny Kafelnikov',
    ])
      expect(people).toContain(name);
  });

  it("know the names the press romanizes from other scripts, and a scorecard's players in full", async () => {
    const text = [
      'Wasim Akram and Shoaib Akhtar praised Babar Azam after Pakistan beat India.',
      'Ali Khamenei warned Masoud Pezeshkian about talks with the United States.',
      'India first innings 375 for eight declared (Sourav Ganguly 147, Rahul Dravid 92)',
    ].join('\n\n');
    const entities = await recognizeEntities(articleFromText(text), { sentences: splitSentences(text) });
    const people = entities.filter((e) => e.type === 'person').map((e) => e.name);
    for (const name of [
      'Wasim Akram',
      'Shoaib Akhtar',
      'Babar Azam',
      'Masoud Pezeshkian',
      'Sourav Ganguly',
      'Rahul Dravid',
    ])
      expect(people).toContain(name);
    expect(people).not.toContain('Akram');
  });

  it('keep a contributor whose family name is another person’s given name apart from that person', async () => {
    const text = [
      'Prime Minister Habib Essid said the attack targeted the economy. Essid announced new security measures.',
      'Heba Habib contributed to this report from Cairo.',
    ].join('\n\n');
    const entities = await recognizeEntities(articleFromText(text), { sentences: splitSentences(text) });
    const people = entities.filter((e) => e.type === 'person');
    expect(people.map((e) => e.name)).toEqual(expect.arrayContaining(['Habib Essid', 'Heba Habib']));
    expect(people.find((e) => e.name === 'Habib Essid')?.mentions).toHaveLength(2);
  });
});

describe('Russian and Ukrainian given names', () => {
  it('are spelled as the English-language press spells them, in the variants it mixes', () => {
    expect(romanizedGivenName('Евгений', 'ru')).toEqual(expect.arrayContaining(['yevgeniy', 'yevgeny', 'evgeny']));
    expect(romanizedGivenName('Сергей', 'ru')).toEqual(expect.arrayContaining(['sergey', 'sergei']));
    expect(romanizedGivenName('Алексей', 'ru')).toEqual(expect.arrayContaining(['aleksey', 'alexei']));
    expect(romanizedGivenName('Юлия', 'ru')).toEqual(expect.arrayContaining(['yuliya', 'yulia']));
    expect(romanizedGivenName('Володимир', 'uk')).toContain('volodymyr');
    expect(romanizedGivenName('Олексій', 'uk')).toContain('oleksiy');
    expect(romanizedGivenName('Григорій', 'uk')).toContain('hryhoriy');
  });

  it('are left out when a letter is not Russian or Ukrainian', () => {
    expect(romanizedGivenName('Ѓурѓа', 'ru')).toEqual([]);
  });
});
