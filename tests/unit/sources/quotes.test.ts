import { describe, expect, it } from 'vitest';
import { findQuotes, quoteText } from '../../../core/sources/quotes';

const inner = (text: string) => findQuotes(text).map((q) => quoteText(text, q));

describe('findQuotes', () => {
  it('reads curly, straight and guillemet quotes', () => {
    expect(inner('“One two three,” she said.')).toEqual(['One two three']);
    expect(inner('He said, "No way at all." Then he left.')).toEqual(['No way at all.']);
    expect(inner('« Nous sommes prêts », a déclaré le ministre.')).toEqual(['Nous sommes prêts']);
    expect(inner('„Wir schaffen das“, sagte sie.')).toEqual(['Wir schaffen das']);
  });

  it('keeps a nested quote inside its outer quote', () => {
    expect(inner('“He told me ‘never again’ and I believed him,” she said.')).toEqual([
      'He told me ‘never again’ and I believed him',
    ]);
    expect(inner('“She called it “a disgrace” on air,” he said.')).toEqual(['She called it “a disgrace” on air']);
  });

  it('does not take apostrophes for quotes', () => {
    expect(inner('It’s the Smiths’ house and the dog’s bed.')).toEqual([]);
  });

  it('uses single quotes as primary marks only in text without double ones', () => {
    expect(inner('A source said: ‘It’s been coming for a while.’')).toEqual(['It’s been coming for a while.']);
  });

  it('chains a quote over several paragraphs (no closing mark, next paragraph opens)', () => {
    const text = '“First paragraph of the quote.\n\n“Second paragraph,” he said.';
    const quotes = findQuotes(text);
    expect(quotes).toHaveLength(2);
    expect(quotes[0]?.closed).toBe(false);
    expect(quotes[1]?.chain).toBe(quotes[0]?.chain);
  });

  it('ends an unbalanced quote at its paragraph instead of swallowing the rest of the text', () => {
    const text = 'He said “this never closes.\n\nA plain paragraph follows here.';
    const quotes = findQuotes(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.closed).toBe(false);
    expect(quotes[0]?.end).toBe(text.indexOf('\n\n'));
  });
});
