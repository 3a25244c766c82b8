import { describe, expect, it } from 'vitest';
import { searchText } from './search-text';

describe('person search text', () => {
  it('sends a birth date typed the Danish or English way as the ISO day', () => {
    expect(searchText(' 01.12.2016 ')).toBe('2016-12-01');
    expect(searchText('1/12/2016')).toBe('2016-12-01');
    expect(searchText('1. december 2016')).toBe('2016-12-01');
    expect(searchText('2016-12-01')).toBe('2016-12-01');
  });
  it('sends names, ids, digits alone and days that do not exist as typed', () => {
    expect(searchText('Anna Jensen')).toBe('Anna Jensen');
    expect(searchText('01122016')).toBe('01122016');
    expect(searchText('p-000123')).toBe('p-000123');
    expect(searchText('31.02.2016')).toBe('31.02.2016');
  });
});
