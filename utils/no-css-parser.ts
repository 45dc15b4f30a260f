/**
 * Stands in for linkedom's CSS parser (cssomnom, about 200 KB of the background bundle; wxt.config.ts
 * aliases it here). linkedom calls it only to answer `<style>.sheet`, which neither Readability nor
 * Lede reads: Lede judges blocks by their text, tags and attributes, never by style sheets. A page's
 * sheet reads as empty.
 */
export function parse(_css: string): { cssRules: never[] } {
  return { cssRules: [] };
}
