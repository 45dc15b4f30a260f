import type { Article, Author } from '../types';

/**
 * The byline, with each author's other appearances on the page (contact line, bio) as `context`; a bio
 * also supplies the role when the page gave none.
 */
export function bylineAuthors(article: Article): Author[] {
  const authors: Author[] = article.authors.length
    ? article.authors.map((a) => ({ ...a }))
    : article.byline
      ? article.byline
          .replace(/^By\s+/i, '')
          .split(/\s*(?:,|\band\b|&)\s*/)
          .filter((n) => /\p{Lu}/u.test(n))
          .map((name) => ({ name: name.trim() }))
      : [];
  const context = authorContext(article);
  for (const author of authors) {
    const last = author.name.split(/\s+/).pop() ?? author.name;
    // A contact line or bio names its author ("Follow Saagar Enjeti", "saagar@…"); with one author, every line is theirs.
    const own = context.filter((line) => authors.length === 1 || line.includes(last));
    if (own.length > 0) author.context = own;
    if (author.role) continue;
    const bio = article.notes.find((n) => n.kind === 'author-bio' && n.text.includes(last));
    if (!bio) continue;
    const role = /\bis (?:a|an|the) ([^.,;]{3,80}?)(?: (?:at|for|with) [^.]{2,60})?[.,;]/.exec(bio.text)?.[1];
    if (role) author.role = role.trim();
  }
  return authors;
}

/** Notes on the page that concern the authors (contact lines, bios), for display beside the byline. */
export function authorContext(article: Article): string[] {
  const lines = article.notes
    .filter((n) => n.kind === 'author-contact' || n.kind === 'author-bio')
    .map((n) => n.text.replace(/\s+/g, ' ').trim());
  // A page may give the same bio twice, once with its links and once in pieces ("… Follow him on Twitter",
  // "or email him at"): a line found inside another is said once.
  return lines.filter(
    (line, i) =>
      line &&
      !lines.some((other, j) => j !== i && other.length > line.length && other.includes(line)) &&
      lines.indexOf(line) === i,
  );
}
