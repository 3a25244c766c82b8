import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT, layoutGenogram, type LayoutInput } from './layout';
import { BADGE_LINE_CHARS, badgeLines, badgesOf, badgeWidth } from './badges';
import { buildGenogram, nodeBoxes, type NodeBox } from './elements';
import { bigFamily, crowdedFamily, testFamily } from './test-family';
import { unionId, unionsOf } from './unions';
import type { Family } from '../family.types';

function input(family: Family): LayoutInput {
  return {
    rootId: family.rootId,
    persons: family.persons.map((p) => ({ id: p.id, sex: p.sex, birthDate: p.birthDate, badges: 2 })),
    parentLinks: family.parentLinks,
    unions: unionsOf(family),
  };
}

const shuffled = <T>(items: T[]): T[] =>
  items
    .map((item, i) => ({ item, k: (i * 7919) % 13 }))
    .sort((a, b) => a.k - b.k)
    .map((e) => e.item);

describe('layoutGenogram', () => {
  const family = testFamily();
  const layout = layoutGenogram(input(family));
  const at = (id: string) => layout.persons[id]!;

  it('puts one generation on a row: grandparents, parents, children', () => {
    expect(at('farfar').y).toBe(at('farmor').y);
    expect(at('far').y).toBeGreaterThan(at('farfar').y);
    for (const id of ['mor', 'hustru', 'exmand']) expect(at(id).y).toBe(at('far').y);
    for (const id of ['soen1', 'datter', 'soen2', 'stedbarn']) expect(at(id).y).toBeGreaterThan(at('far').y);
  });

  it('keeps partners side by side with the union between them', () => {
    for (const [a, b] of [
      ['far', 'mor'],
      ['far', 'hustru'],
      ['exmand', 'hustru'],
      ['farfar', 'farmor'],
    ] as const) {
      expect(Math.abs(at(a).x - at(b).x)).toBe(DEFAULT_LAYOUT.gap);
      const u = layout.unions[unionId([a, b])]!;
      expect(u.x).toBe((at(a).x + at(b).x) / 2);
      expect(u.y).toBe(at(a).y);
    }
  });

  it('places siblings in birth order, oldest left, around their parents’ union', () => {
    expect(at('soen1').x).toBeLessThan(at('datter').x);
    expect(at('datter').x).toBeLessThan(at('soen2').x);
    const u = layout.unions[unionId(['far', 'mor'])]!;
    expect(at('soen1').x).toBeLessThan(u.x);
    expect(at('soen2').x).toBeGreaterThan(u.x);
  });

  it('centres a couple over its only child', () => {
    const u = layout.unions[unionId(['farfar', 'farmor'])]!;
    expect(Math.abs(u.x - at('far').x)).toBeLessThanOrEqual(DEFAULT_LAYOUT.gap / 2);
  });

  it('never places two persons of a row closer than the gap', () => {
    const rows = new Map<number, number[]>();
    for (const p of Object.values(layout.persons)) rows.set(p.y, [...(rows.get(p.y) ?? []), p.x]);
    for (const xs of rows.values()) {
      xs.sort((a, b) => a - b);
      for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(DEFAULT_LAYOUT.gap - 0.1);
    }
  });

  it('runs the sibling bar below the parents’ badges and above the children', () => {
    const id = unionId(['far', 'mor']);
    const barY = layout.unions[id]!.y + layout.barOffsets[id]!;
    expect(barY).toBeGreaterThan(at('far').y + DEFAULT_LAYOUT.symbol / 2 + DEFAULT_LAYOUT.label + 2 * DEFAULT_LAYOUT.badge);
    expect(barY).toBeLessThan(at('datter').y - DEFAULT_LAYOUT.symbol / 2);
  });

  it('gives the same layout for the same data in any order', () => {
    const again = layoutGenogram(input(testFamily()));
    expect(again).toEqual(layout);
    const f = testFamily();
    const reordered = layoutGenogram({
      ...input(f),
      persons: shuffled(input(f).persons),
      parentLinks: shuffled(f.parentLinks),
      unions: shuffled(unionsOf(f)),
    });
    expect(reordered).toEqual(layout);
  });

  it('lays out 300 persons quickly, couples together and rows without overlaps', () => {
    const big = bigFamily(6, 300);
    expect(big.persons).toHaveLength(300);
    const started = performance.now();
    const result = layoutGenogram(input(big));
    expect(performance.now() - started).toBeLessThan(1000);
    for (const p of big.partnerships) {
      expect(Math.abs(result.persons[p.personA]!.x - result.persons[p.personB]!.x)).toBe(DEFAULT_LAYOUT.gap);
    }
    const seen = new Set(Object.values(result.persons).map((p) => `${p.x},${p.y}`));
    expect(seen.size).toBe(300);
  });
});

describe('badges in a crowded household', () => {
  const overlap = (a: NodeBox, b: NodeBox) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

  it.each(['da', 'en'] as const)('never lets one person’s symbol, name or badges overlap another’s (%s)', (lang) => {
    const family = crowdedFamily();
    // Crowded enough to overflow on one line in English: neighbours' badge text wider than the gap.
    const longest = Math.max(...family.persons.flatMap((p) => badgesOf(p, 'en').map((b) => b.label.length)));
    expect(longest * 6.4 + 16).toBeGreaterThan(DEFAULT_LAYOUT.gap);
    const boxes = nodeBoxes(buildGenogram(family, lang).elements);
    expect(boxes.filter((b) => b.id.startsWith('b:')).length).toBeGreaterThan(40);
    const clashes: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        if (a.personId !== b.personId && overlap(a, b)) clashes.push(`${a.id} × ${b.id}`);
      }
    }
    expect(clashes).toEqual([]);
    // A person's own badges do not overlap one another either (a wrapped badge pushes the next down).
    const badges = boxes.filter((b) => b.id.startsWith('b:'));
    for (const a of badges) for (const b of badges) if (a !== b && a.personId === b.personId) expect(overlap(a, b)).toBe(false);
  });

  it('wraps a long badge between words, never wider than the gap between neighbours leaves room for', () => {
    expect(badgeLines('20 × domestic disturbance (victim)')).toEqual(['20 × domestic disturbance', '(victim)']);
    expect(badgeLines('3 × violence')).toEqual(['3 × violence']);
    expect(badgeLines('1 × ' + 'x'.repeat(40))).toEqual(['1 ×', 'x'.repeat(BADGE_LINE_CHARS), 'x'.repeat(40 - BADGE_LINE_CHARS)]);
    expect(badgeWidth('x'.repeat(200))).toBeLessThanOrEqual(DEFAULT_LAYOUT.gap - 16);
  });

  it('makes a row with wrapped badges taller, so the sibling bar and the next row stay clear of them', () => {
    const family = crowdedFamily();
    const g = buildGenogram(family, 'en');
    const boxes = nodeBoxes(g.elements);
    const mother = boxes.find((b) => b.id === 'mother')!;
    const lowest = Math.max(...boxes.filter((b) => b.personId === 'mother').map((b) => b.y2));
    const child = boxes.find((b) => b.id === 'child1')!;
    expect(lowest).toBeGreaterThan(mother.y2);
    expect(child.y1 - lowest).toBeGreaterThanOrEqual(DEFAULT_LAYOUT.rowGap - 8);
  });
});
