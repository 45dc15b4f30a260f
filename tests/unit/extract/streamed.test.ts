import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/parse-html';
import { placeStreamedSegments } from '../../../core/extract/streamed';

/** The page's paragraphs and headings, in order. */
const bodyText = (doc: Document): string =>
  Array.from(doc.querySelectorAll('p, h2'))
    .map((el) => el.textContent)
    .join(' ');
const page = (body: string): Document =>
  parseHtml(`<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`);

describe('placeStreamedSegments', () => {
  it('fills nested boundaries from the inside out, dropping only the fallback between the comments', () => {
    const doc = page(
      '<p>One.</p><!--$?--><template id="B:0"></template><span>Loading…</span><!--/$--><p>Four.</p>' +
        '<div hidden id="S:0"><p>Two.</p><!--$?--><template id="B:1"></template><i>wait</i><!--/$--></div>' +
        '<div hidden id="S:1"><p>Three.</p></div>',
    );
    expect(placeStreamedSegments(doc)).toBe(2);
    expect(bodyText(doc)).toBe('One. Two. Three. Four.');
    expect(doc.querySelector('[hidden]')).toBeNull();
  });

  it('leaves a part whose place is missing, and a hidden block that is no streamed part, where they are', () => {
    const doc = page('<p>Story.</p><div hidden id="S:7"><p>Orphan.</p></div><div hidden id="menu"><p>Menu.</p></div>');
    expect(placeStreamedSegments(doc)).toBe(0);
    expect(doc.getElementById('S:7')?.hasAttribute('hidden')).toBe(true);
    expect(bodyText(doc)).toBe('Story. Orphan. Menu.');
  });

  it('without the comments, drops a loading fallback after the template but not the story that follows', () => {
    const doc = page(
      '<template id="B:0"></template><div>Loading paragraph...</div><p>After.</p>' +
        '<template id="B:1"></template><h2>Kept heading</h2>' +
        '<div hidden id="S:0"><p>First.</p></div><div hidden id="S:1"><p>Second.</p></div>',
    );
    expect(placeStreamedSegments(doc)).toBe(2);
    expect(bodyText(doc)).toBe('First. After. Second. Kept heading');
  });
});

describe('placeStreamedSegments on a broken boundary', () => {
  it('keeps what follows a boundary that never closes, and still places the part', () => {
    const doc = page(
      '<!--$?--><template id="B:0"></template><p>Kept one.</p><p>Kept two.</p><div hidden id="S:0"><p>Part.</p></div>',
    );
    expect(placeStreamedSegments(doc)).toBe(1);
    expect(bodyText(doc)).toBe('Part. Kept one. Kept two.');
  });
});
