/**
 * Names with lowercase particles: "Ursula von der Leyen", "Vincent van Gogh", "Osama bin Laden",
 * "Bashar al-Assad". The training data holds few of them, so the tagger stops at the particle and keeps
 * only a piece ("Ursula", "Leyen") or nothing at all. This pass joins the pieces into one person.
 */
import { CAPITALIZED_NON_NAMES } from './names';
import type { TaggedMention } from './recognize';
import type { Token } from './tokenize';

/** Particles inside a person's name, in the languages the press quotes most. */
export const PARTICLES = new Set(
  'van von der den de da di del della dos das do du la le bin ibn al el ter ten'.split(' '),
);
const PATRONYMIC = new Set(['bin', 'ibn']);
/** Words that open a sentence and are given names too in the lists: "Even de Miranda's house…". */
const SENTENCE_OPENERS = new Set(
  'Even Still Yet Also Only Just Then Now So Both Thus Hence Later Soon Once Ever Never'.split(' '),
);
const NAME_WORD = /^\p{Lu}[\p{L}'’]*$/u;
/** Longest name before the particles, in words ("Alexander Van der Bellen" has one; "Maria Helena" two). */
const MAX_GIVEN_WORDS = 3;

export interface ParticleNameOptions {
  /** Whether a lowercased word is a given name (the model's name lists). */
  isFirstName?: (lowercased: string) => boolean;
}

/**
 * Joins "given names + particles + surname" into one person mention. Where the tagger found a piece of it
 * as a person, or found nothing there and the name opens with a given name of the lists, the whole is a
 * person. Where it read any piece as a place or an organization ("Rio de Janeiro", "Banco do Brasil"),
 * the tagger's reading stays.
 */
export function joinParticleNames(
  text: string,
  mentions: TaggedMention[],
  units: readonly Token[][],
  options: ParticleNameOptions,
): TaggedMention[] {
  const replaced = new Set<TaggedMention>();
  const added: TaggedMention[] = [];
  // Mentions by unit, in text order, so each candidate looks only at its own sentence.
  const byUnit = new Map<number, TaggedMention[]>();
  for (const m of mentions) {
    const list = byUnit.get(m.unit) ?? [];
    list.push(m);
    byUnit.set(m.unit, list);
  }
  units.forEach((tokens, u) => {
    const isName = (i: number) => i >= 0 && i < tokens.length && NAME_WORD.test((tokens[i] as Token).text);
    for (let i = 1; i < tokens.length; i++) {
      if (!PARTICLES.has((tokens[i] as Token).text) || !isName(i - 1)) continue;
      // The particles: "von der", "de la", "al" + "-".
      let j = i;
      while (j < tokens.length && PARTICLES.has((tokens[j] as Token).text)) j++;
      if (tokens[j]?.text === '-' && tokens[j - 1]?.text.length === 2) j++;
      if (!isName(j)) continue;
      let a = i - 1;
      while (a > 0 && i - a < MAX_GIVEN_WORDS && isName(a - 1)) a--;
      let end = (tokens[j] as Token).end;
      const live = (byUnit.get(u) ?? []).filter((m) => !replaced.has(m));
      // What the tagger read from the last given name on decides: a place or a body there ("Rio de
      // Janeiro", "Banco do Brasil") stays. Words before it that are inside another reading are not given
      // names ("European Commission President Ursula von der Leyen").
      const core = live.filter((m) => m.start < end && (tokens[i - 1] as Token).start < m.end);
      if (core.some((m) => m.type !== 'PER')) continue;
      const inside = (k: number, person: boolean) => {
        const t = tokens[k] as Token;
        return live.some((m) => m.start <= t.start && t.end <= m.end && (m.type === 'PER') === person);
      };
      while (a < i - 1 && inside(a, false)) a++;
      // The name opens with a word the tagger read as a person's or a given name of the lists, so no
      // sentence opener or credit word comes in: "Even de Miranda's", "Photo David von Diemar".
      // A sentence's first word is capitalized whatever it is ("Even", a given name too): there a given
      // name counts only where the tagger read the rest of the name as a person's ("Ursula von der Leyen
      // said…", its surname found).
      const opensName = (k: number) => {
        const t = tokens[k] as Token;
        if (inside(k, true)) return true;
        const given = !CAPITALIZED_NON_NAMES.has(t.text) && options.isFirstName?.(t.text.toLowerCase()) === true;
        return given && (k > 0 || (core.length > 0 && !SENTENCE_OPENERS.has(t.text)));
      };
      // "Musaed bin Mohammed al-Aiban": "bin" and "ibn" join a given name to a father's, in people's names
      // only, so the word before them is a given name whatever the lists say.
      const patronymic = PATRONYMIC.has((tokens[i] as Token).text);
      while (a < i - 1 && !opensName(a)) a++;
      if (!opensName(a) && !(patronymic && a === i - 1 && a > 0)) continue;
      let start = (tokens[a] as Token).start;
      const overlapping = live.filter((m) => m.start < end && start < m.end);
      // A person the tagger found reaching past the span ("Charles de Gaulle Jr.") keeps its ends.
      for (const m of overlapping) {
        start = Math.min(start, m.start);
        end = Math.max(end, m.end);
      }
      if (overlapping.length === 1 && overlapping[0]?.start === start && overlapping[0]?.end === end) continue;
      for (const m of overlapping) replaced.add(m);
      // A name of two particles ("Musaed bin Mohammed al-Aiban") was joined up to the middle name already.
      const previous = added[added.length - 1];
      if (previous && previous.unit === u && previous.end === (tokens[i - 1] as Token).end) {
        start = Math.min(start, previous.start);
        added.pop();
      }
      added.push({ text: text.slice(start, end), start, end, type: 'PER', unit: u });
      i = j;
    }
  });
  if (added.length === 0) return mentions;
  return [...mentions.filter((m) => !replaced.has(m)), ...added];
}

/**
 * "de Silva , who has made centuries…" after "Aravinda de Silva": a surname the text has written with its
 * particle keeps it where it stands alone, particle first (and so in lowercase).
 */
export function withSurnameParticles(text: string, mentions: TaggedMention[]): TaggedMention[] {
  const surnames = new Map<string, string>();
  for (const m of mentions) {
    if (m.type !== 'PER') continue;
    const found = /\s((?:\p{Ll}+\s){1,2})(\p{Lu}[\p{L}'’-]*)$/u.exec(m.text);
    if (
      found &&
      (found[1] as string)
        .trim()
        .split(/\s+/)
        .every((p) => PARTICLES.has(p))
    )
      surnames.set(found[2] as string, found[1] as string);
  }
  if (surnames.size === 0) return mentions;
  return mentions.map((m) => {
    const particle = m.type === 'PER' ? surnames.get(m.text) : undefined;
    if (!particle || text.slice(m.start - particle.length, m.start) !== particle) return m;
    const start = m.start - particle.length;
    return { ...m, start, text: text.slice(start, m.end) };
  });
}
