import { describe, expect, it } from 'vitest';
import { buildCluster, isChildOn } from './cluster.js';
import { evaluateCluster, type Signal } from './flag-policy.js';

const row = {
  addressId: 'a1',
  municipalityCode: '851',
  districtCode: 'NJY',
  residents: [
    { id: 'mor', birthDate: '1985-01-01' },
    { id: 'barn', birthDate: '2015-01-01' },
    { id: 'ven', birthDate: '1986-01-01' },
    { id: 'lejer', birthDate: '1990-01-01' },
  ],
  parentLinks: [
    { parentId: 'mor', childId: 'barn' },
    { parentId: 'far', childId: 'barn' },
  ],
  partnerLinks: [{ parentId: 'mor', partnerId: 'ven' }, null],
};

const signal = (
  ruleId: string,
  kind: 'trigger' | 'context',
  personId: string | null,
  weight = 10,
  addressId: string | null = null,
): Signal => ({
  ruleId,
  kind,
  weight,
  personId,
  addressId,
  value: 3,
  threshold: 3,
  margin: 0,
  evidence: [{ kind: 'case', id: `${ruleId}-${personId}`, date: '2024-01-01' }],
});

describe('clusters', () => {
  it('knows who is a child on a date (under 18)', () => {
    expect(isChildOn('2007-03-02', '2025-03-01')).toBe(true);
    expect(isChildOn('2007-03-01', '2025-03-01')).toBe(false);
    expect(isChildOn('2025-03-02', '2025-03-01')).toBe(false);
  });

  it('relates every member to each child, and marks the parent living elsewhere', () => {
    const cluster = buildCluster(row, '2025-03-01');
    expect(cluster.id).toBe('a1');
    expect(cluster.childIds).toEqual(['barn']);
    expect(
      Object.fromEntries(
        cluster.members.map((m) => [m.personId, [m.relation, m.relations.map((r) => `${r.childId}=${r.relation}`).join(',')]]),
      ),
    ).toEqual({
      barn: ['child', ''],
      far: ['parent-elsewhere', 'barn=parent'],
      lejer: ['adult', 'barn=other-adult'],
      mor: ['adult', 'barn=parent'],
      ven: ['adult', 'barn=parent-partner'],
    });
  });
});

describe('flag policy', () => {
  const cluster = buildCluster(row, '2025-03-01');
  it('flags on any trigger, or on two different context rules; one context rule is not enough', () => {
    expect(evaluateCluster(cluster, [signal('a', 'trigger', 'far', 40)], { minContextRules: 2 }).flagged).toBe(true);
    expect(evaluateCluster(cluster, [signal('c1', 'context', 'mor'), signal('c1', 'context', 'ven')], { minContextRules: 2 }).flagged).toBe(
      false,
    );
    expect(
      evaluateCluster(cluster, [signal('c1', 'context', 'mor'), signal('c2', 'context', null, 15, 'a1')], { minContextRules: 2 }).flagged,
    ).toBe(true);
  });

  it('ignores signals of persons outside the cluster and explains the score as a sum', () => {
    const result = evaluateCluster(
      cluster,
      [signal('a', 'trigger', 'stranger', 40), signal('c1', 'context', 'mor', 15), signal('c2', 'context', 'far', 10)],
      { minContextRules: 2 },
    );
    expect(result.ruleIds).toEqual(['c1', 'c2']);
    expect(result.score).toBe(25);
    expect(result.scoreExplanation).toBe('15 (c1: mor) + 10 (c2: far) = 25');
  });
});
