import { i18n } from '#i18n';
import type { Article } from '../core/types';
import { displayHost, formatArticleDate, isSafeHref } from '../utils/format';

/** Title, byline with role, publisher, date and reading time: what the reader checks first. */
export function ArticleCard({ article }: { article: Article }) {
  const date = formatArticleDate(article.publishedDate, navigator.language);
  const outlet = article.siteName ?? article.publisher ?? displayHost(article.canonicalUrl ?? article.url);
  // A page can declare any string as its canonical address (`javascript:` included): fall back to the
  // address it was read from rather than lose the link.
  const link = [article.canonicalUrl, article.url].find((href) => href !== null && isSafeHref(href)) ?? null;
  const dateFromUrl = article.fieldSources.publishedDate === 'url';
  return (
    <article class="article-card" lang={article.lang ?? undefined} dir={article.dir} aria-label={article.title}>
      {outlet && (
        <p class="outlet" id="article-outlet">
          {outlet}
        </p>
      )}
      <h1 class="article-title" id="article-title">
        {article.title}
      </h1>
      {article.authors.length > 0 && (
        <p class="byline" id="article-byline">
          {article.authors.map((author, i) => (
            <span key={`${author.name}-${i}`} class="author">
              {i > 0 && ', '}
              <span class="author-name">{author.name}</span>
              {author.role && <span class="author-role"> · {author.role}</span>}
            </span>
          ))}
        </p>
      )}
      <p class="meta">
        {date && (
          <time
            id="article-date"
            dir="auto"
            dateTime={article.publishedDate ?? undefined}
            title={dateFromUrl ? i18n.t('article.publishedFromUrl') : undefined}
          >
            {date}
          </time>
        )}
        {article.readingTimeMinutes > 0 && (
          <span id="article-reading-time" dir="auto">
            {i18n.t('article.readingTime', article.readingTimeMinutes)}
          </span>
        )}
        <span dir="auto">{i18n.t('article.words', [String(article.wordCount)])}</span>
        {link && (
          <a href={link} target="_blank" rel="noreferrer noopener" dir="auto">
            {i18n.t('article.openSource')}
          </a>
        )}
      </p>
      <ArticleSignals article={article} />
    </article>
  );
}

function ArticleSignals({ article }: { article: Article }) {
  const { signals } = article;
  const notes = [
    signals.partial && i18n.t('article.partial'),
    signals.liveBlog && i18n.t('article.liveBlog'),
    signals.listOrGallery && i18n.t('article.listOrGallery'),
    signals.truncated && i18n.t('article.truncated'),
  ].filter((note): note is string => Boolean(note));
  if (notes.length === 0) return null;
  return (
    <ul class="signals">
      {notes.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  );
}
