/**
 * A fold written "K/N" (the documents i with i % N === K), or "all/N" where `all` is allowed; throws with
 * the option's name on anything else.
 */
export function foldArg(value: string, option: string, all = false): { k: number | 'all'; n: number } {
  const [kText, nText] = value.split('/');
  const n = Number(nText);
  const k = all && kText === 'all' ? 'all' : Number(kText);
  const fine = Number.isInteger(n) && n >= 2 && (k === 'all' || (Number.isInteger(k) && k >= 0 && k < n));
  if (!fine) throw new Error(`${option} wants K/N with 0 <= K < N, N >= 2${all ? ', or all/N' : ''}; got ${value}`);
  return { k, n };
}

/** `--name value` and bare `--flag` (as "true") from the command line, for the NER scripts. */
export function args(): Map<string, string> {
  const out = new Map<string, string>();
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (!a.startsWith('--')) continue;
    const next = argv[i + 1];
    if (next === undefined || next.startsWith('--')) out.set(a.slice(2), 'true');
    else {
      out.set(a.slice(2), next);
      i++;
    }
  }
  return out;
}
