import type { Citation } from '../types';

/**
 * Reporting verbs and how strongly each commits the speaker. Seeded from the GenderGapTracker quote-verb
 * list (MIT, Maite Taboada; see docs/credits/publishers.md), extended for news copy, with strengths added here.
 */
type Strength = NonNullable<Citation['verbStrength']>;

const BY_STRENGTH: Record<Strength, string> = {
  neutral:
    'say tell add note state explain report write comment describe mention respond reply announce continue remark observe ' +
    'recall tweet post testify conclude highlight ask answer confirm indicate estimate inform release told said wrote ' +
    'illustrate clarify point_out recount relate reveal disclose detail outline summarize summarise close quip joke ' +
    'laugh sigh shrug smile whisper shout yell cry exclaim muse caution advise remind agree predict find announce ' +
    'call read elaborate counter retort reiterate repeat restate echo specify cite acknowledge_receipt record emphasise',
  strong:
    'claim insist assert declare argue maintain contend allege stress emphasize warn vow proclaim demand charge accuse ' +
    'boast affirm swear pledge promise threaten deny dispute reject denounce decry criticize criticise condemn slam blast ' +
    'reassert assure reassure guarantee urge',
  weak: 'speculate suggest hint guess wonder believe think reckon imply surmise posit theorize theorise hypothesize speculated fear hope',
  concessive: 'admit concede acknowledge confess grant allow',
};

const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'says', 'saying'],
  tell: ['told', 'tells', 'telling'],
  write: ['wrote', 'writes', 'writing', 'written'],
  think: ['thought', 'thinks', 'thinking'],
  find: ['found', 'finds', 'finding'],
  swear: ['swore', 'swears', 'sworn'],
  grant: ['granted', 'grants'],
  cry: ['cried', 'cries'],
  deny: ['denied', 'denies', 'denying'],
  reply: ['replied', 'replies', 'replying'],
  testify: ['testified', 'testifies'],
  clarify: ['clarified', 'clarifies'],
  specify: ['specified', 'specifies'],
  decry: ['decried', 'decries'],
  summarize: ['summarized', 'summarizes'],
  ask: ['asked', 'asks'],
};

function inflect(base: string): string[] {
  if (IRREGULAR[base]) return [base, ...(IRREGULAR[base] ?? [])];
  const forms = [base];
  if (base.endsWith('e')) forms.push(`${base}d`, `${base}s`, `${base.slice(0, -1)}ing`);
  else if (/[^aeiou]y$/.test(base)) forms.push(`${base.slice(0, -1)}ied`, `${base.slice(0, -1)}ies`, `${base}ing`);
  else if (/(s|sh|ch|x|z)$/.test(base)) forms.push(`${base}ed`, `${base}es`, `${base}ing`);
  else if (/^(admit|quip|shrug|regret|commit|omit|permit|stop)$/.test(base))
    forms.push(`${base}${base.at(-1)}ed`, `${base}s`, `${base}${base.at(-1)}ing`);
  else forms.push(`${base}ed`, `${base}s`, `${base}ing`);
  return forms;
}

export interface VerbInfo {
  lemma: string;
  strength: Strength;
}

const VERBS = new Map<string, VerbInfo>();
for (const [strength, list] of Object.entries(BY_STRENGTH) as [Strength, string][]) {
  for (const raw of list.split(/\s+/)) {
    const base = raw.replace(/_.*$/, '');
    if (!base) continue;
    for (const form of inflect(base)) if (!VERBS.has(form)) VERBS.set(form, { lemma: base, strength });
  }
}

/**
 * The reporting verb a word is, or null ("speculated" -> weak). Lower-case input (a token's `lower`): it is
 * not lowered again, which made a new string to hash for every word of every sentence asked about.
 */
export function reportingVerb(word: string): VerbInfo | null {
  return VERBS.get(word) ?? null;
}

/**
 * Verbs that introduce reported content (a that-clause or a bare clause) in indirect speech. Narrower than
 * the quote-adjacent list, where even "closed" or "laughed" mark a speaker.
 */
const INDIRECT = new Set(
  (
    'say tell add note state explain report write announce warn claim insist assert declare argue maintain contend ' +
    'allege stress emphasize emphasise speculate suggest believe think reckon admit concede acknowledge confess deny ' +
    'confirm estimate predict reveal disclose conclude find testify tweet post indicate fear hope concede vow promise ' +
    'agree recall complain accuse charge caution describe'
  ).split(' '),
);

export function isIndirectVerb(info: VerbInfo): boolean {
  return INDIRECT.has(info.lemma);
}
