// A small Cypher highlighter for the editor: comments, strings, parameters, labels, numbers and
// keywords; clauses that write are marked apart, so a stray MERGE stands out before the check.
export type HighlightKind = 'plain' | 'comment' | 'string' | 'keyword' | 'write' | 'parameter' | 'label' | 'number' | 'function';

export interface Highlight {
  kind: HighlightKind;
  text: string;
}

const KEYWORDS = new Set(
  (
    'MATCH OPTIONAL WHERE RETURN WITH UNWIND AS ORDER BY ASC ASCENDING DESC DESCENDING SKIP LIMIT DISTINCT AND OR XOR NOT IN IS ' +
    'NULL TRUE FALSE CALL YIELD UNION ALL CASE WHEN THEN ELSE END EXISTS CONTAINS STARTS ENDS USING INDEX ON COLLECT COUNT'
  ).split(' '),
);
const WRITES = new Set('CREATE MERGE SET DELETE DETACH REMOVE FOREACH LOAD CSV DROP USE TERMINATE SHOW'.split(' '));

export function highlightCypher(text: string): Highlight[] {
  const out: Highlight[] = [];
  let i = 0;
  const push = (kind: HighlightKind, end: number) => {
    const last = out[out.length - 1];
    const piece = text.slice(i, end);
    if (last && last.kind === kind && kind === 'plain') last.text += piece;
    else out.push({ kind, text: piece });
    i = end;
  };
  while (i < text.length) {
    const c = text[i]!;
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      const end = text.indexOf('\n', i);
      push('comment', end === -1 ? text.length : end);
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      push('comment', end === -1 ? text.length : end + 2);
    } else if (c === "'" || c === '"' || c === '`') {
      push(c === '`' ? 'label' : 'string', closing(text, i, c));
    } else if (c === '$') {
      push('parameter', wordEnd(text, i + 1));
    } else if (/\d/.test(c) && !/[\p{L}_]/u.test(text[i - 1] ?? '')) {
      let j = i + 1;
      while (j < text.length && /[\d.]/.test(text[j]!) && !(text[j] === '.' && text[j + 1] === '.')) j += 1;
      push('number', j);
    } else if (/[\p{L}_]/u.test(c)) {
      const end = wordEnd(text, i);
      const word = text.slice(i, end);
      const before = text.slice(0, i).trimEnd().at(-1);
      const upper = word.toUpperCase();
      if (before === ':') push('label', end);
      else if (before === '.') push('plain', end);
      else if (WRITES.has(upper)) push('write', end);
      else if (KEYWORDS.has(upper)) push('keyword', end);
      else if (text[end] === '(') push('function', end);
      else push('plain', end);
    } else {
      push('plain', i + 1);
    }
  }
  return out;
}

function wordEnd(text: string, start: number): number {
  let j = start;
  while (j < text.length && /[\p{L}\p{N}_]/u.test(text[j]!)) j += 1;
  return j;
}

function closing(text: string, start: number, quote: string): number {
  let j = start + 1;
  while (j < text.length) {
    if (text[j] === '\\' && quote !== '`') j += 2;
    else if (text[j] === quote) return j + 1;
    else j += 1;
  }
  return text.length;
}
