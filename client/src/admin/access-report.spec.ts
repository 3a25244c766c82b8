import { describe, expect, it } from 'vitest';
import type { PersonLookup } from './admin-api';
import { accessCsv, accessRows } from './access-report';

const lookup = (at: string, operation: string, purpose: string | null, outcome = 'ok'): PersonLookup => ({
  at,
  actor: 'k.hansen',
  role: 'coordinator',
  operation,
  purpose,
  outcome,
});

const words = {
  what: (op: string) => ({ person: 'Personoplysninger', family: 'Familie' })[op] ?? op,
  outcome: (o: string) => (o === 'ok' ? 'udført' : 'afvist'),
  noPurpose: 'intet formål angivet',
};

describe('the data-subject extract', () => {
  const rows = accessRows(
    [
      lookup('2026-03-02T09:15:00Z', 'family', '1234-56789-12345-12'),
      lookup('2026-03-01T23:30:00Z', 'person', 'Socialsøg-screening'),
      lookup('2026-03-03T10:00:00Z', 'person', null, 'denied'),
    ],
    words,
  );

  it('lists look-ups oldest first in Danish time, without the staff member', () => {
    expect(rows).toEqual([
      { date: '2026-03-02', time: '00:30', purpose: 'Socialsøg-screening', what: 'Personoplysninger', outcome: 'udført' },
      { date: '2026-03-02', time: '10:15', purpose: '1234-56789-12345-12', what: 'Familie', outcome: 'udført' },
      { date: '2026-03-03', time: '11:00', purpose: 'intet formål angivet', what: 'Personoplysninger', outcome: 'afvist' },
    ]);
    expect(JSON.stringify(rows)).not.toContain('k.hansen');
  });

  it('writes the CSV with the given column names', () => {
    const csv = accessCsv(rows.slice(0, 1), { date: 'Dato', time: 'Tid', purpose: 'Formål', what: 'Hvad', outcome: 'Udfald' });
    expect(csv).toBe('Dato,Tid,Formål,Hvad,Udfald\r\n2026-03-02,00:30,Socialsøg-screening,Personoplysninger,udført\r\n');
  });
});
