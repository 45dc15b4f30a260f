import type { Citation } from '../types';

/**
 * Whether a citation reads with its statement first, as the article has it: "the deal is close, according
 * to officials". "according to the deal is close" reads wrong, so the popup and the Markdown export both put
 * such a source after what it said.
 */
export const readsStatementFirst = <C extends Pick<Citation, 'verb'>>(citation: C): citation is C & { verb: string } =>
  !!citation.verb && /^according to$/i.test(citation.verb);
