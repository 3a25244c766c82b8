import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, describe, expect, it } from 'vitest';
import { i18n, LanguageProvider, type Lang } from '../i18n/i18n';
import { formatDayText, parseDay, rangeOf, readDay } from './date-text';
import { DateField } from './DateField';

describe('parseDay', () => {
  it.each([
    ['01.12.2026', '2026-12-01'],
    ['1.12.2026', '2026-12-01'],
    ['1.2.2026', '2026-02-01'],
    ['01-12-2026', '2026-12-01'],
    ['01/12/2026', '2026-12-01'],
    ['1/12/2026', '2026-12-01'],
    ['01122026', '2026-12-01'],
    ['2026-12-01', '2026-12-01'],
    ['2026-1-5', '2026-01-05'],
    ['  15.06.2020 ', '2020-06-15'],
    ['15. 06. 2020', '2020-06-15'],
    ['1 Dec 2026', '2026-12-01'],
    ['1. maj 2026', '2026-05-01'],
    ['1 oktober 2026', '2026-10-01'],
    ['29.02.2024', '2024-02-29'],
  ])('reads %s as %s (day first, or ISO)', (text, iso) => {
    expect(parseDay(text)).toEqual({ kind: 'day', iso });
  });

  it.each([
    '31.02.2026',
    '29.02.2026',
    '32.01.2026',
    '00.01.2026',
    '01.13.2026',
    '2026-02-30',
    '01.12.26',
    '1.12',
    '12/31/2026',
    'i går',
    '1 smarch 2026',
    '011220266',
  ])('refuses %s: not a real day, a two-digit year, US order or not a date at all', (text) => {
    expect(parseDay(text)).toEqual({ kind: 'invalid' });
  });

  it('reads empty text as no date', () => {
    expect(parseDay('')).toEqual({ kind: 'empty' });
    expect(parseDay('   ')).toEqual({ kind: 'empty' });
  });
});

describe('formatDayText', () => {
  it('writes Danish dd.mm.åååå and English day-first dd/mm/yyyy', () => {
    expect(formatDayText('2026-12-01', 'da')).toBe('01.12.2026');
    expect(formatDayText('2026-12-01', 'en')).toBe('01/12/2026');
    expect(formatDayText('2020-06-15', 'da')).toBe('15.06.2020');
  });

  it('reads back what it writes, in both languages', () => {
    for (const iso of ['2000-01-31', '2024-02-29', '1950-06-15', '2026-12-01']) {
      for (const lang of ['da', 'en'] as const) expect(parseDay(formatDayText(iso, lang))).toEqual({ kind: 'day', iso });
    }
  });

  it('leaves text that is not an ISO day as it is', () => {
    expect(formatDayText('', 'da')).toBe('');
    expect(formatDayText('2026-02-31', 'en')).toBe('2026-02-31');
  });
});

describe('min and max', () => {
  it('holds a day against inclusive bounds', () => {
    expect(rangeOf('2026-12-01', '2026-12-01', '2026-12-31')).toBe('ok');
    expect(rangeOf('2026-12-31', '2026-12-01', '2026-12-31')).toBe('ok');
    expect(rangeOf('2026-11-30', '2026-12-01', '2026-12-31')).toBe('before-min');
    expect(rangeOf('2027-01-01', '2026-12-01', '2026-12-31')).toBe('after-max');
    expect(rangeOf('1900-01-01')).toBe('ok');
  });

  it('gives the owner the ISO day and names the problem: out of range keeps the day, not a date gives none', () => {
    expect(readDay('15.06.2020', '2020-01-01', '2020-12-31')).toEqual({ iso: '2020-06-15', problem: null });
    expect(readDay('15.06.2021', '2020-01-01', '2020-12-31')).toEqual({
      iso: '2021-06-15',
      problem: { kind: 'after-max', bound: '2020-12-31' },
    });
    expect(readDay('15.06.2019', '2020-01-01')).toEqual({ iso: '2019-06-15', problem: { kind: 'before-min', bound: '2020-01-01' } });
    expect(readDay('31.02.2026')).toEqual({ iso: '', problem: { kind: 'invalid' } });
    expect(readDay('')).toEqual({ iso: '', problem: null });
  });
});

describe('DateField', () => {
  const render = (lang: Lang, props: Parameters<typeof DateField>[0]) => {
    void i18n.changeLanguage(lang);
    return renderToStaticMarkup(createElement(LanguageProvider, null, createElement(DateField, props)));
  };
  const initial = i18n.language;
  afterAll(() => void i18n.changeLanguage(initial));

  it('shows an ISO value in the language, with the format as placeholder and a hint it is described by', () => {
    const da = render('da', { id: 'd', name: 'asOf', value: '2020-06-15', onChange: () => {}, 'data-testid': 'as-of-date' });
    expect(da).toContain('value="15.06.2020"');
    expect(da).toContain('placeholder="dd.mm.åååå"');
    expect(da).toMatch(/<input[^>]*id="d"[^>]*type="text"[^>]*name="asOf"/);
    expect(da).toContain('aria-describedby="d-hint"');
    expect(da).toMatch(/<span id="d-hint" hidden="">Dato som dd.mm.åååå/);
    expect(da).toContain('data-testid="as-of-date"');
    const en = render('en', { id: 'd', value: '2020-06-15', onChange: () => {} });
    expect(en).toContain('value="15/06/2020"');
    expect(en).toContain('placeholder="dd/mm/yyyy"');
    expect(en).toContain('Date as dd/mm/yyyy');
  });

  it('keeps the hidden picker out of the tab order and the accessibility tree, with the bounds on it', () => {
    const html = render('da', { id: 'd', value: '', min: '2020-01-01', max: '2026-12-01', onChange: () => {} });
    expect(html).toMatch(/<input[^>]*type="date"[^>]*min="2020-01-01"[^>]*max="2026-12-01"[^>]*tabindex="-1"[^>]*aria-hidden="true"/);
    expect(html).toContain('value=""');
  });

  it('adds its hint to the owner’s description and passes on the owner’s invalid mark (react-hook-form errors)', () => {
    const html = render('en', { id: 'd', name: 'expiresAt', 'aria-invalid': true, 'aria-describedby': 'key-expiresAt-error' });
    expect(html).toContain('aria-describedby="key-expiresAt-error d-hint"');
    expect(html).toContain('aria-invalid="true"');
  });
});
