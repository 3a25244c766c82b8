import { describe, expect, it } from 'vitest';
import type { IngestRecord } from '../../../server/src/ingest/records.js';
import { contractProblems } from '../testing/contract-check.js';
import { addCalendarYears } from './dates.js';
import { RecordFacts } from '../testing/record-facts.js';
import { checkPopulationOptions, generatePopulation, populationRecords } from './generate.js';

const all = (persons: number, seed: number, extra: { endDate?: string; idPrefix?: string } = {}): IngestRecord[] => [
  ...populationRecords({ persons, seed, ...extra }),
];

describe('generatePopulation', { timeout: 60_000 }, () => {
  it('is deterministic: the same seed gives identical records, another seed different ones', () => {
    const a = all(1500, 11);
    expect(all(1500, 11)).toEqual(a);
    const b = all(1500, 12);
    expect(b).not.toEqual(a);
    expect(JSON.stringify(b.slice(0, 50))).not.toBe(JSON.stringify(a.slice(0, 50)));
  });

  it('generates exactly the number of persons asked for, with stable prefixed ids', () => {
    for (const n of [0, 1, 7, 1000]) expect(all(n, 3).filter((r) => r.type === 'person')).toHaveLength(n);
    const records = all(500, 3);
    const persons = records.filter((r) => r.type === 'person').map((r) => r.id);
    expect(persons[0]).toBe('p-000001');
    expect(persons.at(-1)).toBe('p-000500');
    for (const r of records) {
      if (r.type === 'address') expect(r.id).toMatch(/^a-\d{6,}$/);
      if (r.type === 'case') expect(r.id).toMatch(/^c-\d{6,}$/);
    }
    const prefixed = all(50, 3, { idPrefix: 'run7-' });
    expect(prefixed.filter((r) => 'id' in r).every((r) => (r as { id: string }).id.startsWith('run7-'))).toBe(true);
  });

  it('yields whole units: every reference points at a record of the same or an earlier batch', () => {
    const seen = new Set<string>();
    for (const batch of generatePopulation({ persons: 3000, seed: 5 })) {
      for (const r of batch) if ('id' in r) seen.add(`${r.type}:${r.id}`);
      for (const r of batch) {
        if (r.type === 'residence') expect(seen.has(`person:${r.personId}`) && seen.has(`address:${r.addressId}`)).toBe(true);
        if (r.type === 'involvement') expect(seen.has(`case:${r.caseId}`) && seen.has(`person:${r.personId}`)).toBe(true);
        if (r.type === 'parent') expect(seen.has(`person:${r.parentId}`) && seen.has(`person:${r.childId}`)).toBe(true);
      }
    }
  });

  it('passes the contract checks and the generator promises for every record', () => {
    for (const seed of [1, 2, 99]) expect(contractProblems(all(4000, seed))).toEqual([]);
    expect(contractProblems(all(2000, 4, { endDate: '2015-01-01' }))).toEqual([]);
  });

  it('gives every person a residence history', () => {
    const records = all(5000, 21);
    const housed = new Set(records.flatMap((r) => (r.type === 'residence' ? [r.personId] : [])));
    expect(records.filter((r) => r.type === 'person' && !housed.has(r.id))).toEqual([]);
  });

  it('keeps everything before the end date', () => {
    const end = '2015-01-01';
    for (const r of all(2000, 4, { endDate: end })) {
      for (const key of ['birthDate', 'deathDate', 'from', 'to'] as const) {
        const value = (r as unknown as Record<string, string | undefined>)[key];
        if (value) expect(value < end, `${r.type}.${key} ${value}`).toBe(true);
      }
      if (r.type === 'case') expect(r.occurredAt.slice(0, 10) < end).toBe(true);
    }
  });

  it('lets every minor live with a parent, at every move', () => {
    const facts = new RecordFacts(all(5000, 8));
    let checked = 0;
    for (const [child, parents] of facts.parentsOf) {
      const adult = addCalendarYears(facts.person(child).birthDate, 18);
      for (const r of facts.residencesOf(child)) {
        if (r.from >= adult) continue;
        const end = r.to && r.to < adult ? r.to : adult;
        const last = new Date(Date.parse(`${end}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
        for (const on of [r.from, last]) {
          expect(
            parents.some((p) => facts.addressOn(p, on) === r.addressId),
            `${child} at ${r.addressId} on ${on}`,
          ).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('rejects bad options with a message naming the option', () => {
    expect(() => checkPopulationOptions({ persons: -1, seed: 1 })).toThrow(/persons/);
    expect(() => checkPopulationOptions({ persons: 1.5, seed: 1 })).toThrow(/persons/);
    expect(() => checkPopulationOptions({ persons: 1, seed: 2 ** 32 })).toThrow(/seed/);
    expect(() => checkPopulationOptions({ persons: 1, seed: 1, endDate: '2024-13-01' })).toThrow(/date/);
    expect(() => checkPopulationOptions({ persons: 1, seed: 1, idPrefix: 'a b' })).toThrow(/idPrefix/);
    expect(() => generatePopulation({ persons: -5, seed: 1 }).next()).toThrow(/persons/);
  });
});
