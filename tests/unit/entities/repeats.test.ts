import { describe, expect, it } from 'vitest';
import { assembleEntities } from '../../../core/entities/assemble';
import type { TaggedMention, TagType } from '../../../core/entities/recognize';
import { tokenize } from '../../../core/entities/tokenize';

/** Tagged mentions for the first `times` occurrences of a name, as if the tagger had missed the rest. */
function taggedFirst(text: string, name: string, type: TagType, times: number): TaggedMention[] {
  const out: TaggedMention[] = [];
  let from = 0;
  while (out.length < times) {
    const start = text.indexOf(name, from);
    if (start < 0) break;
    out.push({ text: name, start, end: start + name.length, type, unit: 0 });
    from = start + name.length;
  }
  return out;
}

const mentionsOf = (text: string, tagged: TaggedMention[], propagate?: boolean) =>
  assembleEntities(text, tagged, [tokenize(text)], propagate === undefined ? {} : { propagate }).flatMap((c) =>
    c.mentions.map((m) => `${c.type} ${text.slice(m.start, m.end)}@${m.start}`),
  );

const DIVE_STORY =
  'Coron is a town on Busuanga. Divers come to Coron for the wrecks. Coron has many hotels. ' +
  'The ferry from Manila reaches Coron overnight. Most wrecks lie in the bays off Coron.';

describe('untagged repeats of a name', () => {
  it('counts every repeat of a name the tagger found three times', () => {
    const text = DIVE_STORY;
    const found = mentionsOf(text, taggedFirst(text, 'Coron', 'LOC', 3));
    expect(found.filter((m) => m.startsWith('place Coron@'))).toHaveLength(5);
    // Off by request, as the evaluation's --no-propagate measures it.
    const coron = (m: string) => m.startsWith('place Coron@');
    expect(mentionsOf(text, taggedFirst(text, 'Coron', 'LOC', 3), false).filter(coron)).toHaveLength(3);
  });

  it('does not copy a name the tagger found only once or twice', () => {
    const text = DIVE_STORY;
    expect(
      mentionsOf(text, taggedFirst(text, 'Coron', 'LOC', 2)).filter((m) => m.startsWith('place Coron@')),
    ).toHaveLength(2);
  });

  it('does not copy a form written in capitals', () => {
    const text = 'DH is growing. DH tools help. DH centres open. Many DH projects and DH labs exist.';
    expect(mentionsOf(text, taggedFirst(text, 'DH', 'ORG', 3))).toHaveLength(3);
  });

  it('copies only exact repeats, not the lowercase word', () => {
    const text = 'Hope spoke. Hope left. Hope returned. There is hope for Hope.';
    const found = mentionsOf(text, taggedFirst(text, 'Hope', 'PER', 3));
    const capitalized = [...text.matchAll(/Hope/g)].map((m) => `person Hope@${m.index}`);
    expect(capitalized).toHaveLength(4);
    expect(found).toEqual(capitalized);
  });
});

describe("a person's surname", () => {
  const text =
    'David Moyes took charge on Monday. Moyes said the squad was strong. Moyes then named his team. ' +
    'Fans cheered when Moyes arrived at the ground.';
  const tagged = (): TaggedMention[] => [
    { text: 'David Moyes', start: 0, end: 11, type: 'PER', unit: 0 },
    ...taggedFirst(text.slice(12), 'Moyes', 'PER', 2).map((m) => ({ ...m, start: m.start + 12, end: m.end + 12 })),
  ];
  const count = (isFirstName?: (name: string) => boolean) =>
    assembleEntities(text, tagged(), [tokenize(text)], isFirstName ? { isFirstName } : {})
      .filter((c) => c.type === 'person')
      .flatMap((c) => c.mentions).length;

  it('found alone twice and once in the full name with a given name counts as found three times', () => {
    expect(count((name) => name === 'david')).toBe(4);
  });

  it('does not when the full name opens with no given name (a product: "Chevy Bolt", "Acer Nitro")', () => {
    expect(count(() => false)).toBe(3);
  });
});
