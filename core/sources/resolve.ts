import { GOVERNMENT_CAPITALS } from '../entities/lexicon';
import type { BodyLink, CitationKind, Entity } from '../types';
import { nameKey, outletByName } from './publisher-db';
import type { SpeakerParts, SpeakerPhrase } from './speaker';
import { DOCUMENT_NOUNS, ORG_NOUNS } from './words';

/** One source the article cites, as resolved over the whole text. */
export interface Speaker {
  source: string;
  kind: CitationKind;
  description?: string;
  /** Head noun of the description, for "the security firm" -> "The Soufan Group". */
  heads: Set<string>;
  href?: string;
  keys: Set<string>;
  lastAt: number;
  /** An unnamed single person ("a Pakistani government official"), whom "he" or "she" can refer to. */
  singular?: boolean;
  /** The writer, met as "I" or "we": never the "he" or "she" of a later sentence. */
  writer?: boolean;
}

/** Names of public bodies, which "the company" or "the firm" never refers back to. */
const PUBLIC_BODY =
  /\b(Office|Ministry|Department|Agency|Council|Police|Statistics|University|Court|Commission|Government|Authority|Service|Parliament|Congress|Senate|Bureau|Administration|Institute|Foundation|Party|Union|Association)\b/;

/** The offices of a head of government, whose last word other ministers share. */
const HEAD_OF_GOVERNMENT = /\b((?:deputy )?(?:prime|first) minister)$/i;
/** Offices a person is named with, which "the minister" refers back to only through the name they were given with. */
const OFFICES =
  /^((?:deputy )?(?:prime |first )?minister|president|governor|senator|mayor|secretary|chancellor|premier|judge|ambassador|commissioner|chairman|chairwoman|director|spokesman|spokeswoman|spokesperson|prosecutor|sheriff|coach|captain|manager|general)$/;

/** Seats of government that stories make speak for it: "The White House said", "Downing Street said". */
const GOVERNMENT_SEATS = new Set([
  'White House',
  'Downing Street',
  'Élysée',
  'Élysée Palace',
  'Elysee',
  'Elysee Palace',
  'Blue House',
  'Zhongnanhai',
]);

const NEWS_KINDS = new Set([
  'newspaper',
  'broadcaster',
  'newswire',
  'magazine',
  'digital',
  'blog',
  'state-media',
  'satire',
  'fact-checker',
  'academic',
]);

export function isOutletName(name: string): boolean {
  const record = outletByName(name);
  return !!record && !!record.kind && NEWS_KINDS.has(record.kind);
}

/**
 * Whether a name is written exactly as a news outlet's ("Axios", "Fox News"): the entity stage asks it of
 * names the tagger read as people ("first reported by Axios").
 */
export function isNewsOutletCalled(name: string): boolean {
  const record = outletByName(name);
  return !!record && record.name === name && !!record.kind && NEWS_KINDS.has(record.kind);
}

function lastWord(key: string): string {
  return key.split(' ').pop() ?? key;
}

function firstWord(key: string): string {
  return key.split(' ')[0] ?? key;
}

/**
 * Keeps the speakers met so far and resolves each new phrase against them: pronouns to the latest fitting
 * speaker, "the security firm" to the firm described that way, "Soufan Group" or "Smith" to the full name.
 */
export class SpeakerRegistry {
  readonly speakers: Speaker[] = [];

  constructor(
    private readonly entities: Entity[],
    private readonly links: BodyLink[],
    private readonly personMentions: { name: string; start: number }[],
    private readonly text: string,
    private readonly author: string | null = null,
    private readonly isCountry?: (lowercased: string) => boolean,
  ) {}

  /** A country or a capital that speaks for its government ("Russia said", "Beijing warned"). */
  private governs(place: string): boolean {
    return (
      GOVERNMENT_CAPITALS.includes(place) ||
      GOVERNMENT_SEATS.has(place) ||
      this.isCountry?.(place.toLowerCase()) === true
    );
  }

  /**
   * Whether the text gives the person `name` the office at some mention: as a title right before it
   * ("Foreign Minister Ana Ruiz") or in an apposition right after it ("Ana Ruiz, the foreign minister,").
   */
  private heldBy(name: string, office: string): boolean {
    // A British secretary of state or chancellor is a minister: "Home Secretary Yvette Cooper … The minister said".
    const titles = office === 'minister' ? '(?:minister|secretary|chancellor)' : office;
    const before = new RegExp(`\\b${titles}\\s+(?:\\S+\\s+){0,1}$`, 'i');
    const after = new RegExp(`^[^.;:!?]{0,6},\\s[^.;:!?,]{0,40}\\b${titles}\\b`, 'i');
    return this.personMentions.some(
      (m) =>
        m.name === name &&
        (before.test(this.text.slice(Math.max(0, m.start - 40), m.start)) ||
          after.test(this.text.slice(m.start + name.length, m.start + name.length + 60))),
    );
  }

  private entityAt(start: number, end: number): Entity | undefined {
    return this.entities.find((e) => e.mentions.some((m) => m.start < end && m.end > start));
  }

  private linkAt(start: number, end: number): string | undefined {
    return this.links.find((l) => l.start < end && l.end > start)?.href;
  }

  private latest(pred: (s: Speaker) => boolean, at: number): Speaker | undefined {
    let best: Speaker | undefined;
    for (const s of this.speakers) if (s.lastAt <= at && pred(s) && (!best || s.lastAt > best.lastAt)) best = s;
    return best;
  }

  private touch(s: Speaker, at: number, href?: string): Speaker {
    s.lastAt = Math.max(s.lastAt, at);
    if (href && !s.href) s.href = href;
    return s;
  }

  private add(s: Omit<Speaker, 'keys' | 'heads' | 'lastAt'>, at: number, head?: string): Speaker {
    const speaker: Speaker = {
      ...s,
      keys: new Set([nameKey(s.source)]),
      heads: new Set(head ? [head] : []),
      lastAt: at,
    };
    if (s.description) speaker.heads.add(lastWord(nameKey(s.description)));
    this.speakers.push(speaker);
    return speaker;
  }

  /** The speaker with this name, made on first use. */
  private named(name: string, kind: CitationKind, at: number): Speaker {
    const key = nameKey(name);
    const existing = this.speakers.find((s) => s.keys.has(key));
    return existing ? this.touch(existing, at) : this.add({ source: name, kind }, at);
  }

  /**
   * The full name of a person the text named before `at` and now names by one word: the latest with that
   * last name, else the one person with that first name ("Lupita told police" after "Lupita Nyong'o").
   */
  private fullNameBefore(key: string, at: number): string | undefined {
    const earlier = this.personMentions.filter((m) => m.start < at);
    const byLast = earlier.findLast((m) => lastWord(nameKey(m.name)) === key);
    if (byLast) return byLast.name;
    const byFirst = new Set(
      earlier.filter((m) => m.name.includes(' ') && firstWord(nameKey(m.name)) === key).map((m) => m.name),
    );
    return byFirst.size === 1 ? [...byFirst][0] : undefined;
  }

  resolve(p: SpeakerPhrase, parts: SpeakerParts): Speaker | null {
    const at = p.start;
    const href = this.linkAt(p.start, p.end);
    if (parts.kind === 'pronoun') {
      const pron = parts.head ?? '';
      let s: Speaker | undefined;
      if (/^(he|she|him|her|his|hers)$/.test(pron)) {
        s = this.latest((x) => (x.kind === 'person' && !x.writer) || (x.kind === 'anonymous' && !!x.singular), at);
        // A person named since the last speaker, in a later paragraph, is the likelier referent
        // ("Gov. Paul Hendricks declared ... “...,” he told reporters").
        const mention = [...this.personMentions].reverse().find((m) => m.start < at);
        const sameParagraph = s && !this.text.slice(s.lastAt, at).includes('\n\n');
        if (mention && (!s || (mention.start > s.lastAt && !sameParagraph)))
          return this.named(mention.name, 'person', at);
      } else if (pron === 'it') s = this.latest((x) => x.kind !== 'person' && x.kind !== 'anonymous', at);
      // "They" is a group: never the last person quoted ("Republicans are pushing the bill. They say ..."
      // after a union leader spoke). With no group met so far, the statement goes unattributed.
      else if (pron === 'they' || pron === 'them') s = this.latest((x) => x.kind !== 'person', at);
      // "I told him" outside quotation marks is the writer of the piece.
      else if (/^(i|me|we|us|my)$/.test(pron)) {
        const writer = this.named(this.author ?? 'the author', 'person', at);
        // The byline's name may already be a source the article quotes; only the unnamed writer is set apart.
        if (!this.author) writer.writer = true;
        return writer;
      } else return null;
      return s ? this.touch(s, at) : null;
    }

    if (parts.name) {
      // The entity named by the name itself before one in its description ("Ajmi Lourimi, a member of
      // Ennahda's general secretariat" is Lourimi, not Ennahda); any in the phrase when the name has none.
      const nameAt = p.text.indexOf(parts.name);
      // A person's full name the entities missed keeps its own ("The BBC’s Lyse Doucet" is not the BBC).
      const fullPersonName =
        parts.kind === 'person' &&
        !!parts.description &&
        /^\p{Lu}[\p{L}’'-]+(?: \p{Lu}[\p{L}’'-]+){1,2}$/u.test(parts.name);
      // A named study is its own source: the place or the firm inside its name is not ("the 2025 North
      // America Rental Car Satisfaction Study" is no statement of North America's).
      const entity =
        parts.kind === 'document'
          ? undefined
          : ((nameAt >= 0 ? this.entityAt(p.start + nameAt, p.start + nameAt + parts.name.length) : undefined) ??
            (fullPersonName ? undefined : this.entityAt(p.start, p.end)));
      // "Reuters’ Idrees Ali" where the entities found only "Ali": the name as written is the fuller one.
      // Only after a body's possessive: elsewhere the words before may be a title ("Deputy Editor Katie…").
      const fuller =
        entity?.type === 'person' &&
        fullPersonName &&
        /[’']s?$/.test(parts.description ?? '') &&
        parts.name.endsWith(` ${entity.name}`);
      let source = fuller ? parts.name : (entity?.name ?? parts.name);
      let organizationByShortName = false;
      // "Reid said" after "her nephew, Thomas Reid": the full name the article gave.
      if (!entity && parts.kind === 'person' && !source.includes(' ')) {
        const key1 = nameKey(source);
        const known = this.speakers.some(
          (s) => s.keys.has(key1) || (s.kind === 'person' && lastWord([...s.keys][0] ?? '') === key1),
        );
        const full = known ? undefined : this.fullNameBefore(key1, at);
        if (full) source = full;
        // "Norvik said" after "Norvik Semiconductor": organizations are shortened to their first word.
        else if (!known) {
          const before = this.text.slice(0, at);
          const long = new RegExp(`\\b${source.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}((?: [A-Z][\\w&.-]*)+)`).exec(
            before,
          );
          if (long) {
            source = long[0];
            organizationByShortName = true;
          }
        }
      }
      const key = nameKey(source);
      const keyAlt = nameKey(parts.name);
      const existing =
        this.speakers.find((s) => s.keys.has(key) || s.keys.has(keyAlt)) ??
        (parts.kind === 'person' && !key.includes(' ')
          ? this.speakers.find((s) => s.kind === 'person' && lastWord([...s.keys][0] ?? '') === key)
          : undefined) ??
        this.speakers.find(
          (s) =>
            s.kind !== 'person' &&
            [...s.keys].some((k) => k.length > 3 && key.length > 3 && (k.endsWith(` ${key}`) || key.endsWith(` ${k}`))),
        );
      if (existing) {
        existing.keys.add(key);
        if (parts.head) existing.heads.add(parts.head);
        if (parts.description && !existing.description) existing.description = parts.description;
        return this.touch(existing, at, href);
      }
      let kind: CitationKind =
        parts.kind === 'organization' ? 'organization' : parts.kind === 'document' ? 'document' : 'person';
      if (entity) kind = entity.type === 'person' ? 'person' : entity.type === 'organization' ? 'organization' : kind;
      // A law, a product or an event the entities name ("according to the British Bill") is no person.
      if (entity?.type === 'other' && kind === 'person') kind = 'other';
      if (entity?.type === 'place' && source === entity.name && this.governs(entity.name)) kind = 'organization';
      if (organizationByShortName) kind = 'organization';
      // "Express" inside "American Express" is no Daily Express: a word of the entity's name is not asked alone.
      const names =
        entity && !entity.name.includes(parts.name) ? [entity.name, parts.name] : [entity?.name ?? parts.name];
      if (names.some(isOutletName)) kind = 'outlet';
      const speaker: Omit<Speaker, 'keys' | 'heads' | 'lastAt'> = { source, kind };
      // A description that is only part of the entity's name ("Downing" of "Downing Street") describes nothing.
      if (parts.description && !entity?.name.includes(parts.description)) speaker.description = parts.description;
      if (href) speaker.href = href;
      const made = this.add(speaker, at, parts.head);
      if (entity) for (const a of entity.aliases) made.keys.add(nameKey(a));
      // The name as the phrase split it, unless it is only the entity's last word ("Express" of "American
      // Express"): that would make "The Daily Express" this speaker too.
      if (!entity || keyAlt.includes(' ') || !key.endsWith(` ${keyAlt}`)) made.keys.add(keyAlt);
      return made;
    }

    // Descriptions: a definite one refers back when a speaker fits it. A prime or first minister is no
    // other minister ("Jeremy Hunt, the Health Secretary" is not "the Prime Minister").
    const head = HEAD_OF_GOVERNMENT.exec(parts.label)?.[1]?.toLowerCase() ?? parts.head ?? '';
    if (parts.definite) {
      const fit =
        this.latest((s) => s.heads.has(head), at) ??
        (parts.kind === 'definite' &&
        /^(company|firm|group|organization|organisation|business|maker|app|platform)$/.test(head)
          ? this.latest((s) => s.kind === 'organization' && !PUBLIC_BODY.test(s.source), at)
          : undefined) ??
        (parts.kind === 'definite'
          ? this.latest(
              (s) =>
                (s.kind === 'organization' || s.kind === 'outlet') &&
                [...s.keys].some((k) => k.split(' ').includes(head)),
              at,
            )
          : undefined);
      // "The Osaka-born architect" right after "Kenji Mori": the person just named. "The minister said" is
      // the person just named only if the text gives them that office somewhere ("Foreign Minister Ana Ruiz",
      // "Ruiz, the minister"): another person named just before is not.
      const pointsBack = parts.kind === 'definite' && /^(the|this|that)\b/i.test(parts.label);
      const justNamed =
        pointsBack && isPersonish(head)
          ? [...this.personMentions].reverse().find((m) => m.start < at && at - m.start < 200)
          : undefined;
      const office = OFFICES.test(head);
      // Or, for an office, the latest person the text gives it to ("Prime Minister David Cameron … Jeremy Hunt,
      // the Health Secretary, said… The Prime Minister said").
      const holder =
        justNamed && (!office || this.heldBy(justNamed.name, head))
          ? justNamed
          : office && pointsBack
            ? [...this.personMentions].reverse().find((m) => m.start < at && this.heldBy(m.name, head))
            : undefined;
      // The minister cited before fits "the minister" until another holder of the office is named after them
      // ("Rachel Reeves, the chancellor, met bankers. The minister said…" after Yvette Cooper was cited).
      const newHolder =
        office && !!holder && !!fit && holder.start > fit.lastAt && nameKey(holder.name) !== nameKey(fit.source);
      if (fit && !newHolder) {
        fit.heads.add(head);
        return this.touch(fit, at, href);
      }
      if (holder) {
        const s = this.named(holder.name, 'person', at);
        s.heads.add(head);
        return s;
      }
    }
    const source = parts.label.replace(/^(The|This|That)\b/, (w) => w.toLowerCase());
    const key = nameKey(source);
    const same = this.speakers.find((s) => s.keys.has(key));
    if (same) return this.touch(same, at, href);
    const kind: CitationKind =
      parts.kind === 'document'
        ? 'document'
        : parts.kind === 'organization' ||
            (parts.kind === 'definite' &&
              !/^(official|officials|source|sources|person|people)$/.test(head) &&
              !isPersonish(head))
          ? 'organization'
          : parts.kind === 'other'
            ? 'other'
            : 'anonymous';
    const speaker: Omit<Speaker, 'keys' | 'heads' | 'lastAt'> = { source, kind };
    if (href) speaker.href = href;
    if (kind === 'anonymous' && isPersonish(head) && !/s$/.test(head)) speaker.singular = true;
    return this.add(speaker, at, head);
  }
}

export function isPersonish(words: string): boolean {
  // "prime minister": the head word is the last.
  const head = words.slice(words.lastIndexOf(' ') + 1);
  if (
    /^[a-z]+(?:or|er|ist|ian)s?$/.test(head) &&
    !ORG_NOUNS.has(head) &&
    !DOCUMENT_NOUNS.has(head) &&
    !/(?:paper|center|order|letter|number|water|power|matter|quarter|border|winter|summer|corner)s?$/.test(head)
  )
    return true;
  return (
    /^\d+-year-old$/.test(head) ||
    // Whole words only: an "overhead" is no head.
    /^(head|boss|deputy)s?$/.test(head) ||
    /^\w*(man|woman|person|opponent|rival|teammate|partner|colleague|pal|mate|insider|architect|singer|actor|artist|writer|designer|player|star|chef|candidate|founder|owner|official|officer|spokes\w*|source|witness|resident|expert|analyst|aide|adviser|advisor|lawyer|attorney|doctor|minister|president|leader|member|executive|director|chief|secretary|judge|mayor|governor|coach|player|researcher|scientist|professor|worker|employee|neighbou?r|friend|mother|father|victim)s?$/.test(
      head,
    )
  );
}
