// From memberships to residence periods: households get address timelines (moves), persons
// get the addresses of the households they belonged to, cut at death.
import type { AddressRecord } from '../../../server/src/ingest/records.js';
import type { Rng } from '../random/prng.js';
import type { AddressBook } from './address-book.js';
import { DAYS_PER_YEAR, yearsBetween } from './dates.js';
import { nextMunicipality } from './geography.js';
import { OPEN, type Household, type Person, type Residence } from './model.js';

// Moves per year by household kind, before the unit's mobility factor.
const MOVE_RATE: Record<Household['kind'], number> = { single: 0.2, family: 0.065, shared: 0.12 };
const MIN_STAY_DAYS = 45;

/** Ends every membership at death; drops the ones that would start after it. */
export function cutAtDeath(person: Person): void {
  if (person.death === OPEN) return;
  person.memberships = person.memberships.filter((m) => m.from < person.death);
  for (const m of person.memberships) if (m.to > person.death) m.to = person.death;
}

/** Gives each lived-in household its addresses over time and returns the addresses created. */
export function placeHouseholds(
  persons: Person[],
  households: Household[],
  rng: Rng,
  book: AddressBook,
  mobility: number,
  end: number,
): AddressRecord[] {
  // Lifetimes recomputed from the memberships that survived cutAtDeath.
  for (const h of households) {
    h.start = OPEN;
    h.end = -OPEN;
  }
  for (const person of persons) {
    for (const m of person.memberships) {
      if (m.from >= m.to) continue;
      const h = m.household;
      if (m.from < h.start) h.start = m.from;
      if (m.to > h.end) h.end = m.to;
    }
  }
  const created: AddressRecord[] = [];
  for (const h of households) if (h.start < h.end) placeHousehold(h, rng, book, mobility, end, created);
  return created;
}

function placeHousehold(h: Household, rng: Rng, book: AddressBook, mobility: number, end: number, out: AddressRecord[]): void {
  const limit = Math.min(h.end, end);
  let muni = h.muni;
  let from = h.start;
  h.periods = [];
  for (;;) {
    h.periods.push({ addressId: book.take(muni, from, out), muni, from, to: OPEN });
    const elderly = yearsBetween(h.founderBirth, from) > 65 ? 0.3 : 1;
    const rate = MOVE_RATE[h.kind] * mobility * elderly;
    const next = from + Math.max(MIN_STAY_DAYS, Math.round(rng.exponential(1 / rate) * DAYS_PER_YEAR));
    if (next >= limit) break;
    (h.periods[h.periods.length - 1] as { to: number }).to = next;
    muni = nextMunicipality(rng, muni, 0.74, 0.16);
    from = next;
  }
  (h.periods[h.periods.length - 1] as { to: number }).to = h.end;
}

/** A person's residence periods: their memberships intersected with the households' addresses. */
export function residencesOf(person: Person): Residence[] {
  const out: Residence[] = [];
  for (const m of person.memberships) {
    if (m.from >= m.to) continue;
    for (const p of m.household.periods) {
      const from = Math.max(m.from, p.from);
      const to = Math.min(m.to, p.to);
      if (from >= to) continue;
      const last = out[out.length - 1];
      if (last && last.addressId === p.addressId && last.to === from) last.to = to;
      else out.push({ addressId: p.addressId, muni: p.muni, from, to });
    }
  }
  return out;
}

/** Addresses the unit has left for good become available to later units. */
export function releaseAddresses(households: Household[], book: AddressBook, end: number): void {
  for (const h of households) {
    // Each address appears in one period of one household (a unit never takes one twice).
    for (const p of h.periods) if (p.to < end) book.release(p.addressId, p.muni, p.to);
  }
}
