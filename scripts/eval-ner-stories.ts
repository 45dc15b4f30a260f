/**
 * Scores the entities of whole stories against a hand-made list of the entities a reader should see.
 *
 *   npm run eval:ner-stories                      # tests/fixtures/ner-stories/stories.json
 *   npm run eval:ner-stories -- --data <file.json> [--verbose]
 *
 * --verbose lists every set's misses and false alarms: a set meant to stay unread must not be run with it.
 *
 * Unlike eval:ner (token spans of annotated sentences, CoNLL style), this scores what the popup shows:
 * one entity per name, merged across its mentions. A found entity is right when its type is the listed
 * one and its name or one of its aliases is the listed name; "other" entities are not scored.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { entitiesWithModel } from '../core/entities/index';
import { loadModel } from '../core/entities/model';
import { isNewsOutletCalled, isOutletName } from '../core/sources/resolve';
import { splitSentences } from '../core/text/sentences';

interface Story {
  set?: string;
  text: string;
  entities: { type: 'person' | 'organization' | 'place'; name: string }[];
}

const args = process.argv.slice(2);
const at = args.indexOf('--data');
const dataPath = resolve(at >= 0 ? (args[at + 1] as string) : 'tests/fixtures/ner-stories/stories.json');
const verbose = args.includes('--verbose');
const { stories } = JSON.parse(readFileSync(dataPath, 'utf8')) as { stories: Story[] };
const model = await loadModel();

const counts = new Map<string, { found: number; wrong: number; missed: number }>();
const tally = (key: string) => {
  let c = counts.get(key);
  if (!c) {
    c = { found: 0, wrong: 0, missed: 0 };
    counts.set(key, c);
  }
  return c;
};

stories.forEach((story, i) => {
  // With what the pipeline (core/analyze.ts) tells the entity stage: which names are news outlets'.
  const found = entitiesWithModel(
    model,
    { text: story.text, title: '' },
    { sentences: splitSentences(story.text) },
    { isNewsOutlet: isNewsOutletCalled, isOutletAlias: isOutletName },
  );
  const listed = story.entities;
  const matched = new Set<number>();
  const sets = ['all', story.set ? `set ${story.set}` : 'all'];
  for (const e of found) {
    if (e.type === 'other') continue;
    const names = [e.name, ...e.aliases];
    const k = listed.findIndex((g, j) => !matched.has(j) && g.type === e.type && names.includes(g.name));
    if (k >= 0) matched.add(k);
    else if (verbose) console.log(`story ${i + 1}  extra    ${e.type} ${e.name}`);
    for (const s of new Set(sets)) tally(s)[k >= 0 ? 'found' : 'wrong']++;
  }
  listed.forEach((g, j) => {
    if (matched.has(j)) return;
    if (verbose) console.log(`story ${i + 1}  missed   ${g.type} ${g.name}`);
    for (const s of new Set(sets)) tally(s).missed++;
  });
});

console.log(`${dataPath}: ${stories.length} stories`);
for (const [key, c] of counts) {
  const p = c.found / Math.max(1, c.found + c.wrong);
  const r = c.found / Math.max(1, c.found + c.missed);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  const pct = (x: number) => (100 * x).toFixed(1);
  console.log(
    `${key.padEnd(6)} P ${pct(p)}  R ${pct(r)}  F1 ${pct(f1)}  (right ${c.found}, wrong ${c.wrong}, missed ${c.missed})`,
  );
}
