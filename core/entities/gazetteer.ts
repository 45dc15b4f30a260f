/**
 * Name lists compiled into the model asset (see docs/credits/ner.md for sources and licenses). The tagger
 * does not trust them blindly: list hits are features whose weights were learned from annotated text.
 */

export type GazetteerCategory = 'first' | 'country' | 'city' | 'region';

export interface GazetteerData {
  /** Lowercased first names, newline-separated. */
  first: string;
  /** Lowercased place names as space-joined tokens, newline-separated, per category. */
  country: string;
  city: string;
  region: string;
}

/** Characters outside printable ASCII: letters that may carry accents. */
const DIACRITIC = /[^\x20-\x7e]/;
const COMBINING_MARKS = /\p{M}+/gu;

/** Longest place name we look for, in tokens. */
const MAX_PHRASE = 4;

const CATEGORY_BITS: Record<Exclude<GazetteerCategory, 'first'>, number> = { country: 1, city: 2, region: 4 };

export interface GazetteerHit {
  category: Exclude<GazetteerCategory, 'first'>;
  /** Position of the token within the match: begin, inside, end, single. */
  part: 'B' | 'I' | 'E' | 'S';
}

const CATEGORIES = Object.entries(CATEGORY_BITS) as [GazetteerHit['category'], number][];
/** The hits are the same few values everywhere: made once, shared, and never changed. */
const HITS = Object.fromEntries(
  CATEGORIES.map(([category]) => [
    category,
    Object.fromEntries((['B', 'I', 'E', 'S'] as const).map((part) => [part, Object.freeze({ category, part })])),
  ]),
) as Record<GazetteerHit['category'], Record<GazetteerHit['part'], Readonly<GazetteerHit>>>;

export class Gazetteer {
  private readonly firstNames: Set<string>;
  private readonly phrases = new Map<string, number>();
  /** First words of all phrases, so most tokens are ruled out with one lookup. */
  private readonly starts = new Set<string>();
  /** Words that a longer phrase goes on from ("new", "new york"): where none does, matching stops. */
  private readonly goesOn = new Set<string>();

  constructor(data: GazetteerData) {
    this.firstNames = new Set(data.first.split('\n').filter(Boolean));
    for (const [cat, bit] of Object.entries(CATEGORY_BITS)) {
      const list = data[cat as keyof typeof CATEGORY_BITS];
      for (const name of list.split('\n')) {
        if (!name) continue;
        // English copy writes most places without their accents ("Sao Paulo", "Bogota"): both forms are listed,
        // but for short one-word names whose plain form is an English word ("Savè" is no "Save").
        const plain =
          DIACRITIC.test(name) && (name.length >= 6 || name.includes(' '))
            ? name.normalize('NFD').replace(COMBINING_MARKS, '')
            : name;
        for (const form of plain === name ? [name] : [name, plain]) {
          this.phrases.set(form, (this.phrases.get(form) ?? 0) | bit);
          const space = form.indexOf(' ');
          this.starts.add(space < 0 ? form : form.slice(0, space));
          for (let at = space; at >= 0; at = form.indexOf(' ', at + 1)) this.goesOn.add(form.slice(0, at));
        }
      }
    }
  }

  /** Whether a lowercased name, tokens joined by spaces, is a country of the lists ("south korea"). */
  isCountry(lower: string): boolean {
    return ((this.phrases.get(lower) ?? 0) & CATEGORY_BITS.country) !== 0;
  }

  /** Whether a lowercased name, tokens joined by spaces, is a country, city or region of the lists. */
  isPlace(lower: string): boolean {
    return this.phrases.has(lower);
  }

  isFirstName(lower: string): boolean {
    return this.firstNames.has(lower);
  }

  /**
   * Longest gazetteer match starting at each token (where `startable`, when given), as hits per token
   * (lowercased tokens in; undefined = none).
   */
  match(lower: readonly string[], startable?: readonly boolean[]): (GazetteerHit[] | undefined)[] {
    const hits: (GazetteerHit[] | undefined)[] = new Array(lower.length);
    for (let i = 0; i < lower.length; i++) {
      if ((startable && !startable[i]) || !this.starts.has(lower[i] as string)) continue;
      let key = '';
      let best = 0;
      let bestBits = 0;
      for (let n = 1; n <= MAX_PHRASE && i + n <= lower.length; n++) {
        key = n === 1 ? (lower[i] as string) : `${key} ${lower[i + n - 1]}`;
        const bits = this.phrases.get(key);
        if (bits !== undefined) {
          best = n;
          bestBits = bits;
        }
        if (!this.goesOn.has(key)) break;
      }
      if (best === 0) continue;
      for (const [category, bit] of CATEGORIES) {
        if (!(bestBits & bit)) continue;
        const parts = HITS[category];
        for (let k = 0; k < best; k++) {
          const hit = best === 1 ? parts.S : k === 0 ? parts.B : k === best - 1 ? parts.E : parts.I;
          let list = hits[i + k];
          if (!list) {
            list = [];
            hits[i + k] = list;
          }
          list.push(hit);
        }
      }
      i += best - 1;
    }
    return hits;
  }
}
