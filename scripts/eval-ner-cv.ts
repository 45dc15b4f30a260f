/**
 * Cross-validated entity F1 over the GUM training split: each of N folds of its documents is scored with a
 * model trained without them (the rest of GUM train and wikigold's training part), and the scores pooled.
 * GUM dev has been read for every rule the recognizer has; this measures the whole recognizer on text no
 * rule was written against. About a minute of training per fold.
 *
 *   npm run eval:ner-cv -- [--data /work/shared/data/ner] [--folds 5] [--dir /tmp/lede-ner-cv] [--reuse]
 *
 * --reuse scores with the fold models already in --dir (after a change to the rules, not to training).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { args } from './ner/cli-args';

const a = args();
const data = resolve(a.get('data') ?? '/work/shared/data/ner');
const folds = Number(a.get('folds') ?? 5);
const dir = resolve(a.get('dir') ?? '/tmp/lede-ner-cv');
const train = join(data, 'gum.train.iob2');
if (!existsSync(train)) {
  console.error(`GUM training split not found at ${train}. Pass --data <dir> holding gum.train.iob2.`);
  process.exit(2);
}
mkdirSync(dir, { recursive: true });

const run = (script: string, extra: string[]): void => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...extra], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

for (let k = 0; k < folds; k++) {
  const model = join(dir, `fold${k}.bin.gz`);
  if (a.has('reuse') && existsSync(model)) continue;
  console.log(`training without fold ${k + 1}/${folds}…`);
  run('scripts/train-ner.ts', ['--data', data, '--leave-out', `${k}/${folds}`, '--out', model]);
}
run('scripts/eval-ner.ts', [
  '--data',
  train,
  '--fold',
  `all/${folds}`,
  '--model',
  join(dir, 'fold{k}.bin.gz'),
  '--no-baseline',
]);
