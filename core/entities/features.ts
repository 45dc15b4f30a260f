/**
 * Features of the sequence tagger, shared by training (scripts/train-ner.ts) and inference, so the two
 * can never drift apart. Features are strings hashed into a fixed number of buckets (no feature table to
 * ship); the tag-history features are mixed in at decode time from a few per-token anchors.
 */
import type { Gazetteer, GazetteerHit } from './gazetteer';
import { caseShapeCode, hasCasedLetter, lowerCase, startsWithCapital } from './letter-case';

export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'] as const;
export type Label = (typeof LABELS)[number];
export const NUM_LABELS = LABELS.length;

/** FNV-1a, 32-bit, of s[from, to). */
export function hashString(s: string, from = 0, to = s.length): number {
  let h = 0x811c9dc5;
  for (let i = Math.max(0, from); i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mixes a previous-label index into an anchor hash (the tag-history features). */
export function mixLabel(anchor: number, prevLabel: number): number {
  let h = (anchor ^ Math.imul(prevLabel + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Word shape with runs collapsed: "Pakistan" -> "Xx", "U.S." -> "X.X.", "2014" -> "d", "al-" -> "x-". */
export function shapeOf(word: string): string {
  let out = '';
  let last = -1;
  const n = Math.min(word.length, 24);
  for (let i = 0; i < n; i++) {
    const c = shapeCode(word, i);
    if (c !== last) out += String.fromCharCode(c);
    last = c;
  }
  return out;
}

/**
 * hashString(shapeOf(word)) without building the shape: the tagger needs only the hash, for every token
 * of the text, and the string cost an allocation per character run.
 */
export function shapeHash(word: string): number {
  let h = 0x811c9dc5;
  let last = -1;
  const n = Math.min(word.length, 24);
  for (let i = 0; i < n; i++) {
    const c = shapeCode(word, i);
    if (c !== last) {
      h ^= c;
      h = Math.imul(h, 0x01000193);
    }
    last = c;
  }
  return h >>> 0;
}

/** The shape character (a UTF-16 code) of word[i]: d for a digit, X for a capital, x for a small letter. */
function shapeCode(word: string, i: number): number {
  const code = word.charCodeAt(i);
  if (code >= 48 && code <= 57) return 100; // d
  if (code >= 65 && code <= 90) return 88; // X
  if (code >= 97 && code <= 122) return 120; // x
  if (code < 128) return code;
  return caseShapeCode(code, word, i);
}

const FUNCTION_WORDS = new Set(
  'a an the of and or but in on at to for from by with as is are was were be been has have had it its this that these those into over after before than about under via not no'.split(
    ' ',
  ),
);

/** Head words that make a capitalized run an organization more often than not ("Soufan Group"). */
const ORG_HEADS = new Set(
  'group company corporation corp corp. inc inc. ltd ltd. llc co. university college school institute academy association society union party council committee commission ministry department agency bureau office board authority court army navy force forces police church bank fund foundation trust club team league federation times news post journal press network channel tribune herald gazette guardian telegraph magazine agency organization organisation centre center laboratory labs airlines airways records studios museum library hospital service services'.split(
    ' ',
  ),
);
const RUN_LINKS = new Set([
  'of',
  'and',
  '&',
  'for',
  'de',
  'the',
  'on',
  'al',
  'bin',
  'van',
  'von',
  'del',
  'la',
  'du',
  'da',
  'der',
  '-',
]);

/** Per token: the capitalized run it belongs to ([start, end) token indices), or null. */
function capitalizedRuns(words: readonly string[]): ([number, number] | null)[] {
  const out: ([number, number] | null)[] = words.map(() => null);
  let i = 0;
  while (i < words.length) {
    if (!isUpperInitial(words[i] as string) || !hasLetter(words[i] as string)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      if (j < words.length && isUpperInitial(words[j] as string) && hasLetter(words[j] as string)) j++;
      else if (
        j + 1 < words.length &&
        RUN_LINKS.has(lowerCase(words[j] as string)) &&
        isUpperInitial(words[j + 1] as string) &&
        hasLetter(words[j + 1] as string)
      )
        j += 2;
      else break;
    }
    for (let k = i; k < j; k++) out[k] = [i, j];
    i = j;
  }
  return out;
}

const isUpperInitial = startsWithCapital;
/** Whether the word has a letter that has case. */
const hasLetter = hasCasedLetter;
/** No lowercase letter and at least one letter. A lowercase ASCII letter settles it without upper-casing
 * the word (this runs on every token, most of them lowercase). */
const isAllUpper = (w: string): boolean => {
  for (let i = 0; i < w.length; i++) {
    const code = w.charCodeAt(i);
    if (code >= 97 && code <= 122) return false;
    if (code >= 128) return w === w.toUpperCase() && hasLetter(w);
  }
  return hasLetter(w);
};

/** How capitalization is used across the whole document, so a capitalized word can be judged in context. */
export interface DocStats {
  /** lowercased word -> times seen written in lowercase. */
  lower: Map<string, number>;
  /** lowercased word -> times seen capitalized, not sentence-initial. */
  capital: Map<string, number>;
  /** The sentenceMode of each sentence the stats were built from, by its word array: worked out once. */
  modes: Map<readonly string[], SentenceMode>;
  /**
   * Each sentence's words lowercased, by its word array: lowercasing a capitalized word makes a new string,
   * which every look-up would then hash again; the tagger's passes share these.
   */
  lowered: Map<readonly string[], readonly string[]>;
}

export function docStats(sentences: readonly (readonly string[])[]): DocStats {
  const lower = new Map<string, number>();
  const capital = new Map<string, number>();
  const modes = new Map<readonly string[], SentenceMode>();
  const lowered = new Map<readonly string[], readonly string[]>();
  for (const words of sentences) {
    const low = words.map(lowerCase);
    lowered.set(words, low);
    const mode = sentenceMode(words, low);
    modes.set(words, mode);
    const headline = mode !== '';
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as string;
      if (!hasLetter(w)) continue;
      const l = low[i] as string;
      if (w === l) lower.set(l, (lower.get(l) ?? 0) + 1);
      else if (i > 0 && !headline && isUpperInitial(w)) capital.set(l, (capital.get(l) ?? 0) + 1);
    }
  }
  return { lower, capital, modes, lowered };
}

/** "tc" for headline-style title case, "uc" for all capitals, "" for ordinary prose. */
export type SentenceMode = '' | 'tc' | 'uc';

/** How a sentence is capitalized (see SentenceMode). */
export function sentenceMode(words: readonly string[], lowered?: readonly string[]): SentenceMode {
  let content = 0;
  let caps = 0;
  let upper = 0;
  let letters = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (!hasLetter(w)) continue;
    letters++;
    if (isAllUpper(w) && w.length > 1) upper++;
    if (w.length < 4 || FUNCTION_WORDS.has(lowered ? (lowered[i] as string) : w.toLowerCase())) continue;
    content++;
    if (isUpperInitial(w)) caps++;
  }
  if (letters >= 3 && upper / letters >= 0.8) return 'uc';
  if (content >= 3 && caps / content >= 0.8) return 'tc';
  return '';
}

/** Per-token features of one sentence: static hashed features, plus anchors for tag-history features. */
export interface SentenceFeatures {
  /** Number of tokens. */
  n: number;
  /** Static feature hashes of token i: hashes[offsets[i] .. offsets[i + 1]). */
  hashes: Uint32Array;
  offsets: Uint32Array;
  /** ANCHORS hashes per token, at anchors[i * ANCHORS ..]. */
  anchors: Uint32Array;
}

/** Tag-history anchors per token: bias, lowercase word, shape. */
export const ANCHORS = 3;

const BIAS = hashString('bias');

/** Hash of a feature made of a template id and up to two hashed parts, without building a string. */
export function combine(template: number, a: number, b = 0): number {
  let h = Math.imul(template ^ 0x9e3779b9, 0x85ebca6b) ^ a;
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) ^ b;
  h = Math.imul(h ^ (h >>> 12), 0x297a2d39);
  return (h ^ (h >>> 15)) >>> 0;
}

/** Template ids: one per kind of feature (values are arbitrary but fixed: they are part of the model). */
const T = {
  w: 1,
  l: 2,
  sh: 3,
  p1: 4,
  p3: 5,
  s2: 6,
  s3: 7,
  s4: 8,
  lm1: 9,
  lp1: 10,
  lm2: 11,
  lp2: 12,
  shm1: 13,
  shp1: 14,
  shm1sh: 15,
  shshp1: 16,
  lm1l: 17,
  llp1: 18,
  lm1sh: 19,
  shlp1: 20,
  len: 21,
  firstSh: 22,
  modeSh: 23,
  modeL: 24,
  ctx: 25,
  onlyLower: 26,
  ctxFn: 27,
  fnCap: 28,
  fnShp1: 29,
  fnm1Sh: 30,
  fnp1Sh: 31,
  gz: 32,
  gzLm1: 33,
  gzp1Sh: 34,
  gzm1Sh: 35,
  runPos: 36,
  runLast: 37,
  runFirst: 38,
  runPrev: 39,
  runNext: 40,
  runOrg: 41,
  runMode: 42,
  aL: 43,
  aSh: 44,
  dW: 45,
  dPart: 46,
  dNone: 47,
  dSolo: 48,
  dSpan: 50,
  dWFirst: 51,
} as const;

const NO_HITS: readonly GazetteerHit[] = [];
/** Reused across calls: the feature hashes of the sentence being built (copied out at the end). */
const scratch: number[] = [];
const START_HASH = hashString('<s>');
const END_HASH = hashString('</s>');
const small = (s: string): number => hashString(s);

/**
 * Features of each token of a sentence. With `need`, static features are computed only where need[i] is 1
 * (the others are decoded as O and only their tag-history anchors are used).
 */
export function sentenceFeatures(
  words: readonly string[],
  stats: DocStats,
  gaz: Gazetteer,
  need?: Uint8Array,
  extra?: readonly (readonly number[] | undefined)[],
): SentenceFeatures {
  const n = words.length;
  const lower = stats.lowered.get(words) ?? words.map((w) => w.toLowerCase());
  // Hashes of words and shapes, padded with two sentence-boundary marks on each side: word i is at i + 2.
  const hlP = new Uint32Array(n + 4);
  const shP = new Uint32Array(n + 4);
  hlP[0] = hlP[1] = shP[0] = shP[1] = START_HASH;
  hlP[n + 2] = hlP[n + 3] = shP[n + 2] = shP[n + 3] = END_HASH;
  for (let i = 0; i < n; i++) {
    hlP[i + 2] = hashString(lower[i] as string);
    shP[i + 2] = shapeHash(words[i] as string);
  }
  const caps = words.map((w) => isUpperInitial(w));
  // Names in the lists are only looked up where they are written as names (capitalized), which is also
  // where the look-up pays off.
  const hits = gaz.match(lower, caps);
  const mode = stats.modes.get(words) ?? sentenceMode(words);
  const modeHash = mode === 'tc' ? 1 : mode === 'uc' ? 2 : 0;
  const first = lower.map((l, i) => (caps[i] as boolean) && gaz.isFirstName(l));
  const runs = capitalizedRuns(words);
  const f = scratch;
  f.length = 0;
  const offsets = new Uint32Array(n + 1);
  const anchors = new Uint32Array(n * ANCHORS);
  const gzCode = (h: { category: string; part: string }): number => small(`${h.category}|${h.part}`);

  for (let i = 0; i < n; i++) {
    const w = words[i] as string;
    const l = lower[i] as string;
    const sh = shP[i + 2] as number;
    const lw = hlP[i + 2] as number;
    const cap = isUpperInitial(w);
    anchors[i * ANCHORS] = BIAS;
    anchors[i * ANCHORS + 1] = combine(T.aL, lw);
    anchors[i * ANCHORS + 2] = combine(T.aSh, sh);
    if (need && !need[i]) {
      offsets[i + 1] = f.length;
      continue;
    }
    f.push(
      BIAS,
      combine(T.w, hashString(w)),
      combine(T.l, lw),
      combine(T.sh, sh),
      combine(T.p1, l.charCodeAt(0) || 0),
      combine(T.p3, hashString(l, 0, Math.min(3, l.length))),
      combine(T.s2, hashString(l, l.length - 2)),
      combine(T.s3, hashString(l, l.length - 3)),
      combine(T.s4, hashString(l, l.length - 4)),
      combine(T.lm1, hlP[i - 1 + 2] as number),
      combine(T.lp1, hlP[i + 1 + 2] as number),
      combine(T.lm2, hlP[i - 2 + 2] as number),
      combine(T.lp2, hlP[i + 2 + 2] as number),
      combine(T.shm1, shP[i - 1 + 2] as number),
      combine(T.shp1, shP[i + 1 + 2] as number),
      combine(T.shm1sh, shP[i - 1 + 2] as number, sh),
      combine(T.shshp1, sh, shP[i + 1 + 2] as number),
      combine(T.lm1l, hlP[i - 1 + 2] as number, lw),
      combine(T.llp1, lw, hlP[i + 1 + 2] as number),
      combine(T.lm1sh, hlP[i - 1 + 2] as number, sh),
      combine(T.shlp1, sh, hlP[i + 1 + 2] as number),
      combine(T.len, Math.min(w.length, 12)),
    );
    if (i === 0) f.push(combine(T.firstSh, sh));
    const run = runs[i];
    if (run) {
      const [rs, re] = run;
      const len = Math.min(re - rs, 4);
      const pos = re - rs === 1 ? 0 : i === rs ? 1 : i === re - 1 ? 2 : 3;
      const last = lower[re - 1] as string;
      f.push(
        combine(T.runPos, pos, len),
        combine(T.runLast, hlP[re + 1] as number),
        combine(T.runFirst, hlP[rs + 2] as number),
        combine(T.runPrev, hlP[rs - 1 + 2] as number),
        combine(T.runNext, hlP[re + 2] as number),
        combine(T.runOrg, ORG_HEADS.has(last) ? 1 : 0, pos),
      );
      if (modeHash) f.push(combine(T.runMode, modeHash, pos));
    }
    if (modeHash) f.push(combine(T.modeSh, modeHash, sh), combine(T.modeL, modeHash, lw));
    if (cap && hasLetter(w)) {
      const seenLower = stats.lower.get(l) ?? 0;
      const seenCap = stats.capital.get(l) ?? 0;
      const ctx = i === 0 ? 3 : modeHash;
      f.push(combine(T.ctx, ctx, (seenLower > 0 ? 1 : 0) + (seenCap > 0 ? 2 : 0)));
      if (seenLower > 0 && seenCap === 0) f.push(combine(T.onlyLower, ctx));
      if (FUNCTION_WORDS.has(l)) f.push(combine(T.ctxFn, ctx));
    }
    if (first[i]) f.push(combine(T.fnCap, cap ? 1 : 0), combine(T.fnShp1, shP[i + 1 + 2] as number));
    if (i > 0 && first[i - 1]) f.push(combine(T.fnm1Sh, sh));
    if (i + 1 < n && first[i + 1]) f.push(combine(T.fnp1Sh, sh));
    for (const h of hits[i] ?? NO_HITS) {
      const code = gzCode(h);
      f.push(combine(T.gz, code, cap ? 1 : 0), combine(T.gzLm1, code, hlP[i - 1 + 2] as number));
    }
    if (i + 1 < n) for (const h of hits[i + 1] ?? NO_HITS) f.push(combine(T.gzp1Sh, small(h.category), sh));
    if (i > 0) for (const h of hits[i - 1] ?? NO_HITS) f.push(combine(T.gzm1Sh, small(h.category), sh));
    const more = extra?.[i];
    if (more) for (const h of more) f.push(h);
    offsets[i + 1] = f.length;
  }
  return { n, hashes: new Uint32Array(f), offsets, anchors };
}

/** The same features with `extra` hashes appended per token (as sentenceFeatures with `extra` builds them). */
export function withExtra(
  feats: SentenceFeatures,
  extra: readonly (readonly number[] | undefined)[] | undefined,
): SentenceFeatures {
  if (!extra) return feats;
  let added = 0;
  for (let i = 0; i < feats.n; i++) {
    const more = extra[i];
    if (more && feats.offsets[i + 1] !== feats.offsets[i]) added += more.length;
  }
  if (added === 0) return feats;
  const hashes = new Uint32Array(feats.hashes.length + added);
  const offsets = new Uint32Array(feats.n + 1);
  let o = 0;
  for (let i = 0; i < feats.n; i++) {
    const from = feats.offsets[i] as number;
    const to = feats.offsets[i + 1] as number;
    // Copied by hand: a subarray per token made an object for a copy of some twenty numbers.
    for (let k = from; k < to; k++) hashes[o++] = feats.hashes[k] as number;
    const more = extra[i];
    // Tokens without static features (not decoded) get none here either.
    if (more && to !== from) for (const h of more) hashes[o++] = h;
    offsets[i + 1] = o;
  }
  return { n: feats.n, hashes, offsets, anchors: feats.anchors };
}

/** Length of the first-pass span starting at token i (0 when none starts there). */
function spanAt(tags: readonly number[], i: number): number {
  const b = tags[i] as number;
  if (b === 0 || b % 2 === 0) return 0;
  let end = i + 1;
  while (end < tags.length && tags[end] === b + 1) end++;
  return end - i;
}

/**
 * Second-pass ("document") features: what the first pass said about the same words elsewhere in the
 * document. A name tagged PER three times is likely PER a fourth time, where the sentence alone is
 * ambiguous (sentence-initial, a headline, an unfamiliar word); a word the first pass left untagged
 * everywhere else is likely not a name. Per sentence, per token: extra feature hashes (or undefined).
 *
 * `tags` are the first-pass label indices of every sentence of the document. With `evidence`, one array per
 * sentence is pushed onto it, 1 where a token's word or name occurs elsewhere in the document.
 */
export function documentFeatures(
  sentences: readonly (readonly string[])[],
  tags: readonly (readonly number[])[],
  evidence?: Uint8Array[],
  lowered?: DocStats['lowered'],
): (number[] | undefined)[][] {
  const lowers = sentences.map((words) => lowered?.get(words) ?? words.map((w) => w.toLowerCase()));
  // Per lowercased word: counts of first-pass outcomes. Slots 0..11: type (PER, ORG, LOC) x part (single,
  // first, middle, last); 12: capitalized O; 13: lowercase O.
  const SLOTS = 14;
  const counts = new Map<string, Int32Array>();
  // Multi-token names: lowercased token string -> counts per type.
  const names = new Map<string, Int32Array>();
  const nameStarts = new Set<string>();
  const slotsOf: Int8Array[] = [];
  for (let s = 0; s < sentences.length; s++) {
    const words = sentences[s] as readonly string[];
    const low = lowers[s] as readonly string[];
    const t = tags[s] as readonly number[];
    const slots = new Int8Array(words.length).fill(-1);
    for (let i = 0; i < words.length; i++) {
      const label = t[i] as number;
      if (label === 0) {
        const w = words[i] as string;
        if (hasLetter(w)) slots[i] = isUpperInitial(w) ? 12 : 13;
        continue;
      }
      if (label % 2 === 0) continue; // I- labels: part assigned from the span start below
      const type = (label - 1) >> 1;
      let end = i + 1;
      while (end < words.length && t[end] === label + 1) end++;
      const len = end - i;
      for (let k = i; k < end; k++) slots[k] = type * 4 + (len === 1 ? 0 : k === i ? 1 : k === end - 1 ? 3 : 2);
      if (len > 1 && len <= 6) {
        const key = low.slice(i, end).join(' ');
        let c = names.get(key);
        if (!c) {
          c = new Int32Array(3);
          names.set(key, c);
          nameStarts.add(low[i] as string);
        }
        c[type] = (c[type] as number) + 1;
      }
    }
    slotsOf.push(slots);
  }
  // Words written capitalized somewhere: the only ones whose counts are looked up.
  const capital = new Set<string>();
  sentences.forEach((words, s) => {
    const low = lowers[s] as readonly string[];
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as string;
      if (isUpperInitial(w) && hasLetter(w)) capital.add(low[i] as string);
    }
  });
  for (let s = 0; s < sentences.length; s++) {
    const words = sentences[s] as readonly string[];
    const low = lowers[s] as readonly string[];
    const slots = slotsOf[s] as Int8Array;
    for (let i = 0; i < words.length; i++) {
      const slot = slots[i] as number;
      if (slot < 0) continue;
      const l = low[i] as string;
      if (!capital.has(l)) continue;
      let c = counts.get(l);
      if (!c) {
        c = new Int32Array(SLOTS);
        counts.set(l, c);
      }
      c[slot] = (c[slot] as number) + 1;
    }
  }

  const out: (number[] | undefined)[][] = [];
  const others = new Int32Array(SLOTS);
  const byType = new Int32Array(3);
  // Shared, read-only feature arrays per word (see below).
  const memo = new Map<string, ({ f: number[]; seen: boolean } | undefined)[]>();
  for (let s = 0; s < sentences.length; s++) {
    const words = sentences[s] as readonly string[];
    const low = lowers[s] as readonly string[];
    const t = tags[s] as readonly number[];
    const slots = slotsOf[s] as Int8Array;
    const feats: (number[] | undefined)[] = new Array(words.length);
    const seen = new Uint8Array(words.length);
    evidence?.push(seen);
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as string;
      if (!isUpperInitial(w) || !hasLetter(w)) continue;
      const l = low[i] as string;
      const slot = slots[i] as number;
      // The features depend only on the word, this token's own slot and whether it opens the sentence.
      let cached = memo.get(l);
      if (!cached) {
        cached = new Array(2 * (SLOTS + 1));
        memo.set(l, cached);
      }
      const mk = slot + 1 + (i === 0 ? SLOTS + 1 : 0);
      let entry = cached[mk];
      if (!entry) {
        const f: number[] = [];
        const c = counts.get(l);
        if (c) others.set(c);
        else others.fill(0);
        if (slot >= 0) others[slot] = (others[slot] as number) - 1;
        let total = 0;
        byType.fill(0);
        for (let k = 0; k < 12; k++) {
          const v = others[k] as number;
          if (v <= 0) continue;
          byType[k >> 2] = (byType[k >> 2] as number) + v;
          total += v;
          f.push(combine(T.dPart, k));
        }
        const oCap = others[12] as number;
        const oLow = others[13] as number;
        if (total > 0) {
          let best = 0;
          for (let k = 1; k < 3; k++) if ((byType[k] as number) > (byType[best] as number)) best = k;
          const agree = byType[best] === total ? (oCap + oLow === 0 ? 2 : 1) : 0;
          f.push(combine(T.dW, best, agree));
          if (i === 0) f.push(combine(T.dWFirst, best));
        } else if (oCap + oLow > 0) {
          f.push(combine(T.dNone, (oCap > 0 ? 1 : 0) + (oLow > 0 ? 2 : 0)));
        } else {
          f.push(combine(T.dSolo, i === 0 ? 1 : 0));
        }
        entry = { f, seen: total + oCap + oLow > 0 };
        cached[mk] = entry;
      }
      feats[i] = entry.f;
      if (entry.seen) seen[i] = 1;
    }
    // The longest multi-token name of the first pass (elsewhere) written here.
    for (let i = 0; i < words.length; i++) {
      if (!feats[i]) continue;
      let key = low[i] as string;
      if (!nameStarts.has(key)) continue;
      let bestLen = 0;
      let bestType = -1;
      for (let n = 2; n <= 6 && i + n <= words.length; n++) {
        key = `${key} ${low[i + n - 1]}`;
        const c = names.get(key);
        if (!c) continue;
        // Not counting this very occurrence, when the first pass tagged exactly this span.
        const selfType = spanAt(t, i) === n ? ((t[i] as number) - 1) >> 1 : -1;
        let best = -1;
        let bestCount = 0;
        for (let k = 0; k < 3; k++) {
          const v = (c[k] as number) - (k === selfType ? 1 : 0);
          if (v > bestCount) {
            bestCount = v;
            best = k;
          }
        }
        if (best >= 0) {
          bestLen = n;
          bestType = best;
        }
      }
      if (bestLen === 0) continue;
      for (let k = 0; k < bestLen; k++) {
        const part = k === 0 ? 0 : k === bestLen - 1 ? 2 : 1;
        // A copy: the arrays in `feats` are shared between tokens of the same word.
        feats[i + k] = [...(feats[i + k] ?? []), combine(T.dSpan, bestType, part)];
        seen[i + k] = 1;
      }
      i += bestLen - 1;
    }
    out.push(feats);
  }
  return out;
}
