/**
 * Turns the extracted article element into a flat list of text blocks (paragraphs, headings, list items,
 * quotes, cells), each with its sanitized inline HTML, its plain text and the links in it. Cleanup rules
 * then judge blocks one by one, and `assemble` builds `text`, `html` and `links` from what is kept.
 *
 * The HTML is produced by an allowlist: unknown tags are unwrapped, dangerous ones dropped with their
 * content, every attribute dropped except a safe `href`.
 */
import { looksDoubleEncoded, repairDoubleEncoding } from '../text/mojibake';
import { absoluteUrl, ELEMENT_NODE, SUBHEADING_TAGS, TEXT_NODE, tagName } from './dom';

export type BlockTag = 'p' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6' | 'pre' | 'bare';

export interface BlockLink {
  href: string;
  text: string;
  /** Offsets into the block's own text. */
  start: number;
  end: number;
}

export interface Block {
  tag: BlockTag;
  /** Structural ancestors inside the article (ul, ol, li, blockquote, table parts), outermost first. */
  containers: Element[];
  /** The element whose content this block is. */
  source: Element;
  text: string;
  html: string;
  links: BlockLink[];
  /** Characters of text inside links, for link density. */
  linkChars: number;
}

/** Elements whose content is never article text. */
const DROP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'option',
  'label',
  'img',
  'picture',
  'video',
  'audio',
  'source',
  'track',
  'map',
  'head',
  'meta',
  'link',
  'title',
  'nav',
  'figcaption',
  'dialog',
  'frame',
  'frameset',
  'applet',
  'base',
]);

/** Elements that start a new block. */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'caption',
  'menu',
]);

/** Block elements kept as structure in the HTML (their content goes inside them). */
const CONTAINER = new Set([
  'ul',
  'ol',
  'li',
  'blockquote',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'dl',
  'dt',
  'dd',
]);

/** Inline tags kept in the HTML, without attributes (except `href` on links). */
const INLINE_KEEP = new Set([
  'em',
  'strong',
  'b',
  'i',
  'code',
  'sub',
  'sup',
  'q',
  'abbr',
  'cite',
  'small',
  'mark',
  's',
  'u',
]);

const SAFE_SCHEME = /^(?:https?:|mailto:)/i;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A link target that is safe to show: absolute http(s) or mailto, nothing else. */
export function safeHref(href: string | null, baseUrl: string | null): string | null {
  if (!href) return null;
  // Browsers ignore control characters and whitespace inside schemes ("java\tscript:"); so do we.
  const compact = Array.from(href)
    .filter((c) => c.charCodeAt(0) > 0x20 && c.charCodeAt(0) !== 0x7f)
    .join('');
  if (/^(?:javascript|data|vbscript|file|blob):/i.test(compact)) return null;
  if (compact.startsWith('#')) return null;
  const absolute = absoluteUrl(href, baseUrl);
  return absolute && SAFE_SCHEME.test(absolute) ? absolute : null;
}

/** Collects one block's inline content, collapsing whitespace the way browsers render it. */
class InlineRun {
  text = '';
  html = '';
  links: BlockLink[] = [];
  linkChars = 0;

  constructor(
    readonly tag: BlockTag,
    readonly containers: Element[],
    readonly source: Element,
    readonly repair: boolean,
  ) {}

  addText(raw: string): void {
    let piece = (this.repair ? repairDoubleEncoding(raw) : raw).replace(/[\s\u00a0]+/g, ' ');
    if (piece.startsWith(' ') && (this.text === '' || this.text.endsWith(' ') || this.text.endsWith('\n'))) {
      piece = piece.slice(1);
    }
    if (!piece) return;
    this.text += piece;
    this.html += escapeHtml(piece);
  }

  lineBreak(): void {
    if (this.text === '') return;
    if (this.text.endsWith(' ')) {
      this.text = this.text.slice(0, -1);
      this.html = this.html.slice(0, -1);
    }
    this.text += '\n';
    this.html += '<br>';
  }

  /** Nothing but white space and zero-width characters (a page's "&zwj;" spacer paragraphs). */
  isEmpty(): boolean {
    return /^[\s\u200b-\u200d\u2060\ufeff]*$/.test(this.text);
  }
}

/**
 * The blocks of `root`. `stop` is asked every so often; once it says yes, the rest of the body is left
 * out (extraction ran out of time). A body whose text was encoded as UTF-8 twice ("â€™" for "’") is read
 * again with the characters repaired.
 */
export function collectBlocks(root: Element, baseUrl: string | null, stop?: () => boolean): Block[] {
  const blocks = readBlocks(root, baseUrl, false, stop);
  return looksDoubleEncoded(blocks.map((b) => b.text).join('\n'), 3) ? readBlocks(root, baseUrl, true, stop) : blocks;
}

function readBlocks(root: Element, baseUrl: string | null, repair: boolean, stop?: () => boolean): Block[] {
  const blocks: Block[] = [];
  let run: InlineRun | null = null;
  let stopped = false;

  const flush = (): void => {
    if (run && !run.isEmpty() && !stopped) {
      blocks.push(finishRun(run));
      if (stop && blocks.length % 64 === 0 && stop()) stopped = true;
    }
    run = null;
  };
  const currentRun = (tag: BlockTag, containers: Element[], source: Element): InlineRun => {
    run ??= new InlineRun(tag, containers, source, repair);
    return run;
  };

  const walkInline = (node: Node, tag: BlockTag, containers: Element[], source: Element): void => {
    if (node.nodeType === TEXT_NODE) {
      currentRun(tag, containers, source).addText(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as Element;
    const name = tagName(el);
    if (DROP.has(name)) return;
    if (name === 'br') {
      currentRun(tag, containers, source).lineBreak();
      return;
    }
    if (BLOCK.has(name)) {
      flush();
      walkBlock(el, containers);
      return;
    }
    if (name === 'a') {
      const target = currentRun(tag, containers, source);
      const href = safeHref(el.getAttribute('href'), baseUrl);
      const startText = target.text.length;
      if (href) target.html += `<a href="${escapeHtml(href)}">`;
      for (const child of Array.from(el.childNodes)) walkInline(child, tag, containers, source);
      // A block inside the link flushed the run: the link no longer maps to one span; keep only its text.
      if (run !== target) return;
      if (href) target.html += '</a>';
      let start = startText;
      while (start < target.text.length && /\s/.test(target.text[start] ?? '')) start++;
      let end = target.text.length;
      while (end > start && /\s/.test(target.text[end - 1] ?? '')) end--;
      // A heading that links to itself ("<h3 id=x><a href=#x>Cognitive Benefits</a></h3>") is a subheading
      // with an anchor, not a pointer to another page.
      if (!(SUBHEADING_TAGS.has(tag) && el.getAttribute('href')?.startsWith('#'))) target.linkChars += end - start;
      if (href && end > start) target.links.push({ href, text: target.text.slice(start, end), start, end });
      return;
    }
    const keep = INLINE_KEEP.has(name);
    if (keep) currentRun(tag, containers, source).html += `<${name}>`;
    const opened = run;
    for (const child of Array.from(el.childNodes)) walkInline(child, tag, containers, source);
    if (keep && run === opened && run) (run as InlineRun).html += `</${name}>`;
  };

  const walkBlock = (el: Element, containers: Element[]): void => {
    if (stopped) return;
    const name = tagName(el);
    if (DROP.has(name) || name === 'hr') return;
    if (name === 'pre') {
      flush();
      const text = (el.textContent ?? '').replace(/^\n+|\s+$/g, '');
      if (text.trim()) {
        blocks.push({ tag: 'pre', containers, source: el, text, html: escapeHtml(text), links: [], linkChars: 0 });
      }
      return;
    }
    const inner = CONTAINER.has(name) ? [...containers, el] : containers;
    const tag: BlockTag = /^h[1-6]$/.test(name)
      ? (`h${Math.max(2, Number(name[1]))}` as BlockTag)
      : CONTAINER.has(name) && name !== 'blockquote' && name !== 'ul' && name !== 'ol' && name !== 'table'
        ? 'bare'
        : 'p';
    flush();
    for (const child of Array.from(el.childNodes)) walkInline(child, tag, inner, el);
    flush();
  };

  walkBlock(root, []);
  flush();
  return blocks;
}

function finishRun(run: InlineRun): Block {
  // Trim the end; the start never holds whitespace (addText drops it).
  const trimmed = run.text.replace(/\s+$/, '');
  const cut = run.text.length - trimmed.length;
  let html = run.html;
  if (cut > 0) html = html.replace(/(?:\s|<br>)+((?:<\/[a-z]+>)*)$/, '$1');
  return {
    tag: run.tag,
    containers: run.containers,
    source: run.source,
    text: trimmed,
    html,
    links: run.links.filter((link) => link.end <= trimmed.length),
    linkChars: run.linkChars,
  };
}

/** Builds `text`, `html` and body links from the kept blocks. */
export function assemble(blocks: Block[]): { text: string; html: string; links: BlockLink[] } {
  const textParts: string[] = [];
  const links: BlockLink[] = [];
  let offset = 0;
  let html = '';
  const open: Element[] = [];

  for (const block of blocks) {
    if (textParts.length) offset += 2;
    for (const link of block.links) {
      links.push({ ...link, start: link.start + offset, end: link.end + offset });
    }
    textParts.push(block.text);
    offset += block.text.length;

    // Close containers this block is not in, then open the ones it is in.
    let shared = 0;
    while (shared < open.length && shared < block.containers.length && open[shared] === block.containers[shared])
      shared++;
    while (open.length > shared) html += `</${containerTag(open.pop() as Element)}>`;
    for (const container of block.containers.slice(shared)) {
      html += `<${containerTag(container)}>`;
      open.push(container);
    }
    html += block.tag === 'bare' ? block.html : `<${block.tag}>${block.html}</${block.tag}>`;
  }
  while (open.length) html += `</${containerTag(open.pop() as Element)}>`;
  return { text: textParts.join('\n\n'), html, links };
}

function containerTag(el: Element): string {
  return tagName(el);
}
