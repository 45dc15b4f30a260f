import { porterStemCached } from '../eval/porter-stemmer';
import { hasNoSpaceScript, NO_SPACE_SCRIPT } from '../text/words';

/**
 * Content words for similarity: lowercase letter/digit runs, minus stopwords (English plus the commonest
 * German, Spanish and French function words), Porter-stemmed when they are ASCII. Scripts without spaces
 * (Chinese, Japanese) fall back to character bigrams so that similarity still means something.
 */
const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are aren as at be because been before being ' +
    'below between both but by can could did do does doing down during each few for from further had has ' +
    'have having he her here hers herself him himself his how i if in into is it its itself just me more ' +
    'most my myself no nor not now of off on once only or other our ours ourselves out over own same she ' +
    'should so some such than that the their theirs them themselves then there these they this those ' +
    'through to too under until up very was we were what when where which while who whom why will with ' +
    'would you your yours yourself yourselves s t said says say told mr mrs ms one two also new like ' +
    'would could may might must shall us since per via yet still even however according ' +
    'der die das und ist nicht ein eine zu den von mit sich des auf für im dem sie es auch als an nach ' +
    'el la los las de del que y en un una por con para se su al lo como más le les des et est une pour pas'
  ).split(' '),
);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Porter stems for plain ASCII words longer than 3 letters (as ROUGE does), others as they are. */
function stem(word: string): string {
  return word.length > 3 && /^[a-z]+$/.test(word) ? porterStemCached(word) : word;
}

/** Content-word terms of a sentence, in order. */
export function contentTerms(text: string): string[] {
  const terms: string[] = [];
  const noSpaces = hasNoSpaceScript(text);
  // The matched words as strings: `match` with a global pattern makes no match objects, as `matchAll` does.
  for (const found of text.toLowerCase().match(WORD) ?? []) {
    let word = found;
    if (noSpaces && NO_SPACE_SCRIPT.test(word)) {
      for (let i = 0; i + 1 < word.length; i++) terms.push(word.slice(i, i + 2));
      if (word.length === 1) terms.push(word);
      continue;
    }
    if (word.includes("'") || word.includes('’')) word = word.replace(/['’]s$/u, '').replace(/['’]/gu, '');
    if (word.length < 2 || STOPWORDS.has(word) || /^\d+$/.test(word)) continue;
    terms.push(stem(word));
  }
  return terms;
}

/** Words of a sentence as a reader counts them. */
export function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
