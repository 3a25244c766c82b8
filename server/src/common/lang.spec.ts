import { describe, expect, it } from 'vitest';
import { langOfHeader } from './lang.js';

describe('langOfHeader', () => {
  it.each([
    ['en', 'en'],
    ['da', 'da'],
    ['en-GB,en;q=0.9', 'en'],
    ['da-DK, en;q=0.5', 'da'],
    ['fr, en;q=0.3, da;q=0.8', 'da'],
    ['fr, en;q=0.9, da;q=0.2', 'en'],
    ['EN', 'en'],
  ] as const)('%s → %s', (header, lang) => {
    expect(langOfHeader(header)).toBe(lang);
  });

  it('is Danish when the header is absent, names neither language, or is malformed', () => {
    for (const header of [undefined, '', 'fr', 'de-DE;q=1', 'english', 'en;q=0', ';;,', 'x'.repeat(5000)]) {
      expect(langOfHeader(header)).toBe('da');
    }
    expect(langOfHeader(['fr', 'en'])).toBe('en');
  });
});
