import { describe, expect, it } from 'vitest';
import { lcsIndices, lcsTable, rougeScores, rougeTokenize, summaryLevelLcs, unionLcs } from '../../../core/eval/rouge';

/*
 * Expected values are those of rouge-score's own test suite (google-research/google-research,
 * rouge/rouge_scorer_test.py, Apache-2.0), where the "against ROUGE-1.5.5" figures were produced by the
 * original Perl ROUGE. The two text pairs below are the random strings of its rouge/testdata/target.txt,
 * prediction.txt and pyrouge_files/*_multi.0.txt (test data, reproduced for the comparison).
 */
const TARGET_0 =
  "ZfbCUIUuePaiLVUlCaUXxkpu XPeWing tUHfPMuZ',-Xd Y BrUgVJing M-HV.-DgdDaY.rFDJCRing Ht-LM EKBDXkME,yz'RBr q'wtion wIojNbN wL,b .a-'XdQggyFl jB-RPP'iyOIcUxer tKM L";
const TARGET_1 =
  "KsJdPByEtAor fE-Qg Dpdbring cw-WeFyu vC MoBL Xdn g wkvcEiGvKtion BDFhrpMtion psing sbKao Q m qiing LMmer HqqLFXe,XPY,J XsurkMer ,ed nB'wH'bWVHjWFEing tQ.saefZwJtKrTlixYpMMsJing UCAPwNHeYVjDing c T BUySKtion gMPfJpwGw p'NvxAoping eu pBwMBKV'I DNxqelhu,PHPxDEq,mtion SN";
const PREDICTION_0 = "rFDJCRtion Ht-LM EKtDXkME,yz'RBr q'wer wrojNbN wL,b .a-'XdQggyFl jB-RPP'iyOIcUxi";
const PREDICTION_1 =
  "n cw-WeFyu vC MoBL Xdn g wkvcEiGvKtion BDFhrpMer pstion sbKao Q m qier LMmed HqqLFXe,XPY,J XsurkMeo ,ed nB'wH'bWVHjWFEer tQ.saefZwJtKrTlixYpMMNJtion UCAPwNHeYVjD";
const TARGET_MULTI =
  "ZfbCUIUuePaiLVUlCaUXxkpu XPeWing tUHfPMuZ',-Xd Y BrUgVJing M-HV.-DgdDaY.rFDJCRing Ht-LM EKBDXkME,yz'RBr q'wtion wIojNbN wL,b .a-'XdQggyFl jB-RPP'iyOIcUxer tKM L\nKsJdPByEtAor fE-Qg Dpdbring cw-WeFyu vC MoBL Xdn g wkvcEiGvKtion BDFhrpMtion psing sbKao Q m qiing LMmer HqqLFXe,XPY,J XsurkMer ,ed nB'wH'bWVHjWFEing tQ.saefZwJtKrTlixYpMMsJing UCAPwNHeYVjDing c T BUySKtion gMPfJpwGw p'NvxAoping eu pBwMBKV'I DNxqelhu,PHPxDEq,mtion SN\nNhETebUbBk'er WOvoHMTjSRizKgH'vHiing Xu,hWxfs VkNE QhgKiLHE -HidivzoM.dO anhtion jbLQiSGDTCsuhREebUaKM dv J dVN tmbOT\nvMR HDm,xOAetion D,tion HJtodT.mHl UIv-p VjWH'BdyWjnfGU-OjT aEMdFICyLWfQMtion wEMfdOKing AwkeKbO 'DxqNOHBH qKtVvm OYJl mM\n";
const PREDICTION_MULTI =
  "rFDJCRtion Ht-LM EKtDXkME,yz'RBr q'wer wrojNbN wL,b .a-'XdQggyFl jB-RPP'iyOIcUxi\nn cw-WeFyu vC MoBL Xdn g wkvcEiGvKtion BDFhrpMer pstion sbKao Q m qier LMmed HqqLFXe,XPY,J XsurkMeo ,ed nB'wH'bWVHjWFEer tQ.saefZwJtKrTlixYpMMNJtion UCAPwNHeYVjD\nxfs VkJE QhgKiLHE -HidivzoM.dO anhing jbLQiSGDTCsuhREebUaKM dv J\nVjWH'BdyWjnfGU-OjTNaEMdFICyLWfQMing wEMfdOKijg AwkeKbO 'DxqNO\n";

const plain = { stem: false };

describe('rougeTokenize', () => {
  it('lowercases, splits on anything outside [a-z0-9], drops empties', () => {
    expect(rougeTokenize("Hello, World!  It's 3.5 — “ok”", false)).toEqual([
      'hello',
      'world',
      'it',
      's',
      '3',
      '5',
      'ok',
    ]);
    expect(rougeTokenize('', false)).toEqual([]);
    expect(rougeTokenize('/', false)).toEqual([]);
  });

  it('treats non-ASCII letters as separators, like rouge-score', () => {
    expect(rougeTokenize('Café naïve Zürich', false)).toEqual(['caf', 'na', 've', 'z', 'rich']);
  });

  it('stems only tokens longer than 3 characters', () => {
    expect(rougeTokenize('the friends had a meeting; dies ties', true)).toEqual([
      'the',
      'friend',
      'had',
      'a',
      'meet',
      'die',
      'tie',
    ]);
    expect(rougeTokenize('was has', true)).toEqual(['was', 'has']);
  });
});

describe('ROUGE-N and ROUGE-L (rouge-score test values)', () => {
  it('rouge1', () => {
    const r = rougeScores('testing one two', 'testing', plain).rouge1;
    expect(r.precision).toBeCloseTo(1, 9);
    expect(r.recall).toBeCloseTo(1 / 3, 9);
    expect(r.fmeasure).toBeCloseTo(1 / 2, 9);
  });

  it('rouge2', () => {
    const r = rougeScores('testing one two', 'testing one', plain).rouge2;
    expect(r.precision).toBeCloseTo(1, 9);
    expect(r.recall).toBeCloseTo(1 / 2, 9);
    expect(r.fmeasure).toBeCloseTo(2 / 3, 9);
  });

  it('rougeL, consecutive and not', () => {
    for (const prediction of ['testing one', 'testing two']) {
      const r = rougeScores('testing one two', prediction, plain).rougeL;
      expect(r.precision).toBeCloseTo(1, 9);
      expect(r.recall).toBeCloseTo(2 / 3, 9);
      expect(r.fmeasure).toBeCloseTo(4 / 5, 9);
    }
  });

  it('an empty prediction scores zero everywhere', () => {
    const scores = rougeScores('testing one two', '', plain);
    for (const score of Object.values(scores)) expect(score).toEqual({ precision: 0, recall: 0, fmeasure: 0 });
  });

  it('matches ROUGE-1.5.5 without stemming', () => {
    const a = rougeScores(TARGET_0, PREDICTION_0, plain);
    expect(a.rouge1.recall).toBeCloseTo(0.40741, 5);
    expect(a.rouge1.precision).toBeCloseTo(0.6875, 5);
    expect(a.rouge1.fmeasure).toBeCloseTo(0.51163, 5);
    expect(a.rouge2.recall).toBeCloseTo(0.30769, 5);
    expect(a.rouge2.precision).toBeCloseTo(0.53333, 5);
    expect(a.rouge2.fmeasure).toBeCloseTo(0.39024, 5);
    expect(a.rougeL.recall).toBeCloseTo(0.40741, 5);
    expect(a.rougeL.precision).toBeCloseTo(0.6875, 5);
    expect(a.rougeL.fmeasure).toBeCloseTo(0.51163, 5);
    const b = rougeScores(TARGET_1, PREDICTION_1, plain);
    expect(b.rouge1.recall).toBeCloseTo(0.40476, 5);
    expect(b.rouge1.precision).toBeCloseTo(0.65385, 5);
    expect(b.rouge1.fmeasure).toBeCloseTo(0.5, 5);
    expect(b.rouge2.recall).toBeCloseTo(0.29268, 5);
    expect(b.rouge2.precision).toBeCloseTo(0.48, 5);
    expect(b.rouge2.fmeasure).toBeCloseTo(0.36364, 5);
    expect(b.rougeL.recall).toBeCloseTo(0.40476, 5);
    expect(b.rougeL.precision).toBeCloseTo(0.65385, 5);
    expect(b.rougeL.fmeasure).toBeCloseTo(0.5, 5);
  });

  it('matches ROUGE-1.5.5 with stemming', () => {
    const a = rougeScores(TARGET_0, PREDICTION_0, { stem: true });
    expect(a.rouge1.fmeasure).toBeCloseTo(0.51163, 5);
    expect(a.rouge2.fmeasure).toBeCloseTo(0.39024, 5);
    const b = rougeScores(TARGET_1, PREDICTION_1, { stem: true });
    expect(b.rouge1.recall).toBeCloseTo(0.42857, 5);
    expect(b.rouge1.precision).toBeCloseTo(0.69231, 5);
    expect(b.rouge1.fmeasure).toBeCloseTo(0.52941, 5);
    expect(b.rouge2.recall).toBeCloseTo(0.29268, 5);
    expect(b.rouge2.precision).toBeCloseTo(0.48, 5);
    expect(b.rouge2.fmeasure).toBeCloseTo(0.36364, 5);
  });
});

describe('LCS helpers (rouge-score test values)', () => {
  it('builds the LCS table and reads back the same subsequence', () => {
    const ref = [1, 2, 3, 4, 5];
    const c1 = [2, 5, 3, 4];
    const table = lcsTable(ref, c1);
    expect(table[table.length - 1]).toBe(3);
    expect(lcsIndices(ref, c1)).toEqual([1, 2, 3]);
    expect(lcsIndices(ref, [8, 9])).toEqual([]);
  });

  it('takes the union LCS of Lin (2004), section 3.2', () => {
    const ref = ['1', '2', '3', '4', '5'];
    expect(
      unionLcs(ref, [
        ['1', '2', '6', '7', '8'],
        ['1', '3', '8', '9', '5'],
      ]),
    ).toEqual(['1', '2', '3', '5']);
  });

  it('scores the summary-level LCS', () => {
    const score = summaryLevelLcs(
      [['1', '2', '3', '4', '5']],
      [
        ['1', '2', '6', '7', '8'],
        ['1', '3', '8', '9', '5'],
      ],
    );
    expect(score.recall).toBe(0.8);
    expect(score.precision).toBe(0.4);
    expect(score.fmeasure).toBeCloseTo(0.5333, 3);
    expect(summaryLevelLcs([['reference']], [[]]).recall).toBe(0);
  });
});

describe('ROUGE-Lsum (rouge-score test values)', () => {
  it('splits sentences at newlines', () => {
    const r = rougeScores('w1 w2 w3 w4 w5', 'w1 w2 w6 w7 w8\nw1 w3 w8 w9 w5', plain).rougeLsum;
    expect(r.recall).toBeCloseTo(0.8, 9);
    expect(r.precision).toBeCloseTo(0.4, 9);
    expect(r.fmeasure).toBeCloseTo(0.5333, 3);
  });

  it('is zero for empty or all-symbol sides', () => {
    expect(rougeScores('w1 w2 w3 w4 w5', '', plain).rougeLsum.fmeasure).toBe(0);
    expect(rougeScores('', 'w1', plain).rougeLsum.fmeasure).toBe(0);
    expect(rougeScores('w1 w2 w3 w4 w5', '/', plain).rougeLsum.fmeasure).toBe(0);
  });

  it('does not count a repeated reference token twice', () => {
    // Reference "a b" once; the prediction repeats it on two lines: only two hits are possible.
    const r = rougeScores('a b', 'a b\na b', plain).rougeLsum;
    expect(r.recall).toBe(1);
    expect(r.precision).toBe(0.5);
  });

  it('matches ROUGE-1.5.5 with stemming on multi-sentence text', () => {
    const r = rougeScores(TARGET_MULTI, PREDICTION_MULTI, { stem: true }).rougeLsum;
    expect(r.recall).toBeCloseTo(0.36538, 5);
    expect(r.precision).toBeCloseTo(0.66667, 5);
    expect(r.fmeasure).toBeCloseTo(0.47205, 5);
  });
});
