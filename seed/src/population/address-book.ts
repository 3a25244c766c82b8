import type { AddressRecord } from '../../../server/src/ingest/records.js';
import type { Rng } from '../random/prng.js';
import { MUNIS, streetAddress } from './geography.js';
import { sequenceId } from './ids.js';

interface Vacancy {
  id: string;
  since: number;
}

// Enough vacant dwellings per municipality for realistic reuse, bounded for memory at 1M persons.
const MAX_VACANT_PER_MUNICIPALITY = 4000;
const REUSE_SHARE = 0.8;
const REUSE_TRIES = 6;

/**
 * Hands out dwellings. A dwelling left empty by one unit is offered to later units from the day
 * it became vacant, so an address has several households over the years but never two at once
 * (a unit is complete before it releases its addresses). New addresses are returned as records;
 * reused ones were written with an earlier unit.
 */
export class AddressBook {
  private readonly vacant: Vacancy[][] = MUNIS.map(() => []);
  private seq = 0;

  constructor(
    private readonly rng: Rng,
    private readonly idPrefix = 'a',
  ) {}

  take(muni: number, from: number, out: AddressRecord[]): string {
    const pool = this.vacant[muni] as Vacancy[];
    if (pool.length > 0 && this.rng.chance(REUSE_SHARE)) {
      for (let i = 0; i < REUSE_TRIES; i++) {
        const slot = Math.floor(this.rng.next() * pool.length);
        const candidate = pool[slot] as Vacancy;
        if (candidate.since <= from) {
          pool[slot] = pool[pool.length - 1] as Vacancy;
          pool.pop();
          return candidate.id;
        }
      }
    }
    this.seq += 1;
    const id = sequenceId(this.idPrefix, this.seq);
    const municipality = MUNIS[muni];
    if (!municipality) throw new Error(`AddressBook: no municipality ${muni}`);
    const { street, postalCode, city } = streetAddress(this.rng, muni);
    out.push({ type: 'address', id, street, postalCode, city, municipalityCode: municipality.code });
    return id;
  }

  release(id: string, muni: number, since: number): void {
    const pool = this.vacant[muni] as Vacancy[];
    if (pool.length >= MAX_VACANT_PER_MUNICIPALITY) {
      pool[Math.floor(this.rng.next() * pool.length)] = { id, since };
    } else pool.push({ id, since });
  }
}
