import { describe, expect, it } from 'vitest';
import {
  checkIngestLine,
  configuredReasons,
  decisionNoteSchema,
  DESCRIPTION_MAX,
  DESCRIPTION_MIN_WORDS,
  descriptionProblem,
  descriptionReason,
  fillerProblem,
  isIsoDate,
  isIsoDateTime,
  isJournalNumber,
  isValidPurpose,
  journalNumberSchema,
  MIN_ASSESSMENT_WORDS,
  newUserSchema,
  NOTE_MAX,
  PASSWORD_MIN_LENGTH,
  passwordChecks,
  passwordRuleProblems,
  purposeReasonSchema,
  reportDraftSchema,
  SAVED_QUERY_SOURCE_MAX,
  savedQuerySourceSchema,
  todayInCopenhagen,
} from './index.js';

describe('journal numbers', () => {
  it('accepts nnnn-nnnnn-nnnnn-nn and nothing else', () => {
    expect(isJournalNumber('5100-80120-00042-26')).toBe(true);
    expect(isJournalNumber(' 5100-80120-00042-26 ')).toBe(true);
    for (const bad of [
      '5100-80120-00042-2',
      '5100-80120-00042-260',
      '5100 80120 00042 26',
      'abcd-80120-00042-26',
      '',
      '5100-80120-00042-26x',
    ])
      expect(isJournalNumber(bad), bad).toBe(false);
    expect(journalNumberSchema.safeParse('5100-80120-00042-26').success).toBe(true);
    expect(journalNumberSchema.safeParse('5100-80120').error?.issues[0]?.message).toBe('must be a journal number nnnn-nnnnn-nnnnn-nn');
  });
});

describe('purposes', () => {
  const reasons = configuredReasons(' Screening ; Opfølgning på underretning;;');
  it('reads the configured reasons and accepts them or a journal number', () => {
    expect(reasons).toEqual(['Screening', 'Opfølgning på underretning']);
    expect(isValidPurpose('Screening', reasons)).toBe(true);
    expect(isValidPurpose('5100-80120-00042-26', reasons)).toBe(true);
    expect(isValidPurpose('Nysgerrighed', reasons)).toBe(false);
    expect(isValidPurpose('Screening', [])).toBe(false);
  });
  it('keeps a reason short and free of the separator', () => {
    expect(purposeReasonSchema.safeParse('a;b').success).toBe(false);
    expect(purposeReasonSchema.safeParse('x'.repeat(201)).success).toBe(false);
    expect(purposeReasonSchema.safeParse(' Kvalitetskontrol ').data).toBe('Kvalitetskontrol');
  });
});

describe('passwords', () => {
  it('checks length, character classes (Danish letters count) and the username', () => {
    expect(passwordChecks('Lang-nok-2026', 'k.hansen')).toEqual({ length: true, classes: true, username: true });
    expect(passwordChecks('x'.repeat(PASSWORD_MIN_LENGTH - 1), '').length).toBe(false);
    expect(passwordChecks('bareenlangsmåbogstavstreng', 'x').classes).toBe(false);
    expect(passwordChecks('Æbler-og-pærer', 'x').classes).toBe(true);
    expect(passwordChecks('K.Hansen-2026!', 'k.hansen').username).toBe(false);
  });
  it('gives the API its reasons, one per rule broken', () => {
    expect(passwordRuleProblems('kort', 'kort')).toEqual([
      'must be at least 12 characters',
      'must mix at least three of: lower case, upper case, digits, symbols',
      'must not contain the username',
    ]);
    expect(passwordRuleProblems('Sikker-Adgang-2026', 'k.hansen')).toEqual([]);
  });
  it('checks a new user as the admin form and the API do', () => {
    const base = { username: 'k.hansen', password: 'Sikker-Adgang-2026', role: 'coordinator', districtCode: null, municipalityCode: null };
    expect(newUserSchema.safeParse(base).error?.issues.map((i) => [i.path[0], i.message])).toEqual([['districtCode', 'required']]);
    expect(newUserSchema.safeParse({ ...base, districtCode: 'NJY' }).success).toBe(true);
    const bad = newUserSchema.safeParse({ ...base, username: 'K', password: 'k', role: 'boss' });
    expect(bad.error?.issues.map((i) => i.message)).toEqual(['username', 'password', 'role']);
  });
});

describe('report descriptions', () => {
  it('asks for ten words of assessment and refuses filler', () => {
    expect(MIN_ASSESSMENT_WORDS).toBe(DESCRIPTION_MIN_WORDS.assessment);
    expect(fillerProblem('Barnet virker træt', MIN_ASSESSMENT_WORDS)).toBe('write at least 10 words');
    expect(fillerProblem('blablabla', 1)).toMatch(/not a description/);
    expect(fillerProblem('godt godt godt godt godt godt godt godt godt godt', 10)).toMatch(/repeats/);
    expect(fillerProblem('Barnet kom i skole uden madpakke tre dage i træk og sagde at far sov', 10)).toBeNull();
  });

  it('gives each problem as data (the form words it) and in the API’s English', () => {
    expect(descriptionProblem('assessment', '  ')).toEqual({ kind: 'required' });
    expect(descriptionProblem('observed', 'Hun sagde blablabla hele tiden i går')).toEqual({ kind: 'babble', word: 'blablabla' });
    expect(descriptionProblem('institution', 'ukendt')).toBeNull();
    expect(descriptionProblem('assessment', 'ord '.repeat(2501))).toEqual({ kind: 'tooLong', max: DESCRIPTION_MAX });
    expect(descriptionReason({ kind: 'tooFew', min: 1 })).toBe('write at least 1 word');
    expect(reportDraftSchema.safeParse({ childIds: [], observed: '', institution: 'ukendt', assessment: '' }).error?.issues).toMatchObject([
      { path: ['childIds'], message: 'noChild' },
      { path: ['observed'], message: 'required' },
      { path: ['assessment'], message: 'required' },
    ]);
    expect(decisionNoteSchema.safeParse(' ').success).toBe(false);
    expect(decisionNoteSchema.safeParse('x'.repeat(NOTE_MAX + 1)).error?.issues[0]?.message).toBe('tooLong');
    expect(savedQuerySourceSchema.safeParse({ source: 'x'.repeat(SAVED_QUERY_SOURCE_MAX + 1) }).success).toBe(false);
  });
});

describe('dates', () => {
  it('knows real dates and date-times with an offset', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-2-29')).toBe(false);
    expect(isIsoDateTime('2024-03-05T22:15:00+01:00')).toBe(true);
    expect(isIsoDateTime('2024-03-05T22:15:00')).toBe(false);
    expect(isIsoDateTime('2023-02-29T10:00Z')).toBe(false);
  });
  it('agrees with the calendar of Date on every day number of every month, century years included', () => {
    const viaDate = (v: string) => {
      const d = new Date(`${v}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
    };
    const two = (n: number) => String(n).padStart(2, '0');
    let checked = 0;
    for (const year of [0, 4, 1600, 1700, 1900, 1999, 2000, 2023, 2024, 2100, 2400, 9999])
      for (let month = 0; month <= 13; month += 1)
        for (let day = 0; day <= 32; day += 1) {
          const value = `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}`;
          expect(isIsoDate(value), value).toBe(viaDate(value));
          checked += 1;
        }
    expect(checked).toBe(12 * 14 * 33);
    for (const bad of ['2024-1a-01', '2024-01-3x', 'x024-01-01', '2024-01-01 ', '20240101']) expect(isIsoDate(bad), bad).toBe(false);
  });
  it('says which Copenhagen calendar day an instant falls on, across midnight and daylight saving', () => {
    // Winter (UTC+1): 23:00 UTC is already tomorrow in Copenhagen.
    expect(todayInCopenhagen(new Date('2026-01-14T22:59:59Z'))).toBe('2026-01-14');
    expect(todayInCopenhagen(new Date('2026-01-14T23:00:00Z'))).toBe('2026-01-15');
    // Summer (UTC+2): the day turns at 22:00 UTC.
    expect(todayInCopenhagen(new Date('2026-07-01T21:59:59Z'))).toBe('2026-07-01');
    expect(todayInCopenhagen(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
    // The spring-forward night (29 March 2026, 02:00 → 03:00) and the autumn fall-back (25 October 2026).
    expect(todayInCopenhagen(new Date('2026-03-28T22:59:59Z'))).toBe('2026-03-28');
    expect(todayInCopenhagen(new Date('2026-03-28T23:00:00Z'))).toBe('2026-03-29');
    expect(todayInCopenhagen(new Date('2026-03-29T21:59:59Z'))).toBe('2026-03-29');
    expect(todayInCopenhagen(new Date('2026-03-29T22:00:00Z'))).toBe('2026-03-30');
    expect(todayInCopenhagen(new Date('2026-10-24T21:59:59Z'))).toBe('2026-10-24');
    expect(todayInCopenhagen(new Date('2026-10-24T22:00:00Z'))).toBe('2026-10-25');
    expect(todayInCopenhagen(new Date('2026-10-25T22:59:59Z'))).toBe('2026-10-25');
    expect(todayInCopenhagen(new Date('2026-10-25T23:00:00Z'))).toBe('2026-10-26');
    // New Year's Eve in UTC is New Year's Day in Copenhagen.
    expect(todayInCopenhagen(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });
});

describe('ingest lines', () => {
  const ref = {
    isMunicipality: (c: string) => c === '851',
    isDistrict: (c: string) => c === 'NJY',
    isCategory: (c: string) => c === 'vold',
  };
  it('names the field and the reason, unknown fields first, then missing ones, then the rest', () => {
    expect(checkIngestLine({ type: 'person', id: 'p', sex: 'X', birthDate: '2000-02-30', pet: 'kat' }, ref)).toEqual({
      ok: false,
      problems: [
        { field: 'pet', reason: 'unknown field for a person record' },
        { field: 'name', reason: 'is required' },
        { field: 'sex', reason: 'must be one of F, M, U, got "X"' },
        { field: 'birthDate', reason: 'must be a date YYYY-MM-DD, got "2000-02-30"' },
      ],
    });
  });
  it('checks a retract by its target key and keywords entry by entry', () => {
    expect(checkIngestLine({ type: 'retract', target: 'residence', id: 'r1', reason: 'fejl' }, ref)).toEqual({ ok: true, problems: [] });
    expect(checkIngestLine({ type: 'retract', target: 'residence', personId: 'p', reason: 'fejl' }, ref).problems).toEqual([
      { field: 'addressId', reason: 'is required' },
      { field: 'from', reason: 'is required' },
    ]);
    const kase = {
      type: 'case',
      id: 'c',
      journalNo: 'j',
      category: 'vold',
      occurredAt: '2024-03-05T22:15:00+01:00',
      policeDistrictCode: 'NJY',
    };
    expect(checkIngestLine({ ...kase, keywords: ['ok', ' ', 7] }, ref).problems).toEqual([
      { field: 'keywords[1]', reason: 'must be a non-empty string' },
      { field: 'keywords[2]', reason: 'must be a non-empty string' },
    ]);
    expect(checkIngestLine([], ref).problems).toEqual([{ field: '(record)', reason: 'must be a JSON object' }]);
  });
});
