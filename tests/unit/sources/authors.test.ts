import { describe, expect, it } from 'vitest';
import { bylineAuthors } from '../../../core/sources/authors';
import { articleFromText } from '../../../core/text/article-from-text';
import type { Article } from '../../../core/types';

describe('the author beside the byline', () => {
  it('says a bio the page gives twice (whole, and again in pieces) once', () => {
    const bio =
      'Lucas Nolan is a reporter for Breitbart Tech covering free speech. Follow him on Twitter @LucasNolan_ or email him at lnolan@example.com';
    const article: Article = {
      ...articleFromText('The story.'),
      authors: [{ name: 'Lucas Nolan' }],
      notes: [
        { kind: 'author-contact', text: bio },
        {
          kind: 'author-contact',
          text: 'Lucas Nolan is a reporter for Breitbart Tech covering free speech. Follow him on Twitter',
        },
        { kind: 'author-contact', text: 'or email him at' },
        { kind: 'author-bio', text: 'Send tips to lnolan@example.com.' },
      ],
    };
    expect(bylineAuthors(article)[0]?.context).toEqual([bio, 'Send tips to lnolan@example.com.']);
  });
});
