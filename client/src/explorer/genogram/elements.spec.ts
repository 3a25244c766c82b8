import { describe, expect, it } from 'vitest';
import { buildGenogram } from './elements';
import { mergeFamilies } from './merge';
import { testFamily } from './test-family';
import { unionId } from './unions';

describe('buildGenogram', () => {
  const g = buildGenogram(testFamily(), 'da');
  const node = (id: string) => g.elements.find((e) => e.data.id === id);
  const ofKind = (kind: string) => g.elements.filter((e) => e.data.kind === kind);

  it('makes one node per person with age, sex, death and the searched mark', () => {
    expect(ofKind('person')).toHaveLength(10);
    expect(node('far')!.data).toMatchObject({ age: 47, sex: 'M', searched: true, deceased: false });
    expect(node('far')!.classes).toContain('searched');
    expect(node('soen1')!.data).toMatchObject({ age: 19, deceased: true });
    expect(node('soen1')!.classes).toContain('deceased');
    expect(String(node('far')!.data.image)).toMatch(/^data:image\/svg\+xml/);
    expect(decodeURIComponent(String(node('far')!.data.image))).toContain('>47</text>');
  });

  it('shows histories as badges: own cases by category, victimhood apart, witnesses left out, then moves', () => {
    const labels = (personId: string) =>
      ofKind('badge')
        .filter((b) => b.data.personId === personId)
        .map((b) => b.data.label);
    expect(labels('far')).toEqual(['20 × euforiserende stoffer', '11 × fogedretssager', '4 × ransagninger', '36 flytninger']);
    expect(labels('mor')).toEqual(['2 × vold', '1 × vold (offer)', '29 flytninger']);
    expect(labels('datter')).toEqual(['16 flytninger']);
    const drugs = node('b:far:euforiserende-stoffer')!;
    const bailiff = node('b:far:fogedret')!;
    expect(drugs.data.colour).not.toBe(bailiff.data.colour);
    expect(drugs.position!.y).toBeGreaterThan(node('far')!.position!.y);
    expect(buildGenogram(testFamily(), 'en').elements.find((e) => e.data.id === 'b:far:moves')!.data.label).toBe('36 moves');
  });

  it('draws partners through a union node marked by status, and children hanging from it', () => {
    expect(node(unionId(['far', 'mor']))!.data).toMatchObject({ kind: 'union', status: 'divorced', mark: '//' });
    expect(node(unionId(['exmand', 'hustru']))!.data).toMatchObject({ status: 'separated', mark: '/', partnershipKind: 'cohabiting' });
    expect(node(unionId(['far', 'hustru']))!.data).toMatchObject({ status: 'current', mark: '' });
    const partnerEdges = ofKind('partner').filter((e) => e.data.target === unionId(['far', 'mor']));
    expect(partnerEdges.map((e) => e.data.source).sort()).toEqual(['far', 'mor']);
    const children = ofKind('child').filter((e) => e.data.source === unionId(['far', 'mor']));
    expect(children.map((e) => e.data.target).sort()).toEqual(['datter', 'soen1', 'soen2']);
    expect(children.every((e) => Number(e.data.taxiTurn) > 0)).toBe(true);
  });

  it('describes households for the overlays: the father’s home joins his son, new wife and her child, not the mother', () => {
    const home = g.households[0]!;
    expect(home.id).toBe('adr-aalborg');
    expect(home.memberIds).toEqual(['far', 'hustru', 'soen2', 'stedbarn']);
    expect(home.memberIds).not.toContain('mor');
    expect(home.insideIds).toEqual(
      expect.arrayContaining([
        unionId(['far', 'hustru']),
        `hl:${unionId(['far', 'mor'])}:soen2:3`,
        `hl:${unionId(['exmand', 'hustru'])}:stedbarn:3`,
      ]),
    );
    expect(home.insideIds).not.toContain(`pe:${unionId(['far', 'mor'])}:mor`);
    expect(home.connected).toBe(true);
    // The hidden twin of a child line runs through the corners of the drawn one.
    const corner = node(`w:${unionId(['far', 'mor'])}:soen2:2`)!;
    expect(corner.position!.x).toBe(node('soen2')!.position!.x);
    expect(corner.position!.y).toBeLessThan(node('soen2')!.position!.y);
    expect(new Set(g.households.map((h) => h.colour)).size).toBe(g.households.length);
    expect(node('soen2')!.data.households).toEqual(['adr-aalborg']);
    expect(node('far')!.data.flagIds).toEqual(['flag-1']);
  });

  it('is deterministic, and the structure key ignores the date while positions stay put', () => {
    expect(buildGenogram(testFamily(), 'da')).toEqual(g);
    const later = testFamily();
    later.asOf = '2025-06-01';
    later.persons = later.persons.map((p) => ({ ...p, age: p.age === null ? null : p.age + 1 }));
    const g2 = buildGenogram(later, 'da');
    expect(g2.structureKey).toBe(g.structureKey);
    expect(g2.positionKey).toBe(g.positionKey);
  });

  it('grows the family on expand by merging a relative’s family, keeping the searched person', () => {
    const base = testFamily();
    const extra = testFamily();
    extra.rootId = 'mor';
    extra.persons = [
      ...extra.persons.filter((p) => p.id === 'mor').map((p) => ({ ...p, searched: true })),
      { ...extra.persons[0]!, id: 'morfar', name: 'morfar', searched: false },
    ];
    extra.parentLinks = [{ parentId: 'morfar', childId: 'mor' }];
    extra.partnerships = [];
    extra.households = [{ ...base.households[1]!, memberIds: ['mor', 'morfar'] }];
    const merged = mergeFamilies(base, extra);
    expect(merged.persons.map((p) => p.id)).toContain('morfar');
    expect(merged.persons.filter((p) => p.searched).map((p) => p.id)).toEqual(['far']);
    expect(merged.parentLinks).toHaveLength(11);
    expect(merged.households.find((h) => h.addressId === 'adr-mor')!.memberIds).toEqual(['mor', 'morfar']);
    expect(buildGenogram(merged, 'da').structureKey).not.toBe(g.structureKey);
  });
});
