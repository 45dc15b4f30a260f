#!/usr/bin/env -S node --max-semi-space-size=32
// Runs the TypeScript CLI through tsx, so `npx lede` works from a fresh clone without a build step.
// A 32 MB young generation (V8's default is 16): parsing and cleaning a page churn short-lived DOM
// objects, and the larger nursery cuts the time spent collecting them by about 30%. `npm run lede`
// and `npm run bench` pass the same flag, so the benchmark measures what the CLI runs.
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
