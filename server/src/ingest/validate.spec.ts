import { describe, expect, it } from 'vitest';
import { checkBatch, checkRecord, isIsoDate, isIsoDateTime, parseLines, type NumberedRecord } from './validate.js';

const ref = { isMunicipality: (c: string) => c === '851', isDistrict: (c: string) => c === 'NJY', isCategory: (c: string) => c === 'vold' };
const empty = {
  personBirthDates: new Map<string, string>(),
  addressIds: new Set<string>(),
  caseIds: new Set<string>(),
  ancestors: new Map<string, string[]>(),
};

describe('record checks', () => {
  it('knows real dates and date-times with offsets', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDateTime('2024-03-05T22:15:00+01:00')).toBe(true);
    expect(isIsoDateTime('2024-03-05T22:15:00')).toBe(false);
  });

  it('names line, field and reason', () => {
    const { problems } = checkRecord(
      { type: 'address', id: 'a', street: 'x', postalCode: '12', city: 'y', municipalityCode: '999' },
      7,
      ref,
    );
    expect(problems).toEqual([
      { line: 7, field: 'postalCode', reason: 'must be a 4-digit Danish postal code, got "12"' },
      { line: 7, field: 'municipalityCode', reason: 'unknown municipality code "999"' },
    ]);
  });

  it('refuses lone surrogates, which could not be stored byte for byte', () => {
    expect(
      checkRecord({ type: 'person', id: 'p', name: 'a\uD800b', sex: 'F', birthDate: '2000-01-01' }, 1, ref).problems[0]?.reason,
    ).toMatch(/lone surrogate/);
  });

  it('numbers lines across blank ones', () => {
    const { values, problems } = parseLines('{"a":1}\n\n{oops\n', 10);
    expect(values.map((v) => v.line)).toEqual([10]);
    expect(problems[0]).toMatchObject({ line: 12, field: '(line)' });
  });
});

describe('batch checks', () => {
  const person = (id: string, birthDate: string, line: number): NumberedRecord => ({
    line,
    record: { type: 'person', id, name: id, sex: 'U', birthDate },
  });
  it('finds a cycle through stored ancestors', () => {
    const records: NumberedRecord[] = [
      person('a', '1950-01-01', 1),
      person('b', '1970-01-01', 2),
      { line: 3, record: { type: 'parent', parentId: 'b', childId: 'a' } },
    ];
    // stored: a is already an ancestor of b
    const problems = checkBatch(records, { ...empty, ancestors: new Map([['b', ['a']]]) });
    expect(problems.map((p) => p.reason)).toEqual(expect.arrayContaining(['"a" would become their own ancestor']));
  });
  it('reports conflicting duplicates', () => {
    const problems = checkBatch([person('a', '1950-01-01', 1), person('a', '1951-01-01', 2)], empty);
    expect(problems).toEqual([{ line: 2, field: 'id', reason: 'person "a" appears again with other values (first on line 1)' }]);
  });
});
