// The generator's working model of one family unit, before it becomes contract records.
// Persons belong to households over time (memberships); households move between addresses.
// Residence periods are derived from the two, so they never overlap and never leave a gap.
import type { Sex } from '../../../server/src/ingest/records.js';

/**
 * No end: still true on the generator's end date. A large day number rather than Infinity, so
 * every date field stays a small integer and V8 keeps the hot objects in one fast shape.
 */
export const OPEN = 1_000_000_000;

export type HouseholdKind = 'single' | 'family' | 'shared';

export interface AddressPeriod {
  addressId: string;
  muni: number;
  from: number;
  to: number;
}

export interface Household {
  kind: HouseholdKind;
  muni: number;
  /** birth day of whoever founded it: the move rate falls when the founder is old */
  founderBirth: number;
  start: number;
  end: number;
  periods: AddressPeriod[];
}

export interface Membership {
  household: Household;
  from: number;
  to: number;
}

export interface Residence {
  addressId: string;
  muni: number;
  from: number;
  to: number;
}

export interface Person {
  id: string;
  name: string;
  family: string;
  sex: Sex;
  birth: number;
  /** OPEN when alive on the end date */
  death: number;
  /** 0 for the unit's founder, +1 per generation below; only depth < 2 has children */
  depth: number;
  parents: Person[];
  children: Person[];
  memberships: Membership[];
  /** the parent a child lives with until moving out */
  guardian: Person | null;
  dependents: Person[];
  independent: boolean;
  couple: Couple | null;
  partnerships: number;
  residences: Residence[];
}

export interface Couple {
  a: Person;
  b: Person;
  household: Household;
  from: number;
  marriedAt: number | null;
  to: number;
}

export type RiskProfile = 'calm' | 'mild' | 'troubled' | 'chaotic';

export interface UnitProfile {
  risk: RiskProfile;
  /** multiplies every household's move rate: the heavy tail of movers */
  mobility: number;
  /** added to the chance that a couple separates */
  separationBoost: number;
}
