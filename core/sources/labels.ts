import type { Article, Label, Publisher } from '../types';
import { outletByName } from './publisher-db';

const WIRES: [RegExp, string][] = [
  [/\(AP\)|\bAssociated Press\b/, 'Associated Press'],
  [/\(Reuters\)|\bReuters\b/, 'Reuters'],
  [/\(AFP\)|\bAgence France[- ]Presse\b|\bAFP\b/, 'Agence France-Presse'],
  [/\bBloomberg News\b/, 'Bloomberg'],
  [/\(UPI\)/, 'United Press International'],
  [/\bDaily Caller News Foundation\b|\bDCNF\b/, 'Daily Caller News Foundation'],
];
// A dateline: "WASHINGTON (AP) —", "LONDON, March 3 (Reuters) -", "PARIS (AFP) -".
const DATELINE =
  /^[A-Z][A-Z .,'-]{2,40}(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?\s*\((AP|Reuters|AFP|UPI|dpa|PA|CP)\)\s*[—–-]/;
const DATELINE_WIRE: Record<string, string> = {
  AP: 'Associated Press',
  Reuters: 'Reuters',
  AFP: 'Agence France-Presse',
  UPI: 'United Press International',
  dpa: 'Deutsche Presse-Agentur',
  PA: 'PA Media',
  CP: 'The Canadian Press',
};
const ORIGINALLY =
  /\b(?:This (?:story|article|piece|report) (?:was )?(?:originally|first) (?:published|appeared) (?:by|in|on|at)|(?:Originally|First) published (?:by|in|on)|(?:is )?republished (?:here )?(?:with permission )?from|This article is republished from)\s+((?:the )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,5})/;

function push(labels: Label[], label: Label): void {
  if (label.by) label.by = label.by.replace(/(?<![A-Z])\.$/, '');
  if (!labels.some((l) => l.label === label.label)) labels.push(label);
}

function firstSentence(text: string): string {
  return (/^[^\n]*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text.slice(0, 200)).trim();
}

/** Labels for the piece as a whole: wire copy, syndication, opinion, analysis, sponsored, release, corrections. */
export function findLabels(article: Article, publisher: Publisher | null): Label[] {
  const labels: Label[] = [];
  const head = article.text.slice(0, 400);
  const types = article.pageTypes.join(' ');
  const section = article.section ?? '';
  const byline = [article.byline ?? '', ...article.authors.map((a) => a.name)].join(' ');

  const dateline = DATELINE.exec(head);
  if (dateline?.[1])
    push(labels, { label: 'newswire', evidence: dateline[0].trim(), by: DATELINE_WIRE[dateline[1]] ?? dateline[1] });
  for (const [re, wire] of WIRES) {
    const m = re.exec(byline);
    if (m) push(labels, { label: 'newswire', evidence: `Byline: ${byline.trim()}`, by: wire });
  }
  for (const note of article.notes) {
    if (note.kind === 'licensing' || note.kind === 'syndication') {
      const wire = WIRES.find(([re]) => re.test(note.text));
      if (wire) push(labels, { label: 'newswire', evidence: note.text, by: wire[1] });
      const orig = ORIGINALLY.exec(note.text);
      if (orig?.[1]) push(labels, { label: 'syndicated', evidence: note.text, by: orig[1] });
      else if (!wire && note.kind === 'syndication') push(labels, { label: 'syndicated', evidence: note.text });
    }
    if (note.kind === 'correction') push(labels, { label: 'correction', evidence: note.text });
    if (note.kind === 'editors-note') push(labels, { label: 'editors-note', evidence: note.text });
    if (
      note.kind === 'disclosure' &&
      /\b(sponsored|paid (?:post|content|partnership)|in partnership with|advertis)/i.test(note.text)
    )
      push(labels, { label: 'sponsored', evidence: note.text });
  }
  if (publisher?.kind === 'newswire' && !labels.some((l) => l.label === 'newswire')) {
    const record = outletByName(publisher.name);
    if (record?.kind === 'newswire')
      push(labels, {
        label: 'newswire',
        evidence: `Published by ${publisher.name}, a news agency`,
        by: publisher.name,
      });
  }
  const orig = ORIGINALLY.exec(article.text);
  if (orig?.[1]) push(labels, { label: 'syndicated', evidence: orig[0], by: orig[1] });

  if (
    /OpinionNewsArticle|\bOpinion\b/i.test(types) ||
    /^(opinion|comment|commentary|op-?ed|editorials?|columns?|columnists?)$/i.test(section.trim())
  )
    push(labels, {
      label: 'opinion',
      evidence: types.includes('Opinion') ? `Page type: ${types}` : `Section: ${section}`,
    });
  else if (/^(?:Opinion|OPINION|Op-Ed|Commentary|Editorial)\s*[:|—–-]/.test(article.title))
    push(labels, { label: 'opinion', evidence: article.title });
  if (
    /AnalysisNewsArticle/i.test(types) ||
    /^(analysis|news analysis)$/i.test(section.trim()) ||
    /^(?:Analysis|ANALYSIS)\s*[:|—–-]/.test(article.title)
  )
    push(labels, {
      label: 'analysis',
      evidence: /Analysis/i.test(article.title) ? article.title : `Section: ${section || types}`,
    });
  if (
    /AdvertiserContentArticle|SponsoredArticle/i.test(types) ||
    /\b(sponsored content|paid post|paid content|partner content|advertisement feature|promoted content)\b/i.test(
      `${section} ${head}`,
    )
  )
    push(labels, {
      label: 'sponsored',
      evidence: /sponsored|paid|partner|promoted|advertis/i.test(section) ? `Section: ${section}` : firstSentence(head),
    });
  if (
    /\b(?:PRNewswire|Business Wire|GLOBE NEWSWIRE|ACCESSWIRE|EIN Presswire)\b/.test(head) ||
    /^press releases?$/i.test(section.trim()) ||
    /\/PRNewswire\/|-- \(BUSINESS WIRE\)/.test(article.text)
  )
    push(labels, {
      label: 'press-release',
      evidence:
        /PRNewswire|BUSINESS WIRE|GLOBE NEWSWIRE|ACCESSWIRE|EIN Presswire/i.exec(article.text)?.[0] ??
        `Section: ${section}`,
    });
  const correction =
    /(?:^|\n)\s*((?:Correction|CORRECTION|Clarification)s?\s*(?:\([^)]*\))?\s*[:—–-][^\n]*|An earlier version of this (?:article|story)[^\n]*)/.exec(
      article.text,
    );
  if (correction?.[1]) push(labels, { label: 'correction', evidence: correction[1].trim() });
  const editors = /(?:^|\n)\s*(Editor[’']s [Nn]ote\s*[:—–-][^\n]*)/.exec(article.text);
  if (editors?.[1]) push(labels, { label: 'editors-note', evidence: editors[1].trim() });
  if (article.signals.liveBlog || /LiveBlogPosting/i.test(types))
    push(labels, {
      label: 'live-blog',
      evidence: /LiveBlogPosting/i.test(types) ? 'Page type: LiveBlogPosting' : 'Live updates page',
    });
  return labels;
}
