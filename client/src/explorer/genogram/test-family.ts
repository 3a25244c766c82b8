// A small hand-made family shaped like Familien X, for the unit tests (the real fixture lives in
// seed/src/fixtures and is used by the integration and browser tests).
import type { CaseCount, Family, FamilyPerson } from '../family.types';
import type { InvolvementRole } from '../../gql/graphql';

function person(id: string, sex: string, birthDate: string, age: number | null, extra: Partial<FamilyPerson> = {}): FamilyPerson {
  return {
    id,
    name: id,
    sex,
    birthDate,
    deathDate: null,
    age,
    born: age !== null,
    deceased: false,
    searched: false,
    kin: true,
    relation: 'relative',
    history: { caseCounts: [], addressChanges: 0 },
    flags: [],
    ...extra,
  };
}

/** `n` cases of one category in one role (labels are the code). */
export const count = (category: string, role: InvolvementRole, n: number): CaseCount => ({
  category,
  subcategory: null,
  labelDa: category,
  labelEn: category,
  role,
  count: n,
});

export function testFamily(): Family {
  return {
    rootId: 'far',
    asOf: '2025-03-01',
    depth: 2,
    persons: [
      person('farfar', 'M', '1950-01-01', 75),
      person('farmor', 'F', '1952-01-01', 73),
      person('far', 'M', '1977-06-01', 47, {
        searched: true,
        history: {
          caseCounts: [count('euforiserende-stoffer', 'charged', 20), count('fogedret', 'other', 11), count('ransagning', 'suspect', 4)],
          addressChanges: 36,
        },
        flags: [{ id: 'flag-1', status: 'NEW' }],
      }),
      person('mor', 'F', '1977-09-01', 47, {
        history: { caseCounts: [count('vold', 'suspect', 2), count('vold', 'victim', 1), count('vold', 'witness', 5)], addressChanges: 29 },
      }),
      person('hustru', 'F', '1980-03-01', 44),
      person('exmand', 'M', '1978-03-01', 46),
      person('stedbarn', 'F', '2014-05-01', 10),
      person('soen1', 'M', '2003-02-01', 19, { deceased: true, deathDate: '2022-08-01' }),
      person('datter', 'F', '2006-11-01', 18, { history: { caseCounts: [], addressChanges: 16 } }),
      person('soen2', 'M', '2008-10-01', 16, { flags: [{ id: 'flag-1', status: 'NEW' }] }),
    ],
    parentLinks: [
      { parentId: 'farfar', childId: 'far' },
      { parentId: 'farmor', childId: 'far' },
      { parentId: 'far', childId: 'soen1' },
      { parentId: 'mor', childId: 'soen1' },
      { parentId: 'far', childId: 'datter' },
      { parentId: 'mor', childId: 'datter' },
      { parentId: 'far', childId: 'soen2' },
      { parentId: 'mor', childId: 'soen2' },
      { parentId: 'hustru', childId: 'stedbarn' },
      { parentId: 'exmand', childId: 'stedbarn' },
    ],
    partnerships: [
      { personA: 'farfar', personB: 'farmor', kind: 'married', from: '1975-01-01', to: null, status: 'current' },
      { personA: 'far', personB: 'mor', kind: 'married', from: '2002-01-01', to: '2015-01-01', status: 'divorced' },
      { personA: 'hustru', personB: 'far', kind: 'married', from: '2018-01-01', to: null, status: 'current' },
      { personA: 'exmand', personB: 'hustru', kind: 'cohabiting', from: '2012-01-01', to: '2016-01-01', status: 'separated' },
    ],
    households: [
      {
        addressId: 'adr-aalborg',
        street: 'Vestergade 1',
        postalCode: '9000',
        city: 'Aalborg',
        municipalityCode: '851',
        municipalityName: 'Aalborg',
        memberIds: ['far', 'hustru', 'soen2', 'stedbarn'],
        residentCount: 0,
        parentElsewhere: false,
        residents: [],
      },
      {
        addressId: 'adr-mor',
        street: 'Østergade 2',
        postalCode: '9000',
        city: 'Aalborg',
        municipalityCode: '851',
        municipalityName: 'Aalborg',
        memberIds: ['mor'],
        residentCount: 0,
        parentElsewhere: false,
        residents: [],
      },
      {
        addressId: 'adr-datter',
        street: 'Nørregade 3',
        postalCode: '8000',
        city: 'Aarhus',
        municipalityCode: '751',
        municipalityName: 'Aarhus',
        memberIds: ['datter'],
        residentCount: 0,
        parentElsewhere: false,
        residents: [],
      },
      {
        addressId: 'adr-farfar',
        street: 'Søndergade 4',
        postalCode: '9000',
        city: 'Aalborg',
        municipalityCode: '851',
        municipalityName: 'Aalborg',
        memberIds: ['farfar', 'farmor'],
        residentCount: 0,
        parentElsewhere: false,
        residents: [],
      },
    ],
  };
}

/** A deterministic synthetic family of `generations` rows: couples with 2–3 children, each child with an in-married partner. */
export function bigFamily(generations: number, maxPersons: number): Family {
  const persons: FamilyPerson[] = [];
  const parentLinks: Family['parentLinks'] = [];
  const partnerships: Family['partnerships'] = [];
  let n = 0;
  const add = (sex: string, year: number) => {
    const id = `p${String(n++).padStart(4, '0')}`;
    persons.push(person(id, sex, `${year}-0${1 + (n % 9)}-01`, 2025 - year));
    return id;
  };
  let couples: [string, string, number][] = [[add('M', 1900), add('F', 1902), 1900]];
  partnerships.push({ personA: 'p0000', personB: 'p0001', kind: 'married', from: '1925-01-01', to: null, status: 'current' });
  for (let g = 1; g < generations && persons.length < maxPersons; g++) {
    const next: [string, string, number][] = [];
    for (const [a, b, year] of couples) {
      const kids = 2 + ((a.charCodeAt(4) + g) % 2);
      for (let k = 0; k < kids && persons.length < maxPersons - 1; k++) {
        const childYear = year + 25 + k * 2;
        const child = add(k % 2 ? 'F' : 'M', childYear);
        parentLinks.push({ parentId: a, childId: child }, { parentId: b, childId: child });
        const spouse = add(k % 2 ? 'M' : 'F', childYear + 1);
        partnerships.push({
          personA: child,
          personB: spouse,
          kind: k % 3 ? 'cohabiting' : 'married',
          from: `${childYear + 22}-01-01`,
          to: null,
          status: 'current',
        });
        next.push([child, spouse, childYear]);
      }
    }
    couples = next;
  }
  return { rootId: 'p0000', asOf: '2025-03-01', depth: 4, persons, parentLinks, partnerships, households: [] };
}

/**
 * A crowded household like the demo's (seed/src/fixtures/crowded-household.ts): a mother, her
 * partner, five lodgers side by side and three children, nearly everyone with long badges
 * ("20 × domestic disturbance (victim)"), the case that overflowed into neighbours in English.
 */
export function crowdedFamily(): Family {
  const heavy = (n: number): FamilyPerson['history'] => ({
    caseCounts: [
      count('husspektakler', 'victim', 20 + n),
      count('advarsel-tilhold', 'suspect', 12),
      count('spiritus-narkokoersel', 'charged', 11),
      count('trussel-paa-livet', 'suspect', 10),
      count('euforiserende-stoffer', 'charged', 10 + n),
      { ...count('bedrageri', 'suspect', 3), subcategory: 'forsikring' },
      count('vold', 'suspect', 2),
    ],
    addressChanges: 14 + n,
  });
  const lodger = (i: number) =>
    person(`lodger${i}`, i % 2 ? 'M' : 'F', `198${i}-04-01`, 40 - i, { kin: false, relation: 'other-adult', history: heavy(i) });
  const persons = [
    person('mother', 'F', '1988-02-01', 37, { history: heavy(0) }),
    person('partner', 'M', '1985-07-01', 39, { history: heavy(1) }),
    ...[1, 2, 3, 4, 5].map(lodger),
    person('child1', 'M', '2012-03-01', 12, {
      searched: true,
      history: { caseCounts: [count('husspektakler', 'victim', 25)], addressChanges: 9 },
    }),
    person('child2', 'F', '2014-06-01', 10, { history: { caseCounts: [count('husspektakler', 'victim', 25)], addressChanges: 9 } }),
    person('child3', 'M', '2017-09-01', 7, { history: { caseCounts: [], addressChanges: 9 } }),
  ];
  const children = ['child1', 'child2', 'child3'];
  return {
    rootId: 'child1',
    asOf: '2025-03-01',
    depth: 2,
    persons,
    parentLinks: children.flatMap((c) => [
      { parentId: 'mother', childId: c },
      { parentId: 'partner', childId: c },
    ]),
    partnerships: [{ personA: 'mother', personB: 'partner', kind: 'cohabiting', from: '2011-01-01', to: null, status: 'current' }],
    households: [
      {
        addressId: 'adr-crowded',
        street: 'Boulevarden 9',
        postalCode: '9000',
        city: 'Aalborg',
        municipalityCode: '851',
        municipalityName: 'Aalborg',
        memberIds: persons.map((p) => p.id),
        residentCount: 0,
        parentElsewhere: false,
        residents: [],
      },
    ],
  };
}
