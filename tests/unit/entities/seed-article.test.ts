import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/parse-html';
import { recognizeEntities } from '../../../core/entities/index';
import { extractArticle } from '../../../core/extract/index';
import { articleFromText } from '../../../core/text/article-from-text';
import { splitSentences } from '../../../core/text/sentences';
import type { Article, Entity, EntityType } from '../../../core/types';

const folder = resolve(__dirname, '../../fixtures/seed-article');
const html = readFileSync(resolve(folder, 'page.html'), 'utf8');
const expected = JSON.parse(readFileSync(resolve(folder, 'expected.json'), 'utf8')) as {
  article: { title: string };
  entities: {
    mustFind: { name: string; type: EntityType; aliases?: string[] }[];
    topThree: string[];
    mustNotFind: string[];
  };
};

/** True when the entity's name or one of its aliases is one of `names` (case-insensitive). */
const matches = (entity: Entity, names: string[]): boolean => {
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  return [entity.name, ...entity.aliases].some((n) => wanted.has(n.toLowerCase()));
};

/** The article as the extension sees it: the extraction capability's output. */
function extracted(): Article {
  return extractArticle(parseHtml(html, 'https://dailycaller.com/2016/10/27/isis-pakistan/'));
}

/** The same story built only from the page's body paragraphs, independent of extraction. */
function fromParagraphs(): Article {
  const doc = parseHtml(html);
  const paragraphs = [...doc.querySelectorAll('.article-content > p')]
    .filter((p) => !p.getAttribute('class'))
    .map((p) => (p.textContent ?? '').trim());
  return { ...articleFromText(paragraphs.join('\n\n')), title: expected.article.title };
}

describe.each([
  ['extractArticle', extracted],
  ['body paragraphs', fromParagraphs],
])('entities of the seed article (%s)', (_label, build) => {
  const load = async () => {
    const article = build();
    return { article, entities: await recognizeEntities(article, { sentences: splitSentences(article.text) }) };
  };

  it('has the clean body to work on', async () => {
    const { article } = await load();
    expect(article.text).toContain('The Islamic State claimed responsibility');
    expect(article.text).not.toContain('Font Size');
  });

  it('finds every must-find entity with the right type', async () => {
    const { entities } = await load();
    for (const want of expected.entities.mustFind) {
      const found = entities.find((e) => matches(e, [want.name, ...(want.aliases ?? [])]));
      expect(found, `missing ${want.name}`).toBeDefined();
      expect(found?.type, `type of ${want.name}`).toBe(want.type);
    }
  });

  it('ranks the top three in order', async () => {
    const { entities } = await load();
    const top = entities.slice(0, 3);
    expected.entities.topThree.forEach((name, i) => {
      expect(matches(top[i] as Entity, [name]), `#${i + 1} is ${top[i]?.name}, want ${name}`).toBe(true);
    });
  });

  it('keeps weekdays, demonyms and page furniture out', async () => {
    const { entities } = await load();
    for (const name of expected.entities.mustNotFind) {
      expect(entities.find((e) => matches(e, [name]))?.name, name).toBeUndefined();
    }
  });

  it('merges aliases: ISIS is the Islamic State, the Soufan Group is one entity', async () => {
    const { entities } = await load();
    const isis = entities.filter((e) => matches(e, ['Islamic State', 'ISIS']));
    expect(isis).toHaveLength(1);
    expect(isis[0]?.name).toBe('Islamic State');
    expect(isis[0]?.mentions.length).toBeGreaterThanOrEqual(8);
    expect(entities.filter((e) => matches(e, ['The Soufan Group', 'Soufan Group']))).toHaveLength(1);
    expect(entities.filter((e) => matches(e, ['Al-Bagdadi', 'Abu Bakr Al-Bagdadi']))).toHaveLength(1);
  });

  it('gives mentions that are spans of the text and saliences sorted in 0..1', async () => {
    const { article, entities } = await load();
    expect(entities.length).toBeGreaterThan(5);
    entities.forEach((e, i) => {
      expect(e.salience).toBeGreaterThanOrEqual(0);
      expect(e.salience).toBeLessThanOrEqual(1);
      if (i > 0) expect(e.salience).toBeLessThanOrEqual((entities[i - 1] as Entity).salience);
      for (const m of e.mentions) expect(article.text.slice(m.start, m.end)).toBe(m.text);
    });
  });
});
