import { createRequire } from 'node:module';
import { BadInputError } from '../common/app-error.js';

// snowball-stemmers is CommonJS without types: the part used here, typed
const snowball = createRequire(import.meta.url)('snowball-stemmers') as { newStemmer(language: string): { stem(word: string): string } };

/**
 * One way to match keywords, for case summaries and search keys alike: case-insensitive, from the
 * start of a word, with the keyword's Danish stem (Snowball) as a prefix — so `narko` matches
 * `narkotika`, `selvmord` matches `selvmordstrussel`, `beruset` matches `berusede`, while `vold`
 * does not match `overvold`. A phrase matches word by word; only its last word is stemmed.
 */
const danish = snowball.newStemmer('danish');
const KEYWORD = /^[\p{L}\p{N}]+(?:[ -][\p{L}\p{N}]+)*$/u;

export interface KeywordPattern {
  keyword: string;
  /** a Java regular expression for Cypher's `=~`, matched against lower-cased text */
  pattern: string;
}

export function keywordStem(keyword: string): string {
  const words = keyword.trim().toLowerCase().split(/\s+/);
  const last = words.pop() ?? '';
  const stem = danish.stem(last);
  // a stem shorter than three letters would match too much: keep the word then
  return [...words, stem.length >= 3 ? stem : last].join(' ');
}

export function keywordPattern(keyword: string): KeywordPattern {
  if (!KEYWORD.test(keyword.trim()))
    throw new BadInputError('keywords', {
      da: `"${keyword.slice(0, 40)}" må kun indeholde bogstaver, cifre, mellemrum og bindestreger`,
      en: `"${keyword.slice(0, 40)}" may hold only letters, digits, spaces and hyphens`,
    });
  const stem = keywordStem(keyword).replace(/-/g, '\\-').replace(/ /g, '\\s+');
  // (?s): summaries may hold line breaks; the keyword starts a word and may run on (a prefix)
  return { keyword, pattern: `(?su)(.*[^\\p{L}\\p{N}])?${stem}.*` };
}

/** The first keyword that matches the text, as the rule files do it (for tests and previews). */
export function matchKeyword(text: string, keywords: readonly string[]): string | undefined {
  const lower = text.toLowerCase();
  return keywords.find((k) => new RegExp(`^${keywordPattern(k).pattern.replace('(?su)', '')}$`, 'su').test(lower));
}

/** Keyword lists are checked when saved; an empty list needs an explicit confirmation. */
export function checkKeywords(keywords: readonly string[], confirmEmpty: boolean): void {
  for (const k of keywords) keywordPattern(k);
  if (keywords.length === 0 && !confirmEmpty) {
    throw new BadInputError('keywords', {
      da: 'en tom liste betyder, at ingen sag uden for risikokategorierne nogensinde tælles med; bekræft, at det er det, du vil',
      en: 'an empty list means no case outside the risk categories is ever counted; confirm that this is what you want',
    });
  }
}
