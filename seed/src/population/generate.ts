// The synthetic population: units generated one after another, each yielded as a complete
// group of contract records (persons, addresses, residences, kinship, cases, involvements).
import type {
  AddressRecord,
  IngestRecord,
  ParentRecord,
  PartnerRecord,
  PersonRecord,
  ResidenceRecord,
} from '../../../server/src/ingest/records.js';
import { Rng } from '../random/prng.js';
import { AddressBook } from './address-book.js';
import { CaseMaker, type CaseOutput } from './cases.js';
import { dayOf, isoOf } from './dates.js';
import { sequenceId } from './ids.js';
import { JournalCounter } from './journal.js';
import type { PersonSource } from './life-events.js';
import { OPEN, type Couple, type Person } from './model.js';
import { cutAtDeath, placeHouseholds, releaseAddresses, residencesOf } from './residences.js';
import { pickProfile, pickUnitKind, simulateUnit } from './units.js';

export const DEFAULT_END_DATE = '2026-06-01';
export const MAX_PERSONS = 10_000_000;

export interface PopulationOptions {
  /** exactly this many persons are generated */
  persons: number;
  /** any integer 0..2^32-1; the same (persons, seed, endDate) always gives the same records */
  seed: number;
  /** data up to (not including) this date, YYYY-MM-DD; default 2026-06-01 */
  endDate?: string;
  /** put before every generated id (`run1-p-000001`), so several populations can share a graph */
  idPrefix?: string;
}

export interface PopulationStats {
  persons: number;
  units: number;
  records: number;
}

export function checkPopulationOptions(options: PopulationOptions): void {
  const { persons, seed, endDate, idPrefix } = options;
  if (!Number.isInteger(persons) || persons < 0 || persons > MAX_PERSONS)
    throw new RangeError(`persons must be an integer 0..${MAX_PERSONS}, got ${persons}`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new RangeError(`seed must be an integer 0..4294967295, got ${seed}`);
  if (idPrefix !== undefined && !/^[A-Za-z0-9_-]{0,40}$/.test(idPrefix))
    throw new RangeError(`idPrefix must be up to 40 letters, digits, - or _, got "${idPrefix}"`);
  if (endDate !== undefined) {
    const day = dayOf(endDate); // throws on a malformed date
    if (day < dayOf('1990-01-01') || day > dayOf('2090-01-01'))
      throw new RangeError(`endDate must be between 1990 and 2090, got ${endDate}`);
  }
}

/**
 * Yields the population unit by unit (a family with everyone its life brought in, a single
 * adult, or a shared flat). Each batch holds the records of its persons; residences may also
 * point at addresses first written in an earlier batch (a dwelling left by an earlier unit), so
 * batches must be written in order. Memory stays flat however many persons are asked for.
 */
export function* generatePopulation(options: PopulationOptions): Generator<IngestRecord[], PopulationStats> {
  checkPopulationOptions(options);
  const end = dayOf(options.endDate ?? DEFAULT_END_DATE);
  const rng = new Rng(options.seed);
  const prefix = options.idPrefix ?? '';
  let personSeq = 0;
  let caseSeq = 0;
  const source: PersonSource = {
    end,
    nextPersonId: () => (personSeq < options.persons ? sequenceId(`${prefix}p`, ++personSeq) : null),
  };
  const book = new AddressBook(rng, `${prefix}a`);
  const caseMaker = new CaseMaker(rng, new JournalCounter(8), () => sequenceId(`${prefix}c`, ++caseSeq), end);
  let units = 0;
  let records = 0;
  while (personSeq < options.persons) {
    const profile = pickProfile(rng);
    const life = simulateUnit(pickUnitKind(rng), rng, source, profile);
    for (const person of life.persons) cutAtDeath(person);
    const addresses = placeHouseholds(life.persons, life.households, rng, book, profile.mobility, end);
    for (const person of life.persons) person.residences = residencesOf(person);
    const cases: CaseOutput = { cases: [], involvements: [] };
    caseMaker.forUnit(life.persons, profile, cases);
    releaseAddresses(life.households, book, end);
    const batch = unitRecords(life.persons, life.couples, addresses, cases);
    units++;
    records += batch.length;
    yield batch;
  }
  return { persons: personSeq, units, records };
}

/** Every record of the population, one at a time. */
export function* populationRecords(options: PopulationOptions): Generator<IngestRecord> {
  for (const batch of generatePopulation(options)) yield* batch;
}

function unitRecords(persons: Person[], couples: Couple[], addresses: AddressRecord[], cases: CaseOutput): IngestRecord[] {
  const out: IngestRecord[] = [];
  for (const p of persons) {
    const record: PersonRecord = { type: 'person', id: p.id, name: p.name, sex: p.sex, birthDate: isoOf(p.birth) };
    if (p.death !== OPEN) record.deathDate = isoOf(p.death);
    out.push(record);
  }
  for (const a of addresses) out.push(a);
  for (const p of persons) {
    for (const r of p.residences) {
      const record: ResidenceRecord = { type: 'residence', personId: p.id, addressId: r.addressId, from: isoOf(r.from) };
      if (r.to !== OPEN) record.to = isoOf(r.to);
      out.push(record);
    }
  }
  for (const p of persons) {
    for (const parent of p.parents) out.push({ type: 'parent', parentId: parent.id, childId: p.id } satisfies ParentRecord);
  }
  for (const c of couples) partnerRecords(c, out);
  for (const c of cases.cases) out.push(c);
  for (const i of cases.involvements) out.push(i);
  return out;
}

/** Cohabiting until the wedding, married from then on; ends at separation or death. */
function partnerRecords(c: Couple, out: IngestRecord[]): void {
  const to = Math.min(c.to, c.a.death, c.b.death);
  const married = c.marriedAt !== null && c.marriedAt < to ? c.marriedAt : null;
  const first: PartnerRecord = { type: 'partner', personA: c.a.id, personB: c.b.id, kind: 'cohabiting', from: isoOf(c.from) };
  if (married !== null) first.to = isoOf(married);
  else if (to !== OPEN) first.to = isoOf(to);
  out.push(first);
  if (married === null) return;
  const second: PartnerRecord = { type: 'partner', personA: c.a.id, personB: c.b.id, kind: 'married', from: isoOf(married) };
  if (to !== OPEN) second.to = isoOf(to);
  out.push(second);
}
