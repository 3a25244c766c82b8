import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('CSV', () => {
  it('quotes what needs quoting and disarms formulas', () => {
    expect(csvCell('Socialsøg-screening')).toBe('Socialsøg-screening');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-1')).toBe("'-1");
  });

  it('writes a header and rows with CRLF', () => {
    expect(toCsv(['dato', 'formål'], [['2026-03-01', '1234-56789-12345-12']])).toBe('dato,formål\r\n2026-03-01,1234-56789-12345-12\r\n');
  });
});
