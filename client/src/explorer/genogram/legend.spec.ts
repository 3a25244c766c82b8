import { describe, expect, it } from 'vitest';
import { EXPLORER_MESSAGES } from '../explorer-messages';
import type { Family } from '../family.types';
import { badgesOf } from './badges';
import { categoryGroup, GROUP_COLOURS } from './categories';
import { buildGenogram } from './elements';
import { LEGEND, type LegendKey } from './legend';
import { genogramStyle } from './style';
import { count, testFamily } from './test-family';

/**
 * Every style the genogram can draw, read from the elements it builds, named by the legend entry
 * that must explain it. A new class, partnership kind or badge kind without a legend entry fails here.
 */
function stylesDrawn(family: Family): Set<LegendKey> {
  const g = buildGenogram(family, 'da');
  const used = new Set<LegendKey>(['legendHousehold', 'legendSelected', 'legendChild']);
  const sex: Record<string, LegendKey> = { M: 'legendMale', F: 'legendFemale', U: 'legendUnknownSex' };
  for (const e of g.elements) {
    const classes = String(e.classes ?? '').split(' ');
    const d = e.data;
    if (d.kind === 'person') {
      used.add(sex[String(d.sex)]!);
      if (d.age !== null) used.add('legendAge');
      if (classes.includes('searched')) used.add('legendSearched');
      if (classes.includes('deceased')) used.add('legendDeceased').add('legendDeathDate');
      if (classes.includes('unborn')) used.add('legendUnborn');
      if (classes.includes('flagged')) used.add('legendHalo');
      if (classes.includes('coresident')) used.add('legendCoResident');
    }
    if (d.kind === 'union') {
      if (d.status === 'future') used.add('legendFuture');
      else if (d.status === 'separated') used.add('legendSeparated');
      else if (d.status === 'divorced') used.add('legendDivorced');
      used.add(
        d.partnershipKind === 'married' ? 'legendMarried' : d.partnershipKind === 'cohabiting' ? 'legendCohabiting' : 'legendUnregistered',
      );
    }
  }
  for (const p of family.persons) {
    for (const b of badgesOf(p, 'da')) {
      if (b.key === 'moves') used.add('legendBadgeMoves');
      else if (b.key === 'more') used.add('legendBadgeMore');
      else {
        used.add(b.key.endsWith(':victim') ? 'legendBadgeVictim' : 'legendBadgeOwn');
        used.add(`legendGroup.${categoryGroup(b.key.split(':')[0]!)}`);
      }
    }
  }
  return used;
}

/** The test family stretched to use every style there is. */
function everyStyle(): Family {
  const f = testFamily();
  // the five most frequent are badges of their own (traffic, property, youth, disorder, violence); the sixth goes to "other cases"
  const many = ['vanvidskoersel', 'tyveri', 'ungdomskriminalitet', 'uro-og-uorden', 'vold', 'brandstiftelse'];
  return {
    ...f,
    persons: [
      ...f.persons.map((p) =>
        p.id === 'datter' ? { ...p, history: { caseCounts: many.map((c, i) => count(c, 'suspect', 9 - i)), addressChanges: 3 } } : p,
      ),
      { ...f.persons.find((p) => p.id === 'stedbarn')!, id: 'ufoedt', sex: 'U', age: null, born: false, birthDate: '2026-01-01' },
      { ...f.persons.find((p) => p.id === 'hustru')!, id: 'lejer', kin: false, relation: 'other-adult' },
    ],
    parentLinks: [...f.parentLinks, { parentId: 'datter', childId: 'ufoedt' }, { parentId: 'exmand', childId: 'ufoedt' }],
    partnerships: [
      ...f.partnerships,
      { personA: 'mor', personB: 'exmand', kind: 'married', from: '2030-01-01', to: null, status: 'future' },
    ],
    households: f.households.map((h) => (h.addressId === 'adr-mor' ? { ...h, memberIds: [...h.memberIds, 'lejer'] } : h)),
  };
}

describe('the legend', () => {
  it('explains every style the genogram draws', () => {
    const drawn = stylesDrawn(everyStyle());
    const legend = new Set(LEGEND.map((e) => e.key));
    expect([...drawn].filter((k) => !legend.has(k))).toEqual([]);
    // and the fixture really reaches every entry, so this test watches them all
    expect([...legend].filter((k) => !drawn.has(k))).toEqual([]);
  });

  it('has a colour entry per badge colour group, and a text in both languages for every entry', () => {
    expect(LEGEND.filter((e) => e.key.startsWith('legendGroup.')).map((e) => e.key.slice(12))).toEqual(Object.keys(GROUP_COLOURS));
    for (const e of LEGEND) {
      expect(EXPLORER_MESSAGES.da[e.key], e.key).toBeTruthy();
      expect(EXPLORER_MESSAGES.en[e.key], e.key).toBeTruthy();
      expect(e.icon).toMatch(/^data:image\/svg\+xml/);
    }
  });

  it('draws "not yet born" grey and dashed, as the legend says, and the stylesheet no longer only fades it', () => {
    const g = buildGenogram(everyStyle(), 'da');
    const unborn = decodeURIComponent(String(g.elements.find((e) => e.data.id === 'ufoedt')!.data.image));
    expect(unborn).toContain('stroke="#7b8794"');
    expect(unborn).toContain('stroke-dasharray');
    const icon = decodeURIComponent(LEGEND.find((e) => e.key === 'legendUnborn')!.icon);
    expect(icon).toContain('stroke="#7b8794"');
    const rule = genogramStyle().find((r) => 'selector' in r && r.selector === 'node.unborn');
    expect(rule && 'style' in rule ? rule.style : {}).not.toHaveProperty('opacity');
  });
});

describe('case sub-categories', () => {
  it('are badge lines of their own: 2 online frauds and 1 insurance fraud, in both languages', () => {
    const mother = {
      ...testFamily().persons.find((p) => p.id === 'mor')!,
      history: {
        caseCounts: [
          { category: 'bedrageri', subcategory: 'online', labelDa: 'Bedrageri', labelEn: 'Fraud', role: 'charged' as const, count: 1 },
          { category: 'bedrageri', subcategory: 'online', labelDa: 'Bedrageri', labelEn: 'Fraud', role: 'suspect' as const, count: 1 },
          { category: 'bedrageri', subcategory: 'forsikring', labelDa: 'Bedrageri', labelEn: 'Fraud', role: 'charged' as const, count: 1 },
          { category: 'bedrageri', subcategory: 'kort', labelDa: 'Bedrageri', labelEn: 'Fraud', role: 'charged' as const, count: 1 },
        ],
        addressChanges: 0,
      },
    };
    expect(badgesOf(mother, 'da').map((b) => b.label)).toEqual(['2 × netbedrageri', '1 × forsikringssvindel', '1 × bedrageri (kort)']);
    expect(badgesOf(mother, 'en').map((b) => b.label)).toEqual(['2 × online fraud', '1 × insurance fraud', '1 × fraud (kort)']);
  });
});
