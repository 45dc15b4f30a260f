/**
 * React's streaming server rendering sends a page's slower parts last. Each arrives as a hidden
 * `<div id="S:n">` at the end of `<body>`, with a small script that moves it into place: where a
 * `<template id="P:n">` holds its place, or into the pending boundary that `<template id="B:n">` opens
 * (between the comments `<!--$?-->` and `<!--/$-->`, which hold a "Loading…" fallback until then).
 *
 * A saved page keeps the parts at the end, often without the scripts (and sometimes without the
 * comments): the story then reads as its skeleton followed by its paragraphs out of order. This puts each
 * part where the script would have. The part and its place share the number `n`.
 */
import { bodyOf, detach, isElement } from './dom';

const SEGMENT_ID = /^S:([0-9a-f]+)$/;
const COMMENT_NODE = 8;
/** A fallback a saved page shows where a part has yet to arrive: a skeleton, or "Loading paragraph...". */
const LOADING = /^(?:loading\b.*)?$/i;

/** Moves streamed parts into their places; returns how many were moved. */
export function placeStreamedSegments(doc: Document): number {
  const body = bodyOf(doc);
  if (!body) return 0;
  let placed = 0;
  for (const segment of Array.from(body.children)) {
    const match = SEGMENT_ID.exec(segment.getAttribute('id') ?? '');
    if (!match || !segment.hasAttribute('hidden')) continue;
    const n = match[1] as string;
    const placeholder = doc.getElementById(`P:${n}`);
    if (placeholder && !segment.contains(placeholder)) {
      moveChildren(segment, placeholder);
      detach(placeholder);
      detach(segment);
      placed++;
      continue;
    }
    const boundary = doc.getElementById(`B:${n}`);
    if (boundary && !segment.contains(boundary)) {
      const end = dropFallback(boundary);
      if (end) moveChildren(segment, end);
      else moveChildren(segment, boundary);
      detach(boundary);
      detach(segment);
      placed++;
    }
  }
  return placed;
}

function moveChildren(from: Element, before: Node): void {
  const parent = before.parentNode;
  if (!parent) return;
  while (from.firstChild) parent.insertBefore(from.firstChild, before);
}

/**
 * Removes a pending boundary's fallback, which follows its template up to the boundary's end comment
 * (boundaries nest); returns that comment. Without the comments, only a fallback that reads as one (empty,
 * or "Loading…") right after the template goes, and null is returned.
 */
function dropFallback(template: Element): Node | null {
  const start = template.previousSibling;
  if (start?.nodeType === COMMENT_NODE && (start as Comment).data === '$?') {
    const end = boundaryEnd(template);
    // A boundary that never closes is left whole rather than emptied to the end of its parent.
    if (!end) return null;
    while (template.nextSibling && template.nextSibling !== end) detach(template.nextSibling);
    return end;
  }
  const next = template.nextSibling;
  if (isElement(next) && LOADING.test((next.textContent ?? '').trim())) detach(next);
  return null;
}

/** The comment that closes the boundary opened just before `template` (boundaries nest). */
function boundaryEnd(template: Element): Node | null {
  let depth = 0;
  for (let node = template.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType !== COMMENT_NODE) continue;
    const data = (node as Comment).data;
    if (data === '/$') {
      if (depth === 0) return node;
      depth--;
    } else if (data === '$' || data === '$?' || data === '$!') depth++;
  }
  return null;
}
