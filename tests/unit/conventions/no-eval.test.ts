import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Lede's pages run under a Content Security Policy without 'unsafe-eval' (wxt.config.ts), and page
 * content reaches them only as data. This keeps the source honest about both: no string-to-code, and
 * HTML parsing only in utils/safe-html.ts, where DOMPurify runs first.
 */

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SCANNED = ['core', 'utils', 'entrypoints', 'components'];
const SOURCE = /\.(ts|tsx|js|mjs)$/;
const HTML_SINK_ALLOWED = new Set(['utils/safe-html.ts']);

const RULES: Array<{ name: string; pattern: RegExp; allowed?: Set<string> }> = [
  { name: 'eval', pattern: /(^|[^\w.$])eval\s*\(/ },
  { name: 'new Function', pattern: /\bnew\s+Function\s*\(/ },
  { name: 'string timer', pattern: /\bset(Timeout|Interval)\s*\(\s*['"`]/ },
  { name: 'document.write', pattern: /\bdocument\.write(ln)?\s*\(/ },
  { name: 'innerHTML', pattern: /\.innerHTML\s*[+]?=(?!=)/, allowed: HTML_SINK_ALLOWED },
  { name: 'outerHTML', pattern: /\.outerHTML\s*[+]?=(?!=)/, allowed: HTML_SINK_ALLOWED },
  { name: 'insertAdjacentHTML', pattern: /\binsertAdjacentHTML\s*\(/, allowed: HTML_SINK_ALLOWED },
  { name: 'dangerouslySetInnerHTML', pattern: /\bdangerouslySetInnerHTML\b/, allowed: HTML_SINK_ALLOWED },
  { name: 'createContextualFragment', pattern: /\bcreateContextualFragment\s*\(/, allowed: HTML_SINK_ALLOWED },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return entry === 'node_modules' ? [] : sourceFiles(full);
    return SOURCE.test(entry) ? [full] : [];
  });
}

/** The line without its `//` comment, and without block-comment lines (doc comments mention the sinks). */
function codeOf(line: string): string {
  const trimmed = line.trim();
  if (trimmed.startsWith('*') || trimmed.startsWith('/*') || trimmed.startsWith('//')) return '';
  return line.replace(/\s\/\/.*$/, '');
}

/** Every `file:line  rule  code` that breaks a rule. */
function findViolations(files: string[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    const relative = path.relative(ROOT, file).split(path.sep).join('/');
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, index) => {
        const code = codeOf(line);
        for (const rule of RULES) {
          if (rule.pattern.test(code) && !rule.allowed?.has(relative)) {
            found.push(`${relative}:${index + 1}  ${rule.name}  ${line.trim()}`);
          }
        }
      });
  }
  return found;
}

describe('no eval and no raw HTML sinks in extension code', () => {
  const files = SCANNED.flatMap((dir) => sourceFiles(path.join(ROOT, dir)));

  it('scans the extension source', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.some((file) => file.endsWith(path.join('utils', 'safe-html.ts')))).toBe(true);
  });

  it('finds none outside utils/safe-html.ts', () => {
    expect(findViolations(files)).toEqual([]);
  });

  it('the sanitizer module is the one place that sets innerHTML', () => {
    const safeHtml = path.join(ROOT, 'utils', 'safe-html.ts');
    expect(readFileSync(safeHtml, 'utf8')).toMatch(/\.innerHTML\s*=/);
  });

  it('would report each rule with its file and line', () => {
    const samples = [
      'eval("1")',
      'const f = new Function("return 1")',
      'setTimeout("go()", 1)',
      'document.write("<p>")',
      'el.innerHTML = html',
      'el.outerHTML = html',
      'el.insertAdjacentHTML("beforeend", html)',
      '<div dangerouslySetInnerHTML={{ __html: html }} />',
      'range.createContextualFragment(html)',
    ];
    for (const sample of samples) {
      expect(
        RULES.some((rule) => rule.pattern.test(codeOf(sample))),
        sample,
      ).toBe(true);
    }
    for (const harmless of [
      'x.evaluate(1)',
      'retrieval(1)',
      'el.innerHTML === ""',
      '// eval(x)',
      'el.textContent = s',
    ]) {
      expect(
        RULES.some((rule) => rule.pattern.test(codeOf(harmless))),
        harmless,
      ).toBe(false);
    }
  });
});
