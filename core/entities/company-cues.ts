/**
 * Organizations named only by what business news says around them. The tagger misses company names it
 * has never seen ("Rivian", "TotalEnergies", "BP"), but the words around them are unmistakable: shares
 * and stakes are held in companies, and a chief executive or a board belongs to one. These cues add an
 * organization mention where the tagger found nothing; they never retype what it found.
 */
import { CAPITALIZED_NON_NAMES, wordSet } from './names';
import type { TaggedMention } from './recognize';
import type { Token } from './tokenize';

/** "shares in BP", "a stake in Rivian", "shares of Nvidia". */
const HELD_IN = new Set(['shares', 'stake', 'stakes', 'stock']);
/** "Rivian shares fell": only with a market verb after, as "shares" is also a verb ("Smith shares"). */
const SHARES = new Set(['shares', 'stock']);
const MARKET_MOVES = wordSet(
  'rose fell jumped slid gained dropped climbed tumbled surged sank soared slumped plunged rallied edged dipped advanced declined lost added',
);
/** "Apple's chief executive", "Rivian's board": what a company has and a person does not. */
const COMPANY_POSSESSIONS = wordSet(
  'shares stock shareholders investors board headquarters subsidiary subsidiaries employees workforce revenue profits profit earnings',
);
/** Two-word possessions: "chief executive", "chief financial", "share price", "market value". */
const COMPANY_POSSESSION_PAIRS = new Set(['chief executive', 'chief financial', 'share price', 'market value']);

/** Roles held in a company, before "of": "chief executive of Capgemini", "founder of Foodtrainers". */
const ROLES_OF = wordSet('ceo cfo cto coo chairman chairwoman founder co-founder cofounder shareholder shareholders');
const ROLE_PAIRS_OF = new Set(['chief executive', 'executive officer', 'financial officer', 'board chairman']);

const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{N}'’.&-]*|\p{Lu}{2,}\p{N}*)$/u;
const POSSESSIVE = /^['’]s?$/;
const MAX_NAME_WORDS = 3;

const lower = (token: Token | undefined) => token?.text.toLowerCase() ?? '';

export function addCompanyCueMentions(
  text: string,
  mentions: TaggedMention[],
  units: readonly Token[][],
  covered: Uint8Array,
): TaggedMention[] {
  const out = mentions.slice();
  const isName = (tokens: readonly Token[], i: number) => {
    const t = tokens[i];
    return t !== undefined && NAME_WORD.test(t.text) && !CAPITALIZED_NON_NAMES.has(t.text);
  };
  const add = (tokens: readonly Token[], from: number, to: number, unit: number) => {
    const start = (tokens[from] as Token).start;
    const end = (tokens[to - 1] as Token).end;
    if (covered.subarray(start, end).some((x) => x === 1)) return;
    covered.fill(1, start, end);
    out.push({ text: text.slice(start, end), start, end, type: 'ORG', unit, cue: true });
  };
  units.forEach((tokens, u) => {
    for (let i = 0; i < tokens.length; i++) {
      const word = lower(tokens[i]);
      // "shares in BP", "stake in Rivian", "chief executive of Capgemini", "a co-founder of Rivian"
      const heldIn = HELD_IN.has(word) && (lower(tokens[i + 1]) === 'in' || lower(tokens[i + 1]) === 'of');
      const roleOf =
        word === 'of' &&
        (ROLES_OF.has(lower(tokens[i - 1])) || ROLE_PAIRS_OF.has(`${lower(tokens[i - 2])} ${lower(tokens[i - 1])}`));
      if (heldIn || roleOf) {
        const at = heldIn ? i + 2 : i + 1;
        let end = at;
        while (end < tokens.length && end - at < MAX_NAME_WORDS && isName(tokens, end)) end++;
        // A longer run of capitals is a headline or a title, not one company; "X and Y" may be two
        // companies or one ("Infrastructure and Energy Alternatives"), so neither is taken.
        const joined = lower(tokens[end]) === 'and' && isName(tokens, end + 1);
        if (end > at && !isName(tokens, end) && !joined) add(tokens, at, end, u);
      }
      if (!isName(tokens, i) || (i > 0 && isName(tokens, i - 1))) continue;
      let end = i;
      while (end < tokens.length && end - i < MAX_NAME_WORDS && isName(tokens, end)) end++;
      if (isName(tokens, end)) continue;
      const next = lower(tokens[end]);
      // "Rivian shares fell"
      if (SHARES.has(next) && MARKET_MOVES.has(lower(tokens[end + 1]))) add(tokens, i, end, u);
      // "Apple's chief executive", "Rivian's board"
      else if (POSSESSIVE.test(next)) {
        const owned = lower(tokens[end + 1]);
        const pair = `${owned} ${lower(tokens[end + 2])}`;
        if (COMPANY_POSSESSIONS.has(owned) || COMPANY_POSSESSION_PAIRS.has(pair)) add(tokens, i, end, u);
      }
    }
  });
  return out;
}
