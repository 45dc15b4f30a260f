/** Reading IOB2 files ("token<TAB>tag", blank line between sentences, "-DOCSTART-" between documents). */
import { existsSync, readFileSync } from 'node:fs';

export interface Sentence {
  words: string[];
  tags: string[];
}

export interface Doc {
  id: string;
  sentences: Sentence[];
}

export function readIob2(path: string, idPrefix = ''): Doc[] {
  if (!existsSync(path)) {
    throw new Error(`NER data not found: ${path}. Pass --data <dir or file> (expected GUM/wikigold IOB2 files).`);
  }
  const docs: Doc[] = [];
  let doc: Doc | null = null;
  let sent: Sentence = { words: [], tags: [] };
  const flush = () => {
    if (sent.words.length > 0) {
      if (!doc) {
        doc = { id: `${idPrefix}${docs.length}`, sentences: [] };
        docs.push(doc);
      }
      doc.sentences.push(sent);
    }
    sent = { words: [], tags: [] };
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const trimmed = line.replace(/\r$/, '');
    if (trimmed === '') {
      flush();
      continue;
    }
    const tab = trimmed.lastIndexOf('\t');
    const word = tab >= 0 ? trimmed.slice(0, tab) : trimmed;
    const tag = tab >= 0 ? trimmed.slice(tab + 1) : 'O';
    if (word === '-DOCSTART-') {
      flush();
      doc = { id: `${idPrefix}${docs.length}`, sentences: [] };
      docs.push(doc);
      continue;
    }
    sent.words.push(word);
    sent.tags.push(tag);
  }
  flush();
  return docs.filter((d) => d.sentences.length > 0);
}

/** Typed spans [start, end) from IOB2 tags (an I- that does not continue its type starts a span). */
export function spansOf(tags: readonly string[]): { start: number; end: number; type: string }[] {
  const spans: { start: number; end: number; type: string }[] = [];
  let cur: { start: number; end: number; type: string } | null = null;
  tags.forEach((tag, i) => {
    if (tag === 'O' || tag.length < 3) {
      cur = null;
      return;
    }
    const type = tag.slice(2);
    if (tag[0] === 'B' || !cur || cur.type !== type) {
      cur = { start: i, end: i + 1, type };
      spans.push(cur);
    } else cur.end = i + 1;
  });
  return spans;
}
