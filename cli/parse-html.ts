// The CLI, evals and tests parse with the same function the extension's background uses.
export { parseHtml } from '../core/parse-html';
