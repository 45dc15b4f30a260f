/**
 * Capitals the tagger misses where a story makes them speak for their governments ("a charge Doha denied",
 * "links with Doha", "Beijing said"): a capital of the list, not part of a longer name, is the place. Only
 * capitals that are no given name nor an English word (not "Washington", "Victoria").
 */
import { GOVERNMENT_CAPITALS } from './lexicon';
import { startsUpper } from './names';
import type { TaggedMention } from './recognize';
import type { Token } from './tokenize';

const CAPITALS: ReadonlySet<string> = new Set([
  ...GOVERNMENT_CAPITALS,
  ...[
    'Tashkent Astana Bishkek Dushanbe Ashgabat Kathmandu Colombo Yangon Naypyitaw Ulaanbaatar Muscat Sanaa Kampala',
    'Kigali Dakar Accra Bamako Niamey Ouagadougou Juba Mogadishu Asmara Luanda Maputo Lusaka Windhoek Gaborone',
    'Antananarivo Lima Quito Santiago Montevideo Asuncion Tegucigalpa Belgrade Zagreb Sarajevo Skopje Tirana Podgorica',
    'Pristina Sofia Bucharest Chisinau Vilnius Riga Tallinn Helsinki Stockholm Oslo Copenhagen Reykjavik Dublin Vienna',
    'Bern Ljubljana Bratislava Valletta Nicosia',
    // West Germany's seat of government, which the 1990s wires made speak for it.
    'Bonn',
  ]
    .join(' ')
    .split(' '),
]);

/** Adds a place mention for each capital of the list the tagger left uncovered inside a sentence. */
export function addCapitalMentions(
  mentions: readonly TaggedMention[],
  units: readonly Token[][],
  covered: Uint8Array,
): TaggedMention[] {
  const out = mentions.slice();
  units.forEach((tokens, u) => {
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      if (!CAPITALS.has(token.text) || covered[token.start] === 1) continue;
      // Inside a run of capitals it is part of another name ("Beijing Capital Airport", "Club Brugge Kiev").
      if (startsUpper(tokens[i - 1]?.text ?? '') || startsUpper(tokens[i + 1]?.text ?? '')) continue;
      // Not the vegetable: "two Brussels sprouts".
      if (token.text === 'Brussels' && /^sprouts?$/i.test(tokens[i + 1]?.text ?? '')) continue;
      covered.fill(1, token.start, token.end);
      out.push({ text: token.text, start: token.start, end: token.end, type: 'LOC', unit: u });
    }
  });
  return out;
}
