import type { AddressRecord } from '../../../server/src/ingest/records.js';
import type { Rng } from '../random/prng.js';
import { MUNIS, streetAddress } from './geography.js';
import { sequenceId } from './ids.js';

// Enough vacant dwellings per municipality for realistic reuse, bounded for memory at 1M persons.
const MAX_VACANT_PER_MUNICIPALITY = 4096;
const REUSE_SHARE = 0.8;
const REUSE_TRIES = 6;

/** Vacant dwellings of one municipality: address numbers and the day each became vacant. */
class VacancyPool {
  readonly seqs = new Int32Array(MAX_VACANT_PER_MUNICIPALITY);
  readonly since = new Int32Array(MAX_VACANT_PER_MUNICIPALITY);
  size = 0;

  removeAt(slot: number): void {
    this.size -= 1;
    this.seqs[slot] = this.seqs[this.size] as number;
    this.since[slot] = this.since[this.size] as number;
  }
}

/**
 * Hands out dwellings. A dwelling left empty by one unit is offered to later units from the day
 * it became vacant, so an address has several households over the years but never two at once
 * (a unit is complete before it releases its addresses). New addresses are returned as records;
 * reused ones were written with an earlier unit. The pools are typed arrays: they are probed at
 * random a million times, and compact memory keeps that cheap.
 */
export class AddressBook {
  private readonly vacant: VacancyPool[] = MUNIS.map(() => new VacancyPool());
  private seq = 0;

  constructor(
    private readonly rng: Rng,
    private readonly idPrefix = 'a',
  ) {}

  take(muni: number, from: number, out: AddressRecord[]): string {
    const pool = this.vacant[muni] as VacancyPool;
    if (pool.size > 0 && this.rng.chance(REUSE_SHARE)) {
      for (let i = 0; i < REUSE_TRIES; i++) {
        const slot = Math.floor(this.rng.next() * pool.size);
        if ((pool.since[slot] as number) <= from) {
          const seq = pool.seqs[slot] as number;
          pool.removeAt(slot);
          return sequenceId(this.idPrefix, seq);
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

  /** `id` must be an id this book handed out. */
  release(id: string, muni: number, since: number): void {
    const seq = Number(id.slice(id.lastIndexOf('-') + 1));
    const pool = this.vacant[muni] as VacancyPool;
    // When full, a random older vacancy is forgotten (that dwelling is simply not reused).
    const slot = pool.size < MAX_VACANT_PER_MUNICIPALITY ? pool.size++ : Math.floor(this.rng.next() * pool.size);
    pool.seqs[slot] = seq;
    pool.since[slot] = since;
  }
}
