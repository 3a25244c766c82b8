import { describe, expect, it } from 'vitest';
import { searchText } from './search-text';

describe('person search text', () => {
  it('sends a birth date typed the Danish or English way as the ISO day', () => {
    expect(searchText(' 01.12.2016 ')).toEqual({ text: '2016-12-01' });
    expect(searchText('1/12/2016')).toEqual({ text: '2016-12-01' });
    expect(searchText('1. december 2016')).toEqual({ text: '2016-12-01' });
    expect(searchText('2016-12-01')).toEqual({ text: '2016-12-01' });
  });
  it('refuses a day written with digits that does not exist, before anything is sent', () => {
    expect(searchText('31.02.2016')).toEqual({ notADay: '31.02.2016' });
    expect(searchText('31/2/2016')).toEqual({ notADay: '31/2/2016' });
    expect(searchText('2016-02-31')).toEqual({ notADay: '2016-02-31' });
  });
  it('sends names, ids and digits alone as typed', () => {
    expect(searchText('Anna Jensen')).toEqual({ text: 'Anna Jensen' });
    expect(searchText('01122016')).toEqual({ text: '01122016' });
    expect(searchText('p-000123')).toEqual({ text: 'p-000123' });
    expect(searchText('Anna 2016')).toEqual({ text: 'Anna 2016' });
  });
});
