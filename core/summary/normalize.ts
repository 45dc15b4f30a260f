/** Scales to 0..1 by the largest value (a loop: spreading a huge array into Math.max overflows the stack). */
export function normalize(values: number[]): number[] {
  let max = 0;
  for (const v of values) if (v > max) max = v;
  return max > 0 ? values.map((v) => v / max) : values.map(() => 0);
}
