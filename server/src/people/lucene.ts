// Lucene's query syntax: these characters have meaning and are escaped in user text.
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * A full-text query from what a user typed: every word must match, as itself or as a prefix
 * ("jen han" finds "Jens Hansen"). Returns undefined when no word is left.
 */
export function nameQuery(text: string): string | undefined {
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(SPECIAL, (c) => `\\${c}`))
    .filter((w) => w.length > 0)
    .slice(0, 8);
  if (words.length === 0) return undefined;
  return words.map((w) => `(${w} OR ${w}*)`).join(' AND ');
}
