/**
 * A small Cypher tokenizer: enough to tell code from comments and strings, so checks on
 * keywords, parameters and labels do not trip over `// MERGE` in a comment or 'LOAD CSV' in a
 * string. It does not parse; Neo4j's EXPLAIN stays the judge of what a query does.
 */
export type TokenKind = 'space' | 'comment' | 'string' | 'identifier' | 'quoted' | 'parameter' | 'number' | 'symbol';

export interface Token {
  kind: TokenKind;
  text: string;
  start: number;
}

const IDENT_START = /[\p{L}_]/u;
const IDENT_PART = /[\p{L}\p{N}_]/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const push = (kind: TokenKind, end: number) => {
    tokens.push({ kind, text: text.slice(i, end), start: i });
    i = end;
  };
  while (i < text.length) {
    const c = text[i]!;
    const next = text[i + 1];
    if (/\s/.test(c)) {
      let j = i + 1;
      while (j < text.length && /\s/.test(text[j]!)) j += 1;
      push('space', j);
    } else if (c === '/' && next === '/') {
      const end = text.indexOf('\n', i);
      push('comment', end === -1 ? text.length : end);
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      push('comment', end === -1 ? text.length : end + 2);
    } else if (c === "'" || c === '"') {
      push('string', closing(text, i, c, true));
    } else if (c === '`') {
      push('quoted', closing(text, i, '`', false));
    } else if (c === '$') {
      let j = i + 1;
      if (text[j] === '`') j = closing(text, j, '`', false);
      else while (j < text.length && IDENT_PART.test(text[j]!)) j += 1;
      push('parameter', j);
    } else if (/\d/.test(c)) {
      let j = i + 1;
      while (j < text.length && /[\d.a-zA-Z_]/.test(text[j]!) && !(text[j] === '.' && text[j + 1] === '.')) j += 1;
      push('number', j);
    } else if (IDENT_START.test(c)) {
      let j = i + 1;
      while (j < text.length && IDENT_PART.test(text[j]!)) j += 1;
      push('identifier', j);
    } else {
      push('symbol', i + 1);
    }
  }
  return tokens;
}

/** The index after the closing quote (or the end of the text when it is missing). */
function closing(text: string, start: number, quote: string, escapes: boolean): number {
  let j = start + 1;
  while (j < text.length) {
    if (escapes && text[j] === '\\') j += 2;
    else if (text[j] === quote) {
      // `` inside a backtick name is an escaped backtick
      if (!escapes && text[j + 1] === quote) j += 2;
      else return j + 1;
    } else j += 1;
  }
  return text.length;
}

/** Tokens that are code: no spaces, no comments. */
export function codeTokens(text: string): Token[] {
  return tokenize(text).filter((t) => t.kind !== 'space' && t.kind !== 'comment');
}

/** The name of a parameter token, `$name` or `` $`odd name` ``. */
export function parameterName(token: Token): string {
  const raw = token.text.slice(1);
  return raw.startsWith('`') ? raw.slice(1, -1).replace(/``/g, '`') : raw;
}

/** A name token's value: an identifier as written, a backtick name unquoted. */
export function nameOf(token: Token): string {
  return token.kind === 'quoted' ? token.text.slice(1, -1).replace(/``/g, '`') : token.text;
}
