import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDay } from './format';
import { defineMessages, needsIcu, onMissingMessage, translator, type MissingMessage } from './i18n';
import { SHELL_MESSAGES } from './shell-messages';

const SPEC = defineMessages(
  {
    da: { cases: '{count, plural, one {# sag} other {# sager}}', hello: 'Hej {name}', born: 'født {date, date, medium}' },
    en: { cases: '{count, plural, one {# case} other {# cases}}', hello: 'Hello {name}', born: 'born {date, date, medium}' },
  },
  'i18n-spec',
);

function collectMissing(run: () => void): MissingMessage[] {
  const seen: MissingMessage[] = [];
  const stop = onMissingMessage((m) => seen.push(m));
  try {
    run();
  } finally {
    stop();
  }
  return seen;
}

describe('the translator', () => {
  it('says one and other in Danish and English', () => {
    const da = translator(SPEC, 'da');
    const en = translator(SPEC, 'en');
    expect([da('cases', { count: 1 }), da('cases', { count: 0 }), da('cases', { count: 2 })]).toEqual(['1 sag', '0 sager', '2 sager']);
    expect([en('cases', { count: 1 }), en('cases', { count: 0 }), en('cases', { count: 1234 })]).toEqual([
      '1 case',
      '0 cases',
      '1,234 cases',
    ]);
    expect(da('cases', { count: 1234 })).toBe('1.234 sager');
  });

  it('fills placeholders and formats ICU dates per language', () => {
    expect(translator(SPEC, 'da')('hello', { name: 'Ida' })).toBe('Hej Ida');
    const day = new Date(Date.UTC(2026, 11, 1, 12));
    expect(translator(SPEC, 'da')('born', { date: day })).toBe('født 1. dec. 2026');
    expect(translator(SPEC, 'en')('born', { date: day })).toBe('born 1 Dec 2026');
  });

  it('reports a missing key (and shows the key, never another language)', () => {
    const en = translator(SPEC, 'en') as (key: string) => string;
    let shown = '';
    const missing = collectMissing(() => {
      shown = en('nope.never');
    });
    expect(shown).toBe('nope.never');
    expect(missing).toEqual([{ lang: 'en', namespace: 'i18n-spec', key: 'nope.never', reason: 'missing' }]);
  });

  it('reports a message it cannot format (a placeholder without a value)', () => {
    const da = translator(SPEC, 'da') as (key: string) => string;
    const missing = collectMissing(() => da('hello'));
    expect(missing).toEqual([{ lang: 'da', namespace: 'i18n-spec', key: 'hello', reason: 'unformattable' }]);
  });
});

describe('dates for people', () => {
  it('shows a day as 01.12.2026 in Danish and 1 Dec 2026 in English, never ISO', () => {
    expect(formatDay('2026-12-01', 'da')).toBe('01.12.2026');
    expect(formatDay('2026-12-01', 'en')).toBe('1 Dec 2026');
  });

  it('takes the day of an instant in Copenhagen', () => {
    // 23:30 UTC on 30 November is already 1 December in Copenhagen.
    expect(formatDay('2026-11-30T23:30:00Z', 'da')).toBe('01.12.2026');
    expect(formatDateTime('2026-11-30T23:30:00Z', 'en')).toBe('1 Dec 2026, 00:30');
    expect(formatDateTime('2026-06-30T12:05:00Z', 'da')).toMatch(/^30\.06\.2026,? 14[.:]05$/);
  });

  it('gives back what is not a date', () => {
    expect(formatDay('', 'da')).toBe('');
    expect(formatDay('soon', 'en')).toBe('soon');
  });
});

describe('the sign-in page', () => {
  it('shows only plain texts, so it needs no ICU formatter (loaded with the signed-in app)', () => {
    expect(needsIcu('{count, plural, one {# sag} other {# sager}}')).toBe(true);
    expect(needsIcu('{d, date, medium}')).toBe(true);
    expect(needsIcu('Hej {name}')).toBe(false);
    for (const lang of ['da', 'en'] as const) {
      const complex = Object.entries(SHELL_MESSAGES[lang]).filter(([, text]) => needsIcu(text));
      expect(complex).toEqual([]);
    }
  });
});
