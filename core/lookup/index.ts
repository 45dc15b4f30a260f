export { buildLookup, matchEntity } from './build';
export { findDescriptions } from './descriptions';
export { disambiguationCandidates, fitsContext, originPattern, parseSummary, summaryUrl } from './encyclopedia';
export { findOccurrences, MAX_OCCURRENCES } from './occurrences';
export { MAX_QUERY_LENGTH, normalizeQuery } from './query';
export type * from './types';
