import { describe, expect, it } from 'vitest';
import { documentFeatures, LABELS } from '../../../core/entities/features';
import { loadModel } from '../../../core/entities/model';
import { tagText } from '../../../core/entities/recognize';
import { splitSentences } from '../../../core/text/sentences';

const L = (name: (typeof LABELS)[number]): number => LABELS.indexOf(name);

describe('second-pass document features', () => {
  const sentences = [
    ['Jordan', 'met', 'Smith', 'in', 'Paris', '.'],
    ['Later', ',', 'Jordan', 'and', 'Smith', 'left', '.'],
    ['Jordan', 'Smith', 'spoke', '.'],
  ];
  const tags = [
    [L('B-PER'), 0, L('B-PER'), 0, L('B-LOC'), 0],
    [0, 0, L('B-LOC'), 0, L('B-PER'), 0, 0],
    [L('B-PER'), L('I-PER'), 0, 0],
  ];
  const feats = documentFeatures(sentences, tags);

  it('has one entry per token and none for lowercase words or punctuation', () => {
    expect(feats.map((s) => s.length)).toEqual(sentences.map((s) => s.length));
    expect(feats[0]?.[1]).toBeUndefined();
    expect(feats[0]?.[5]).toBeUndefined();
    expect(feats[0]?.[0]?.length).toBeGreaterThan(0);
  });

  it('depends on what the first pass said elsewhere, not on the token itself', () => {
    // "Paris" occurs once: its features do not depend on its own label.
    const relabelled = tags.map((t) => t.slice());
    (relabelled[0] as number[])[4] = L('B-ORG');
    const again = documentFeatures(sentences, relabelled);
    expect(again[0]?.[4]).toEqual(feats[0]?.[4]);
    // "Smith" of sentence 2 changes when sentence 1's "Smith" is relabelled.
    (relabelled[0] as number[])[2] = L('B-ORG');
    expect(documentFeatures(sentences, relabelled)[1]?.[4]).not.toEqual(feats[1]?.[4]);
  });

  it('runs through tagText when the model has second-pass weights', async () => {
    const model = await loadModel();
    const text = 'Nawaz Sharif met officials in Beijing.\nSharif said Beijing would help.';
    const twoPass = tagText({ ...model, second: model.second ?? model.weights }, text, splitSentences(text));
    for (const m of twoPass.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(twoPass.mentions.some((m) => m.text === 'Beijing')).toBe(true);
  });
});
