import { describe, expect, it } from 'vitest';
import type { Family } from '../family.types';
import { disclose, kinshipSteps } from './disclosure';
import { bigFamily, testFamily } from './test-family';

const withLodger = (): Family => {
  const f = testFamily();
  const lodger = { ...f.persons.find((p) => p.id === 'hustru')!, id: 'lejer', name: 'lejer', kin: false, relation: 'other-adult' };
  return {
    ...f,
    persons: [...f.persons, lodger],
    households: f.households.map((h) => (h.addressId === 'adr-farfar' ? { ...h, memberIds: [...h.memberIds, 'lejer'] } : h)),
  };
};

describe('kinshipSteps', () => {
  it('counts steps over parent links and partnerships; a co-resident takes the step of the household', () => {
    const steps = kinshipSteps(withLodger(), ['far']);
    expect(steps.get('far')).toBe(0);
    expect([steps.get('farfar'), steps.get('mor'), steps.get('hustru'), steps.get('soen2')]).toEqual([1, 1, 1, 1]);
    expect(steps.get('stedbarn')).toBe(2);
    expect(steps.get('exmand')).toBe(2);
    // lives with the grandparents, who are one step away
    expect(steps.get('lejer')).toBe(1);
  });

  it('starts from every expanded relative too', () => {
    expect(kinshipSteps(testFamily(), ['far', 'exmand']).get('stedbarn')).toBe(1);
  });
});

describe('disclose', () => {
  it('draws a small family whole, with nothing left to show', () => {
    const d = disclose(testFamily(), ['far']);
    expect(d.shown).toBe(10);
    expect(d.total).toBe(10);
    expect(d.nextRing).toBe(0);
    expect(d.family).toEqual(testFamily());
  });

  it('draws a large family ring by ring, whole rings under the cap, and says how many the next ring adds', () => {
    const family = bigFamily(6, 400);
    const steps = kinshipSteps(family, [family.rootId]);
    const d = disclose(family, [family.rootId], undefined, 60);
    expect(d.total).toBe(family.persons.length);
    expect(d.total).toBeGreaterThan(300);
    expect(d.shown).toBeLessThanOrEqual(60);
    // whole rings: everyone within the shown steps, nobody beyond
    for (const p of family.persons) expect(d.family.persons.some((q) => q.id === p.id)).toBe(steps.get(p.id)! <= d.steps);
    expect(d.shown + d.nextRing).toBe(family.persons.filter((p) => steps.get(p.id)! <= d.nextSteps).length);
    // links and partnerships only between persons drawn
    const drawn = new Set(d.family.persons.map((p) => p.id));
    expect(d.family.parentLinks.every((l) => drawn.has(l.parentId) && drawn.has(l.childId))).toBe(true);
    expect(d.family.partnerships.every((p) => drawn.has(p.personA) && drawn.has(p.personB))).toBe(true);

    const more = disclose(family, [family.rootId], d.nextSteps, 60);
    expect(more.shown).toBe(d.shown + d.nextRing);
    const all = disclose(family, [family.rootId], Number.POSITIVE_INFINITY, 60);
    expect(all.shown).toBe(family.persons.length);
    expect(all.nextRing).toBe(0);
  });

  it('always draws the first ring, even above the cap', () => {
    const d = disclose(testFamily(), ['far'], undefined, 2);
    expect(d.steps).toBe(1);
    expect(d.family.persons.map((p) => p.id).sort()).toEqual(
      ['far', 'farfar', 'farmor', 'hustru', 'datter', 'mor', 'soen1', 'soen2'].sort(),
    );
    // households keep only members drawn; one with none drawn goes
    expect(d.family.households.find((h) => h.addressId === 'adr-aalborg')!.memberIds).toEqual(['far', 'hustru', 'soen2']);
    expect(d.nextRing).toBe(2);
  });
});
