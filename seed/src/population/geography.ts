import { MUNICIPALITIES, POLICE_DISTRICTS } from '../../../server/src/reference/reference-data.js';
import { Rng, WeightedPicker } from '../random/prng.js';
import { MUNICIPALITY_GEO, STREET_END, STREET_FIRST, type MunicipalityGeo } from './geography-data.js';

/** A municipality as the generator uses it: an index into MUNIS, with its district. */
export interface Muni {
  index: number;
  code: string;
  name: string;
  districtCode: string;
  population: number;
  postal: readonly (readonly [string, string])[];
}

const geoByCode = new Map<string, MunicipalityGeo>(MUNICIPALITY_GEO.map((g) => [g.code, g]));

export const MUNIS: readonly Muni[] = MUNICIPALITIES.map((m, index) => {
  const geo = geoByCode.get(m.code);
  if (!geo) throw new Error(`seed geography: no postal data for municipality ${m.code} ${m.name}`);
  return { index, code: m.code, name: m.name, districtCode: m.districtCode, population: geo.population, postal: geo.postal };
});

const muniIndexByCode = new Map(MUNIS.map((m) => [m.code, m.index]));

export function muniByCode(code: string): Muni {
  const index = muniIndexByCode.get(code);
  if (index === undefined) throw new Error(`unknown municipality code ${code}`);
  return MUNIS[index] as Muni;
}

const byPopulation = new WeightedPicker(
  MUNIS.map((m) => m.index),
  MUNIS.map((m) => m.population),
);

// Young adults move to the university cities more than the population share says.
const STUDY_CITIES = new WeightedPicker(
  ['101', '751', '461', '851', '147'].map((c) => muniByCode(c).index),
  [5, 4, 2, 2, 1],
);

const sameDistrict = new Map<string, WeightedPicker<number>>(
  POLICE_DISTRICTS.map((d) => {
    const list = MUNIS.filter((m) => m.districtCode === d.code);
    return [
      d.code,
      new WeightedPicker(
        list.map((m) => m.index),
        list.map((m) => m.population),
      ),
    ];
  }),
);

export function anyMunicipality(rng: Rng): number {
  return byPopulation.pick(rng);
}

/** Where the next home is: mostly the same municipality, sometimes nearby, now and then anywhere. */
export function nextMunicipality(rng: Rng, current: number, stay = 0.72, nearby = 0.17): number {
  const r = rng.next();
  if (r < stay) return current;
  const muni = MUNIS[current] as Muni;
  if (r < stay + nearby) return (sameDistrict.get(muni.districtCode) as WeightedPicker<number>).pick(rng);
  return byPopulation.pick(rng);
}

/** A young adult's first own home: near the parents, or in a study city. */
export function firstHomeMunicipality(rng: Rng, parental: number | null): number {
  if (parental === null) return rng.chance(0.25) ? STUDY_CITIES.pick(rng) : byPopulation.pick(rng);
  const r = rng.next();
  if (r < 0.25) return STUDY_CITIES.pick(rng);
  return nextMunicipality(rng, parental, 0.6, 0.25);
}

export function districtOf(muniIndex: number): string {
  return (MUNIS[muniIndex] as Muni).districtCode;
}

const districtPicker = new WeightedPicker(
  POLICE_DISTRICTS.map((d) => d.code),
  POLICE_DISTRICTS.map((d) => MUNIS.filter((m) => m.districtCode === d.code).reduce((s, m) => s + m.population, 0)),
);

/** A police district by population (for a case registered away from home). */
export function anyDistrict(rng: Rng): string {
  return districtPicker.pick(rng);
}

const FLOORS = ['st.', '1.', '2.', '3.', '4.'];
const SIDES = ['tv', 'th', 'mf'];

/** A Danish-looking street address: "Birkevej 12" or "Vestergade 4, 2. tv". */
export function streetAddress(rng: Rng, muniIndex: number): { street: string; postalCode: string; city: string } {
  const muni = MUNIS[muniIndex] as Muni;
  const [postalCode, city] = rng.pick(muni.postal);
  const name = rng.pick(STREET_FIRST) + rng.pick(STREET_END);
  const number = rng.chance(0.7) ? rng.int(1, 60) : rng.int(61, 220);
  // Bigger towns have more flats.
  const flatShare = muni.population > 150 ? 0.6 : muni.population > 60 ? 0.35 : 0.15;
  const flat = rng.chance(flatShare) ? `, ${rng.pick(FLOORS)} ${rng.pick(SIDES)}` : '';
  const letter = rng.chance(0.05) ? rng.pick(['A', 'B', 'C']) : '';
  return { street: `${name} ${number}${letter}${flat}`, postalCode, city };
}
