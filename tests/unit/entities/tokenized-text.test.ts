import { describe, expect, it } from 'vitest';
import { typesOfText } from '../support/entities';

/** The text as NER corpora give it: a space before every comma, full stop and possessive. */
const tokenized = (text: string) => text.replace(/([,.])(\s|$)/g, ' $1$2').replace(/(['’]s)\b/g, ' $1');

describe('text tokenized with spaces around punctuation', () => {
  const stories = [
    "Kenya's Wanjiru Kamau met the delegation, and the BBC's Lyse Doucet reported from Nairobi.",
    'Pretoria was quiet. Mwangi Odinga, who said the vote was fair, left early.',
    'The champions, who host Everton on Saturday, lost. Tottenham’s squad trained on Friday.',
  ];
  for (const story of stories)
    it(`reads as written: ${story.slice(0, 40)}…`, async () => {
      expect(await typesOfText(tokenized(story))).toEqual(await typesOfText(story));
    });
});
