import { describe, expect, it } from 'vitest';
import { assembleEntities } from '../../../core/entities/assemble';
import { writtenOfAsPerson } from '../../../core/entities/kin-cues';
import { tokenize } from '../../../core/entities/tokenize';

/** The mentions of `name` in `text`, as offsets. */
const mentionsOf = (text: string, name: string) =>
  [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({ start: m.index, end: m.index + name.length }));

describe('what only a person has', () => {
  it('makes a name a person\'s: "and his troops", "\'s wife"', () => {
    const text = 'Outraged, Edwards and his troops took the town. Later Edwards returned.';
    expect(writtenOfAsPerson(text, mentionsOf(text, 'Edwards'))).toBe(true);
    const wife = "Reporters asked about Clinton's wife and Clinton's eldest son.";
    expect(writtenOfAsPerson(wife, mentionsOf(wife, 'Clinton'))).toBe(true);
  });

  it("leaves a place written as one, a name cut from a longer one and a title's territory", () => {
    const inside = 'Edwards and his troops marched. Life in Edwards was quiet.';
    expect(writtenOfAsPerson(inside, mentionsOf(inside, 'Edwards'))).toBe(false);
    const cut = 'She was honoured at Madame Tussauds New York and her figure takes selfies.';
    expect(writtenOfAsPerson(cut, mentionsOf(cut, 'New York'))).toBe(false);
    const title = "The Duke and Duchess of Cambridge's son Prince George is two.";
    expect(writtenOfAsPerson(title, mentionsOf(title, 'Cambridge'))).toBe(false);
    const adviser = "Britain's chief medical adviser and Apple's lawyers disagreed.";
    expect(writtenOfAsPerson(adviser, mentionsOf(adviser, 'Britain'))).toBe(false);
  });

  it('turns a name the tagger read as a town all through the story into the person', () => {
    // What the tagger did with Santa Anna (also a town's name) in a story full of places.
    const text =
      'Santa Anna and his army besieged San Antonio. The defenders held out until Santa Anna took the mission.';
    const tagged = mentionsOf(text, 'Santa Anna').map((m) => ({
      ...m,
      text: 'Santa Anna',
      type: 'LOC' as const,
      unit: 0,
    }));
    const isPlace = (name: string) => name === 'santa anna' || name === 'san antonio';
    const clusters = assembleEntities(text, tagged, [tokenize(text)], { isPlace });
    expect(clusters.map((c) => `${c.type} ${c.name}`)).toEqual(['person Santa Anna']);
  });

  it('turns a name read as a place into a person when an honorific goes before it once', () => {
    const text =
      'Goldsmith does not dispute it. Goldsmith licensed the photograph. Ms. Goldsmith contacted the foundation.';
    const tagged = mentionsOf(text, 'Goldsmith').map((m) => ({
      ...m,
      text: 'Goldsmith',
      type: 'LOC' as const,
      unit: 0,
    }));
    expect(assembleEntities(text, tagged, [tokenize(text)]).map((c) => `${c.type} ${c.name}`)).toEqual([
      'person Goldsmith',
    ]);
    // "Dr." after a street's name is a drive's.
    const address = 'Christian Counseling Centers, 801 Portola Dr. Suite 108, and 220 Montgomery St. Suite 600.';
    const suites = mentionsOf(address, 'Suite').map((m) => ({ ...m, text: 'Suite', type: 'ORG' as const, unit: 0 }));
    expect(assembleEntities(address, suites, [tokenize(address)]).map((c) => c.type)).not.toContain('person');
  });
});
