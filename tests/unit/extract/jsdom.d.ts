// jsdom ships no types and @types/jsdom is not installed; the extraction tests and eval use this much of it.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string, options?: { url?: string });
    readonly window: { document: Document };
  }
}
