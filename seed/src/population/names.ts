import type { Sex } from '../../../server/src/ingest/records.js';
import type { Rng } from '../random/prng.js';
import { FEMALE_NAMES, MALE_NAMES, SURNAMES } from './names-data.js';

export function surname(rng: Rng): string {
  return rng.pick(SURNAMES);
}

function givenName(rng: Rng, sex: Sex): string {
  if (sex === 'F') return rng.pick(FEMALE_NAMES);
  if (sex === 'M') return rng.pick(MALE_NAMES);
  return rng.pick(rng.chance(0.5) ? FEMALE_NAMES : MALE_NAMES);
}

/** "Given [Second] Surname"; a second given name is common in Denmark. */
export function fullName(rng: Rng, sex: Sex, family: string): string {
  const first = givenName(rng, sex);
  if (rng.chance(0.25)) {
    const second = givenName(rng, sex);
    if (second !== first) return `${first} ${second} ${family}`;
  }
  return `${first} ${family}`;
}
