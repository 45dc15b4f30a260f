/**
 * Judges each block of the extracted body: keep it, drop it as page furniture, or move it to
 * `article.notes` because it says something about the piece (licensing, syndication, contact lines,
 * corrections). Rules are general: vocabulary, link density, text repeated elsewhere in the page, and
 * position at the start or end of the body, where furniture collects.
 */
import { countWords, hasNoSpaceScript } from '../../text/words';
import type { PageNote } from '../../types';
import type { Block } from '../blocks';
import { elementsByTag, LINK_TAGS, squashText } from '../dom';
import {
  ABOUT_AUTHOR_HEADING,
  APPEAL,
  CALL_TO_ACTION,
  CREDIT,
  CUT_OFF_EXCERPT,
  FURNITURE,
  IMAGE_SOURCE,
  NEWSLETTER_PROMO,
  noteKindOf,
  PAYWALL_PROMPT,
  READER_CALLOUT,
  RELATED_LEAD,
  SIGNUP_FINE_PRINT,
  TAIL_HEADING,
  TRANSCRIPT_NOTICE,
} from './vocabulary';

export interface BlockContext {
  title: string;
  authorNames: string[];
  authorRoles: string[];
  /** Normalized texts that occur two or more times in the page (a Set, or a lookup that builds one on demand). */
  repeatedTexts: { has(text: string): boolean };
}

/**
 * Words of a block, as separated by spaces (a web address is one); Chinese and Japanese paragraphs, written
 * without spaces, count by characters, so that a long one is not judged as a short label.
 */
const wordsIn = (text: string): number =>
  hasNoSpaceScript(text) ? countWords(text) : text.split(/\s+/).filter(Boolean).length;

const DATE_LINE =
  /^(?:(?:published|updated|posted|last updated|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|atualizado|gepubliceerd|bijgewerkt)\b.{0,60}|.{0,40}\b(?:\d{1,2}:\d{2}|(?:19|20)\d{2}|\d+ (?:min|mins|minutes|hours?|days?) ago)\b.{0,30})$/i;
/** "Published June 23, 2025 10:39AM", "Updated 3 hours ago": a time stamp line, anywhere in the body. */
const STAMP_LINE =
  /^(?:this (?:post|article|page|story|guide) (?:was|has been) (?:last )?updated|published|updated|posted|last updated|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|atualizado|gepubliceerd|bijgewerkt)(?: on| am| le| el| il| em| op)?:?\s.{0,40}(?:\d{1,2}:\d{2}|(?:19|20)\d{2}|ago)\b.{0,12}$/i;
const READING_TIME =
  /^(?:\d+\s*(?:min(?:ute)?s?\.?|minuten|minutes)\s*(?:read|lesezeit|de lecture|de lectura|di lettura|de leitura|leestijd)?|(?:estimated )?reading time\s*:?\s*\d+\s*(?:min(?:ute)?s?\.?)?)$/i;
const COUNTER_LINE =
  /^[\d,.]+\s*[km]?\s*(?:views?|comments?|shares?|likes?|reads?|aufrufe|vues|visitas|visualizzazioni|visualizações|weergaven)$/i;
/** "By Jane Doe", "BY JANE DOE": tested with its first word lowercased, as \p{Lu} under the `i` flag matches any letter. */
const BY_LINE = /^(?:by|von|par|por|di|door)\s+\p{Lu}/u;
/** Where a byline's date or update note begins: "· Updated Nov. 20", "| Published 3 hours ago". */
const BYLINE_TAIL = /\s+[·|•]\s+|\s+(?=(?:updated|published|posted)\b)/i;
const EDGE_LABEL = /\b(?:exclusive|premium|sponsored|subscriber[- ]only|members? only)\b/i;
const firstWordLowered = (text: string): string => text.replace(/^\S+/, (word) => word.toLowerCase());
/**
 * Who wrote or checked the piece, as a line of its own: "Written by Cassidy Horton", "Reviewed by: Brian
 * Stormont". Tested with the first letter lowercased: under the `i` flag, \p{Lu} would match any letter.
 */
const CREDIT_LINE =
  /^(?:written|reviewed|edited|fact[- ]checked|medically reviewed|reported|produced|updated)(?: and [a-z-]+)? by\s*[:,]?\s+\p{Lu}/u;
/** The site's filing labels: "Category: Personal Finance", "Tags: budgeting, saving", "Filed under: Health". */
const TAXONOMY_LINE = /^(?:categor(?:y|ies)|topics?|tags?|filed under|posted in)\s*:/i;
/** An in-page anchor's name printed as text: "#heading1". */
const ANCHOR_LABEL = /^#\p{L}[\w-]*$/u;
/**
 * A publishing system's placeholder left as text: "[adthrive-video-player video-id=…]", "[/caption]". A
 * bracketed description ("[figure 4: the repository after the merge]") has no attributes and stays.
 */
const SHORTCODE = /^\[\/?[a-z][\w-]*(?:\s+[\w-]+=[^\]]*)?\]$/;

/** A pointer set in brackets: "[ Also read Remote work: 3 cultural benefits. ]", "[ Want more advice? Read … ]". */
const BRACKETED_POINTER = /^\[\s*(?:also read|read|related|see also|want more|get the|download)\b[^\]]*\]$/i;

/**
 * A caption that ends with its picture's credit: "Homestead gardening boosts food security … Photo : BSS",
 * "Crowds gathered on Monday (Photo: AP)". Story paragraphs end with a full stop, not a credit.
 */
const CAPTION_WITH_CREDIT =
  /(?:\b(?:photos?|images?|pictures?|file photo|fotos?)\s*(?:credit|by)?\s*:\s*[\p{L}\p{N}&'’/ .-]{1,40}|\(\s*(?:photos?|images?|file photo|fotos?)\s*(?:(?:credit|by)\s*:?|:)\s*[^()]{1,40}\))$/iu;

/** A sentence's end, perhaps inside a closing quote: a credit or caption line does not have one. */
const ENDS_SENTENCE = /[.!?]["”’]?$/;

/** A picture's credit alone on its line: "Courtesy of brand", "Courtesy of the artist". */
const PICTURE_COURTESY = /^(?:\(?(?:photo |image )?courtesy(?: of)? [^.]{2,40}\)?)$/i;

/** Placeholder text a page template left in: "Lorem ipsum dolor sit amet…". */
const LOREM = /^lorem ipsum(?:\s+dolor\b|\s*\d*$)/i;
const DUMMY_LATIN = /\b(?:consectetur|adipisicing|adipiscing|eiusmod|incididunt|reprehenderit|exercitation ullamco)\b/i;

/** The page's account and subscription state: "Sign in to your XDA account", "Awesome, you're subscribed!". */
const ACCOUNT_STATE =
  /^(?:sign in to your [\p{L}\p{N} ]{1,30} account|you are signed (?:in|out)|(?:awesome, |great, |thanks?,? )?you['’]re (?:now )?subscribed!?|thanks? for subscribing!?)\.?$/iu;

/** Labels of a sponsor or a partner, alone on their line: "Brought to you by", "In partnership with". */
const SPONSOR_LABEL = /^(?:brought to you by|in partnership with|presented by|sponsored by|powered by)\s*:?$/i;

/** Prompts to save the piece to a pinboard: "Enjoy the post? Pin it for later!", "PIN IT HERE". */
const PIN_PROMPT = /\bpin (?:it|this|me)(?: (?:for later|here|now|to pinterest))?!?$/i;

/** A web address alone on its line at the end of the body: a reference list the links already carry. */
const URL_LINE = /^(?:https?:\/\/|www\.)\S+$/i;

/** A label over the author box: "Author", "Writer", "About the Author:". */
const AUTHOR_LABEL =
  /^(?:author|writer|contributor|co-?founder|founder|about the (?:author|writer|contributor)s?)\s*:?$/i;

/** What a page's script printed where a value was missing: "$undefined", "null", "[object Object]". */
const TEMPLATE_JUNK = /^[\s$€£]*(?:undefined|null|NaN|\[object Object\])[\s.]*$/;

/** A pointer to the site's review of a product in a buying guide: "Read our full Acer Swift 16 AI review". */
const OWN_REVIEW_POINTER =
  /^(?:read|see) our (?:full |complete |in-depth )?(?:[\p{L}\p{N}()+.'’&-]+ ){0,8}review\.?$/iu;

/** A pointer behind arrows: ">> Check Out: Best PoE Security Camera Systems in 2026", "» Read: …". */
const ARROW_POINTER =
  /^(?:>>|»|→|➡️?)\s*(?:check out|compare|read(?: more| also| next)?|see(?: also)?|related|more)\s*:/i;

/**
 * A button's label, its arrow at the end: "Add to Goodreads To-Read List →", "Read the full report »".
 * A link, not a heading: a post's own subheads may end in arrows too.
 */
const ARROW_BUTTON = /^[^.!?]{2,60}\s(?:→|»|›|⟶|➔|➜)$/u;

/**
 * A sales box set inside a company's post: a question to the reader, then the pitch. "Want to see how it
 * works? Learn more here.", "Ready to simplify your nutrition? Get started today."
 */
const SALES_QUESTION =
  /^(?:ready to|want to|looking (?:for|to)|need (?:help|a|an|to)|interested in|curious (?:about|how))\b[^?]{3,100}\?/i;

/** A shop button's label: "Shop Puma Today", "Start Shopping Now", "Order Vans Today". */
const SHOP_BUTTON =
  /^(?:(?:shop|order|buy|try|start shopping|get yours)\b.{0,40}\b(?:now|today)|get a (?:free )?quote|check (?:the )?(?:latest )?price|see price|view deal)[.!]?$/i;

/** A lead-in to other stories that ends its line: "Read more:", "You may be interested in the following:". */
const RELATED_INVITE =
  /^(?:related(?: (?:content|articles?|stories|posts|reading|links|resources))?|read (?:more|also|next)|also (?:read|check(?: out)?)|see also|check out next|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)\b[^:]*)\s*:\s*$/;

export type Verdict = { action: 'keep' } | { action: 'drop'; reason: string } | { action: 'note'; note: PageNote };

function linkDensity(block: Block): number {
  return block.text.length ? block.linkChars / block.text.length : 0;
}

/** Furniture anywhere in the body: these blocks are never story text. */
function furnitureAnywhere(block: Block): string | null {
  const text = block.text;
  const lower = text.toLowerCase();
  const words = wordsIn(text);
  if (words <= 12 && FURNITURE.test(lower)) return 'furniture-vocabulary';
  if (words <= 25 && RELATED_LEAD.test(lower) && linkDensity(block) > 0.3) return 'related-link';
  // "Read also: <headline>" with the link lost still names another story.
  if (words <= 15 && RELATED_LEAD.test(lower) && /^[^:]{3,40}:\s/.test(text)) return 'related-link';
  // A lead-in alone on its line, its links gone or in the next block: "You may be interested in:".
  if (words <= 12 && RELATED_INVITE.test(lower)) return 'related-link';
  if (words <= 15 && OWN_REVIEW_POINTER.test(text)) return 'related-link';
  if (words <= 20 && ARROW_POINTER.test(text)) return 'related-link';
  if (words <= 8 && ARROW_BUTTON.test(text) && linkDensity(block) >= 0.5 && !isHeading(block)) return 'call-to-action';
  if (words <= 6 && SHOP_BUTTON.test(text)) return 'call-to-action';
  if (words <= 30 && SALES_QUESTION.test(text) && CALL_TO_ACTION.test(lower)) return 'call-to-action';
  if (words <= 25 && PAYWALL_PROMPT.test(text)) return 'paywall-prompt';
  if (words <= 60 && TRANSCRIPT_NOTICE.test(text)) return 'transcript-notice';
  if (words <= 60 && APPEAL.test(text)) return 'appeal';
  if (words <= 40 && NEWSLETTER_PROMO.test(text)) return 'newsletter-promo';
  if (words <= 80 && SIGNUP_FINE_PRINT.test(text)) return 'newsletter-promo';
  if (words <= 80 && READER_CALLOUT.test(text)) return 'reader-callout';
  if (words <= 25 && CREDIT.test(text) && !ENDS_SENTENCE.test(text)) return 'credit';
  if (words <= 12 && IMAGE_SOURCE.test(text)) return 'credit';
  if (words <= 50 && CAPTION_WITH_CREDIT.test(text) && !ENDS_SENTENCE.test(text)) return 'caption';
  if (words <= 10 && STAMP_LINE.test(text)) return 'date-line';
  if (words <= 10 && CREDIT_LINE.test(text.charAt(0).toLowerCase() + text.slice(1))) return 'byline';
  if (words <= 12 && TAXONOMY_LINE.test(text)) return 'taxonomy';
  if (block.containers.length === 0 && ANCHOR_LABEL.test(text)) return 'anchor-label';
  if (SHORTCODE.test(text)) return 'shortcode';
  if (TEMPLATE_JUNK.test(text)) return 'template-junk';
  if (words <= 10 && ACCOUNT_STATE.test(text)) return 'account-state';
  if (SPONSOR_LABEL.test(text)) return 'sponsor-label';
  if (words <= 10 && PIN_PROMPT.test(text)) return 'call-to-action';
  if (words <= 3 && COUNTER_LINE.test(text)) return 'counter';
  if (words <= 6 && PICTURE_COURTESY.test(text)) return 'credit';
  if (words <= 40 && BRACKETED_POINTER.test(text)) return 'related-link';
  if (block.tag !== 'bare' && words <= 20 && linkDensity(block) > 0.9 && words >= 2 && block.containers.length === 0)
    return 'link-only';
  return null;
}

/** Furniture that shows itself only at the edges: bylines, dates, the repeated headline, short link lines. */
function furnitureAtEdge(block: Block, context: BlockContext, atStart: boolean): string | null {
  const text = block.text;
  const words = wordsIn(text);
  if (words > 25) return null;
  if (atStart && squashText(text) === squashText(context.title)) return 'title-repeat';
  if (DATE_LINE.test(text) && words <= 12) return 'date-line';
  if (READING_TIME.test(text) || COUNTER_LINE.test(text)) return 'counter';
  // "By Alicia Romero and Ben Carter · Updated Nov. 20, 2026": the names part counts, not the date after it.
  if (atStart && BY_LINE.test(firstWordLowered(text)) && wordsIn(text.split(BYLINE_TAIL)[0] ?? text) <= 10)
    return 'by-line';
  // A label the site sets over or under the piece ("EXCLUSIVE", "STAT+ Exclusive Story", "Premium"), not a line of it.
  if (words <= 4 && EDGE_LABEL.test(text) && !/[.!?]$/.test(text)) return 'edge-label';
  // A byline line: the author's name or printed role, perhaps with the date.
  const squashed = squashText(text);
  const names = [...context.authorNames, ...context.authorRoles].map(squashText).filter((n) => n.length > 2);
  if (
    words <= 15 &&
    names.some((name) => squashed === name || squashed.startsWith(`${name} `) || squashed.endsWith(` ${name}`))
  )
    return 'byline';
  // Repeated short texts are furniture, except in tables and lists, where repeated values are data.
  if (
    words <= 12 &&
    block.containers.length === 0 &&
    /\p{L}{3}/u.test(text) &&
    context.repeatedTexts.has(squashText(text))
  ) {
    return 'repeated-text';
  }
  if (linkDensity(block) > 0.5 && words <= 15 && block.tag !== 'bare') return 'edge-links';
  if (!atStart && CALL_TO_ACTION.test(text.toLowerCase())) return 'call-to-action';
  if (!atStart && words === 1 && URL_LINE.test(text)) return 'url-line';
  if (!atStart && AUTHOR_LABEL.test(text)) return 'author-label';
  // The lead-in to the publisher's appeal, left last once the appeal itself is gone ("A message from John
  // Furrier, co-founder of SiliconANGLE:"). Other lines ending in a colon stay: a piece cut off by a
  // paywall ends on one ("Then I use this prompt:"), and the reader sees it.
  if (!atStart && words <= 15 && /^an? (?:message|word|note) from\b.*:$/i.test(text)) return 'appeal-lead-in';
  return null;
}

/** Judges blocks; returns what to keep, in order, and the notes found. */
export function judgeBlocks(
  blocks: Block[],
  context: BlockContext,
): { kept: Block[]; notes: PageNote[]; dropped: number; printedByline: string | null } {
  const verdicts: Verdict[] = blocks.map((block) => {
    const words = wordsIn(block.text);
    const noteKind = words <= 120 ? noteKindOf(block.text) : null;
    if (noteKind) return { action: 'note', note: { kind: noteKind, text: block.text } };
    const reason = furnitureAnywhere(block);
    return reason ? { action: 'drop', reason } : { action: 'keep' };
  });

  dropPlaceholders(blocks, verdicts);
  dropTablesOfContents(blocks, verdicts);
  keepLinkedSubheads(blocks, verdicts);
  cutTail(blocks, verdicts);
  dropHeadingsOfFurniture(blocks, verdicts);

  // Trim the edges: walk in from each end while blocks look like furniture.
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    if (verdicts[i]?.action !== 'keep') continue;
    const reason = furnitureAtEdge(block, context, true);
    if (!reason) break;
    verdicts[i] = { action: 'drop', reason };
  }
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i] as Block;
    if (verdicts[i]?.action !== 'keep') continue;
    const bio = authorBio(block, context) || unnamedBio(block, blocks);
    if (bio) {
      verdicts[i] = { action: 'note', note: { kind: 'author-bio', text: block.text } };
      continue;
    }
    if (labelsBio(block, verdicts[i + 1])) {
      verdicts[i] = { action: 'drop', reason: 'bio-label' };
      continue;
    }
    const reason = furnitureAtEdge(block, context, false);
    if (!reason) break;
    verdicts[i] = { action: 'drop', reason };
  }

  const kept: Block[] = [];
  const notes: PageNote[] = [];
  let dropped = 0;
  let printedByline: string | null = null;
  blocks.forEach((block, i) => {
    const verdict = verdicts[i] as Verdict;
    if (verdict.action === 'keep') kept.push(block);
    else if (verdict.action === 'note') notes.push(verdict.note);
    else {
      dropped++;
      // The "By Jane Doe" line at the top, which the edge walk told apart from other byline furniture.
      if (verdict.reason === 'by-line' && printedByline === null) printedByline = block.text;
    }
  });
  return { kept, notes, dropped, printedByline };
}

/** Drops that ask something of the reader (sign up, pay, give, write in): a heading over them is theirs. */
const PROMPT_REASONS = new Set(['newsletter-promo', 'paywall-prompt', 'appeal', 'reader-callout', 'transcript-notice']);

/** A block set as a heading (h2-h6). */
const isHeading = (block: Block): boolean => block.tag.startsWith('h');

/**
 * A heading whose section went entirely, a prompt to the reader ("Gadget Desk Deals" over a sign-up box's
 * fine print), goes with it: alone, it would head nothing. Its section ends at the next
 * heading, or where the box holding the heading and the dropped blocks ends. A heading followed at once
 * by another heading heads subsections, and stays; so does one over a dropped credit line and then its
 * story, in the same box.
 */
function dropHeadingsOfFurniture(blocks: Block[], verdicts: Verdict[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const heading = blocks[i] as Block;
    if (verdicts[i]?.action !== 'keep' || !isHeading(heading)) continue;
    let j = i + 1;
    let dropped = 0;
    let promptsOnly = true;
    while (j < blocks.length && !isHeading(blocks[j] as Block) && verdicts[j]?.action !== 'keep') {
      const verdict = verdicts[j] as Verdict;
      if (verdict.action === 'drop') {
        dropped++;
        if (!PROMPT_REASONS.has(verdict.reason)) promptsOnly = false;
      }
      j++;
    }
    // Only over prompts to the reader: a product's name over its price and shop button is the roundup's.
    if (dropped === 0 || !promptsOnly) continue;
    const next = blocks[j];
    const box = heading.source.parentElement;
    const sectionEnds =
      next === undefined ||
      isHeading(next) ||
      (box !== null && blocks.slice(i + 1, j).every((b) => box.contains(b.source)) && !box.contains(next.source));
    if (sectionEnds) verdicts[i] = { action: 'drop', reason: 'heading-of-furniture' };
  }
}

/**
 * Placeholder text a template left among the story's paragraphs ("Lorem ipsum dolor sit amet…"). A page
 * whose other text is dummy Latin too, or shorter than the placeholders (a demo, a test page), keeps it.
 */
function dropPlaceholders(blocks: Block[], verdicts: Verdict[]): void {
  const placeholders = new Set(blocks.flatMap((block, i) => (LOREM.test(block.text) ? [i] : [])));
  if (placeholders.size === 0) return;
  // A demo of a template: its other paragraphs are dummy Latin too, or there is little else.
  let placeholderWords = 0;
  let otherWords = 0;
  for (const [i, block] of blocks.entries()) {
    if (placeholders.has(i)) placeholderWords += wordsIn(block.text);
    else if (DUMMY_LATIN.test(block.text)) return;
    else otherWords += wordsIn(block.text);
  }
  if (otherWords < placeholderWords) return;
  for (const i of placeholders)
    if (verdicts[i]?.action === 'keep') verdicts[i] = { action: 'drop', reason: 'placeholder' };
}

/**
 * A table of contents: three or more lines in a row, each a link (or links) to a part of this same page
 * ("#measure-twice-buy-once"). The headings it points to are in the story already.
 */
function dropTablesOfContents(blocks: Block[], verdicts: Verdict[]): void {
  let start = -1;
  const close = (end: number): void => {
    if (start >= 0 && end - start >= 3)
      for (let j = start; j < end; j++)
        if (verdicts[j]?.action === 'keep') verdicts[j] = { action: 'drop', reason: 'table-of-contents' };
    start = -1;
  };
  blocks.forEach((block, i) => {
    if (pointsIntoPage(block)) {
      if (start < 0) start = i;
    } else close(i);
  });
  close(blocks.length);
}

function pointsIntoPage(block: Block): boolean {
  if (linkDensity(block) < 0.9) return false;
  const anchors = elementsByTag(block.source, LINK_TAGS);
  return anchors.length > 0 && anchors.every((a) => (a.getAttribute('href') ?? '').trim().startsWith('#'));
}

/** Words of four letters or more, lowercased: what two blocks must share to be about the same thing. */
const contentWords = (text: string): Set<string> =>
  new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !COMMON_WORDS.has(w)));
const COMMON_WORDS = new Set(
  'that this with from have will your what when where which their about more into than them they been were also'.split(
    ' ',
  ),
);

/**
 * A line that is all link is usually a pointer to another page, but in a roundup it is the item's
 * heading ("Dataminr acquires ThreatConnect", then a paragraph on the deal): kept when the next block
 * takes up most of its words.
 */
function keepLinkedSubheads(blocks: Block[], verdicts: Verdict[]): void {
  blocks.forEach((block, i) => {
    const verdict = verdicts[i];
    if (verdict?.action !== 'drop' || verdict.reason !== 'link-only') return;
    const next = blocks[i + 1];
    if (!next || verdicts[i + 1]?.action !== 'keep' || wordsIn(next.text) < 30) return;
    const words = contentWords(block.text);
    if (words.size < 2) return;
    const nextWords = [...contentWords(next.text)];
    // The same word or one that starts alike ("acquires", "acquiring").
    let shared = 0;
    for (const w of words) if (nextWords.some((n) => n.startsWith(w.slice(0, 5)))) shared++;
    if (shared * 2 >= words.size + 1) verdicts[i] = { action: 'keep' };
  });
}

const BIO_VERB = /^\s+(?:is|was|has|covers|writes|reports|ist|est|es|è|é|is een)\b/;
/** What a bio says of someone named by the first name alone: "Jean-Luc started CNX Software in 2010…". */
const FIRST_NAME_BIO_VERB =
  /^\s+(?:is an?|has been|started|founded|co-founded|joined|holds|lives|graduated|earned|studied|spent)\b/;

/** The writer introducing themselves: "Hi, I’m Ashley Biancuzzo, and I oversee…", "Hey, I'm Jessica! Welcome to…". */
const SELF_INTRODUCTION = /^(?:[Hh]i|[Hh]ey|[Hh]ello)(?: there)?[,!]? (?:I['’]m|I am|my name is) \p{Lu}/u;

/** A bio that names itself: "About the author: Craig Hull is a freelance photographer…". */
const ABOUT_AUTHOR_LEAD = /^about the (?:author|writer)\s*:\s*\p{Lu}/iu;

/** "Jane Roe is a reporter covering…" (or "Jane started the site in 2010…") at the end of the piece. */
function authorBio(block: Block, context: BlockContext): boolean {
  const words = wordsIn(block.text);
  if (words > 80 || words < 5) return false;
  if (SELF_INTRODUCTION.test(block.text) || ABOUT_AUTHOR_LEAD.test(block.text)) return true;
  return context.authorNames.some((name) => {
    if (block.text.startsWith(name)) return BIO_VERB.test(block.text.slice(name.length));
    const first = /^\p{Lu}[\p{L}'’-]{2,}(?=\s+\p{Lu})/u.exec(name)?.[0];
    return !!first && block.text.startsWith(first) && FIRST_NAME_BIO_VERB.test(block.text.slice(first.length));
  });
}

/** A line with a name alone (perhaps with a title) over a bio that opens with that name: "Julia Gralberg". */
function labelsBio(block: Block, below: Verdict | undefined): boolean {
  if (below?.action !== 'note' || below.note.kind !== 'author-bio') return false;
  const words = wordsIn(block.text);
  if (words < 2 || words > 6 || !/^\p{Lu}/u.test(block.text)) return false;
  const name = squashText(block.text).split(' ').slice(0, 2).join(' ');
  return squashText(below.note.text).startsWith(`${name} `);
}

/**
 * "Jane Roe is an associate professor of history at…" at the end of the piece, by someone the metadata does
 * not name (a guest writer, a co-author): a full name that the story never mentions, then a writing or
 * academic role. A story's own closing line names its people by surname, after introducing them.
 */
const BIO_OPENING =
  /^\(?(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s+(?:(?:is|was|has been|serves as)\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,5}?(?:reporter|writer|journalist|columnist|correspondent|contributor|editor|professor|faculty|author|fellow|lecturer|researcher|scientist|physician|freelancer?|attorney|lawyer)\b|(?:manages|oversees|leads) (?:[\p{L}-]+\s+){0,5}?coverage\b)/u;

/**
 * A bio's subject is named nowhere else in the body: a line that is the name alone (or with a title) is the
 * bio's own label ("Julia Gralberg" over "Julia Gralberg is a freelance travel writer…"), not a mention.
 */
function unnamedBio(block: Block, blocks: Block[]): boolean {
  const words = wordsIn(block.text);
  if (words > 60 || words < 5) return false;
  const name = BIO_OPENING.exec(block.text)?.[1];
  if (!name) return false;
  const label = squashText(name);
  const isLabel = (other: Block): boolean =>
    squashText(other.text).startsWith(label) && wordsIn(other.text) <= wordsIn(name) + 3;
  return !blocks.some((other) => other !== block && other.text.includes(name) && !isLabel(other));
}

/** Teaser cards after block `at`: at least three cut-off excerpts ("… was launched on Sunday, December 1..."). */
function teasersFollow(blocks: Block[], at: number): boolean {
  let cutOff = 0;
  for (let j = at + 1; j < blocks.length && cutOff < 3; j++)
    if (CUT_OFF_EXCERPT.test((blocks[j] as Block).text)) cutOff++;
  return cutOff >= 3;
}

/**
 * From a "Related stories" or "Comments" heading in the later part of the body to the end, everything is
 * furniture; under an "About the author" heading, the blocks are the author's bio.
 */
function cutTail(blocks: Block[], verdicts: Verdict[]): void {
  const from = Math.floor(blocks.length * 0.3);
  const total = blocks.reduce((sum, b) => sum + b.text.length, 0);
  // Characters from block i to the end, for every i (one pass instead of one sum per heading).
  const suffix = new Array<number>(blocks.length + 1).fill(0);
  for (let i = blocks.length - 1; i >= 0; i--) suffix[i] = (suffix[i + 1] ?? 0) + (blocks[i] as Block).text.length;
  for (let i = 1; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    const words = wordsIn(block.text);
    // Real headings or a donation appeal: a short "Related" label or "Leave a comment" button inside the
    // story is no boundary, unless teaser cards follow it.
    const shortHeading = isHeading(block) && words <= 8;
    // Early in the body or before most of its text, only a tail heading over teaser cards opens the tail.
    const early = i < from || (suffix[i] ?? 0) > total * 0.5;
    const isAppeal = !shortHeading && !early && words <= 60 && APPEAL.test(block.text);
    // A line set as a label rather than a heading ("ALSO IN THE NEWS") counts only over teaser cards.
    const isLabel = !shortHeading && !isAppeal && words <= 6;
    if (!shortHeading && !isAppeal && !isLabel) continue;
    const lower = block.text.toLowerCase();
    const about = shortHeading && ABOUT_AUTHOR_HEADING.test(lower);
    if (!about && !isAppeal && !TAIL_HEADING.test(lower)) continue;
    if ((early || isLabel) && !teasersFollow(blocks, i)) continue;
    if (verdicts[i]?.action !== 'note')
      verdicts[i] = { action: 'drop', reason: about ? 'about-author-heading' : 'tail-heading' };
    let inBio = about;
    for (let j = i + 1; j < blocks.length; j++) {
      const next = blocks[j] as Block;
      if (verdicts[j]?.action === 'note') continue;
      if (next.tag !== 'p' && next.tag !== 'bare') inBio = false;
      verdicts[j] =
        inBio && wordsIn(next.text) >= 5
          ? { action: 'note', note: { kind: 'author-bio', text: next.text } }
          : { action: 'drop', reason: 'after-tail-heading' };
    }
    return;
  }
}
