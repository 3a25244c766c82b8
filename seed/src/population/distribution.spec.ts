import { beforeAll, describe, expect, it } from 'vitest';
import type { IngestRecord } from '../../../server/src/ingest/records.js';
import { CASE_CATEGORIES, MUNICIPALITIES } from '../../../server/src/reference/reference-data.js';
import { RecordFacts } from '../testing/record-facts.js';
import { addCalendarYears, ageOn } from './dates.js';
import { DEFAULT_END_DATE, populationRecords } from './generate.js';

// One mid-sized population, looked at from many sides: the shape must be plausible, not exact.
const PERSONS = 20_000;
const END = DEFAULT_END_DATE;
let records: IngestRecord[];
let facts: RecordFacts;

beforeAll(() => {
  records = [...populationRecords({ persons: PERSONS, seed: 2024 })];
  facts = new RecordFacts(records);
}, 60_000);

const share = (n: number) => n / PERSONS;
const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const LAST_DAY = dayBefore(END);

describe('the generated population', { timeout: 60_000 }, () => {
  it('concentrates cases: most persons have none, a few percent have many', () => {
    const perPerson = [...facts.persons.keys()].map((id) => facts.involvementsOf(id).length);
    expect(share(perPerson.filter((n) => n === 0).length)).toBeGreaterThan(0.75);
    const many = share(perPerson.filter((n) => n >= 5).length);
    expect(many).toBeGreaterThan(0.005);
    expect(many).toBeLessThan(0.06);
    expect(Math.max(...perPerson)).toBeGreaterThanOrEqual(20);
  });

  it('uses (nearly) every category and every role, with risk categories a minority of cases', () => {
    const cases = [...facts.cases.values()];
    const used = new Set(cases.map((c) => c.category));
    expect(used.size).toBeGreaterThanOrEqual(CASE_CATEGORIES.length - 2);
    const risk = new Set(CASE_CATEGORIES.filter((c) => c.risk).map((c) => c.code));
    const riskShare = cases.filter((c) => risk.has(c.category)).length / cases.length;
    expect(riskShare).toBeGreaterThan(0.2);
    expect(riskShare).toBeLessThan(0.7);
    const roles = new Set(records.filter((r) => r.type === 'involvement').map((r) => r.role));
    expect([...roles].sort()).toEqual(['charged', 'other', 'reporter', 'suspect', 'victim', 'witness']);
    expect(cases.some((c) => c.keywords && c.keywords.length > 0)).toBe(true);
    expect(cases.every((c) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+0[12]:00$/.test(c.occurredAt))).toBe(true);
  });

  it('spreads some histories over several police districts, mostly where the person lived', () => {
    let spread = 0;
    let atHome = 0;
    let total = 0;
    const districtOf = new Map(MUNICIPALITIES.map((m) => [m.code, m.districtCode]));
    for (const id of facts.persons.keys()) {
      const cases = facts.casesOf(id);
      if (new Set(cases.map((c) => c.policeDistrictCode)).size >= 2) spread++;
      for (const c of cases) {
        const address = facts.addressOn(id, c.occurredAt.slice(0, 10));
        if (!address) continue;
        total++;
        if (districtOf.get(facts.addressMunicipality.get(address) ?? '') === c.policeDistrictCode) atHome++;
      }
    }
    expect(spread).toBeGreaterThan(PERSONS * 0.005);
    expect(atHome / total).toBeGreaterThan(0.7);
    expect(atHome / total).toBeLessThan(0.97);
  });

  it('has a heavy tail of moves: most adults 2-8, a few percent 20-40', () => {
    const adults = [...facts.persons.values()].filter((p) => !p.deathDate && ageOn(p.birthDate, END) >= 40);
    const moves = adults.map((p) => facts.addressChanges(p.id, END));
    const between = (lo: number, hi: number) => moves.filter((m) => m >= lo && m <= hi).length / moves.length;
    expect(between(2, 8)).toBeGreaterThan(0.5);
    expect(between(20, 40)).toBeGreaterThan(0.01);
    expect(between(20, 40)).toBeLessThan(0.08);
  });

  it('has couples who marry, cohabit, separate and re-partner, and deaths', () => {
    const partners = facts.partners;
    expect(partners.some((p) => p.kind === 'married')).toBe(true);
    expect(partners.some((p) => p.kind === 'cohabiting' && !p.to)).toBe(true);
    expect(partners.filter((p) => p.to).length).toBeGreaterThan(partners.length * 0.2);
    const partnersOf = new Map<string, Set<string>>();
    for (const p of partners) {
      partnersOf.set(p.personA, (partnersOf.get(p.personA) ?? new Set()).add(p.personB));
      partnersOf.set(p.personB, (partnersOf.get(p.personB) ?? new Set()).add(p.personA));
    }
    expect([...partnersOf.values()].filter((s) => s.size >= 2).length).toBeGreaterThan(PERSONS * 0.02);
    const dead = [...facts.persons.values()].filter((p) => p.deathDate);
    expect(dead.length).toBeGreaterThan(PERSONS * 0.03);
    for (const p of dead) {
      const last = facts.residencesOf(p.id).at(-1);
      if (last) expect(last.to).toBe(p.deathDate);
    }
  });

  it('has step-families and half-siblings', () => {
    let stepHomes = 0;
    for (const [child, parents] of facts.parentsOf) {
      if (!facts.alive(child, LAST_DAY) || ageOn(facts.person(child).birthDate, LAST_DAY) >= 18) continue;
      const home = facts.addressOn(child, LAST_DAY);
      if (!home) continue;
      const parentAtHome = parents.find((p) => facts.addressOn(p, LAST_DAY) === home);
      if (!parentAtHome) continue;
      const step = facts.partnershipsOf(parentAtHome).some((pr) => {
        const other = pr.personA === parentAtHome ? pr.personB : pr.personB === parentAtHome ? pr.personA : null;
        return other !== null && !parents.includes(other) && !pr.to && facts.addressOn(other, LAST_DAY) === home;
      });
      if (step) stepHomes++;
    }
    expect(stepHomes).toBeGreaterThan(PERSONS * 0.01);
    // Half-siblings: one parent's children have different other parents.
    let halfSiblingFamilies = 0;
    for (const [parent, children] of facts.childrenOf) {
      const others = new Set(children.map((c) => (facts.parentsOf.get(c) ?? []).find((p) => p !== parent) ?? ''));
      if (others.size >= 2) halfSiblingFamilies++;
    }
    expect(halfSiblingFamilies).toBeGreaterThan(PERSONS * 0.01);
  });

  it('has adults alone, couples, and shared homes of 3+ unrelated adults with a child', () => {
    const residentsByAddress = new Map<string, string[]>();
    for (const id of facts.persons.keys()) {
      const address = facts.addressOn(id, LAST_DAY);
      if (!address) continue;
      const list = residentsByAddress.get(address);
      if (list) list.push(id);
      else residentsByAddress.set(address, [id]);
    }
    const adult = (id: string, on: string) => ageOn(facts.person(id).birthDate, on) >= 18;
    const alone = [...residentsByAddress.values()].filter((r) => r.length === 1 && adult(r[0] as string, LAST_DAY)).length;
    expect(alone).toBeGreaterThan(PERSONS * 0.1);

    // Shared homes at any time: look at every move-in day.
    let shared = 0;
    const byAddress = new Map<string, { personId: string; from: string }[]>();
    for (const r of records) {
      if (r.type !== 'residence') continue;
      const list = byAddress.get(r.addressId);
      if (list) list.push(r);
      else byAddress.set(r.addressId, [r]);
    }
    for (const [address, periods] of byAddress) {
      if (periods.length < 4) continue;
      const found = periods.some(({ from }) => {
        const present = periods
          .map((p) => p.personId)
          .filter((id, i, all) => all.indexOf(id) === i && facts.addressOn(id, from) === address);
        const adults = present.filter((id) => adult(id, from));
        const unrelated = adults.filter((a) => adults.every((b) => a === b || !facts.related(a, b)));
        return unrelated.length >= 3 && present.some((id) => !adult(id, from));
      });
      if (found) shared++;
    }
    expect(shared).toBeGreaterThan(5);
  });

  it('places people by population: Copenhagen, Aarhus, Odense and Aalborg are the largest', () => {
    const perMunicipality = new Map<string, number>();
    for (const id of facts.persons.keys()) {
      const address = facts.addressOn(id, LAST_DAY);
      const code = address ? facts.addressMunicipality.get(address) : undefined;
      if (code) perMunicipality.set(code, (perMunicipality.get(code) ?? 0) + 1);
    }
    const ranked = [...perMunicipality.entries()].sort((a, b) => b[1] - a[1]).map(([code]) => code);
    expect(ranked[0]).toBe('101');
    for (const big of ['751', '461', '851']) expect(ranked.indexOf(big)).toBeLessThan(8);
    expect(perMunicipality.size).toBeGreaterThan(80);
  });

  it('has a plausible age structure, with children born to parents aged 18-45', () => {
    const alive = [...facts.persons.values()].filter((p) => !p.deathDate);
    const ages = alive.map((p) => ageOn(p.birthDate, END));
    const within = (lo: number, hi: number) => ages.filter((a) => a >= lo && a < hi).length / ages.length;
    expect(within(0, 18)).toBeGreaterThan(0.1);
    expect(within(65, 120)).toBeGreaterThan(0.05);
    expect(Math.max(...ages)).toBeLessThan(110);
    for (const [child, parents] of facts.parentsOf) {
      for (const parent of parents) {
        const age = ageOn(facts.person(parent).birthDate, facts.person(child).birthDate);
        expect(age).toBeGreaterThanOrEqual(18);
        expect(age).toBeLessThanOrEqual(45);
      }
    }
    // Grown-up children have left home by 25.
    for (const [child] of facts.parentsOf) {
      const p = facts.person(child);
      if (p.deathDate || ageOn(p.birthDate, END) < 26) continue;
      const home = facts.addressOn(child, addCalendarYears(p.birthDate, 26));
      const parents = facts.parentsOf.get(child) ?? [];
      expect(parents.some((q) => facts.addressOn(q, addCalendarYears(p.birthDate, 26)) === home && home !== null)).toBe(false);
    }
  });
});
