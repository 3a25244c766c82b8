// The kinds of unit the population is made of. A unit is a founder and everyone their life
// brings in (partners, exes, children, grandchildren), or a shared flat of unrelated adults.
import type { Sex } from '../../../server/src/ingest/records.js';
import type { Rng } from '../random/prng.js';
import { DAYS_PER_YEAR, plusYears, yearsBetween } from './dates.js';
import { anyMunicipality, firstHomeMunicipality, nextMunicipality } from './geography.js';
import { LifeEvents, type PersonSource } from './life-events.js';
import type { Person, UnitProfile } from './model.js';

export type UnitKind = 'family' | 'single' | 'shared';

export function pickUnitKind(rng: Rng): UnitKind {
  const r = rng.next();
  return r < 0.64 ? 'family' : r < 0.93 ? 'single' : 'shared';
}

/** Most units are calm; a few percent account for most cases (and move far more often). */
export function pickProfile(rng: Rng): UnitProfile {
  const r = rng.next();
  if (r < 0.72) {
    const m = rng.next();
    return { risk: 'calm', mobility: m < 0.86 ? 1 : m < 0.97 ? 1.6 : 2.4, separationBoost: 0 };
  }
  if (r < 0.9) return { risk: 'mild', mobility: 1.25, separationBoost: 0.05 };
  if (r < 0.97) return { risk: 'troubled', mobility: rng.real(1.6, 2.4), separationBoost: 0.15 };
  return { risk: 'chaotic', mobility: rng.real(2.8, 4.5), separationBoost: 0.3 };
}

function adultSex(rng: Rng): Sex {
  const r = rng.next();
  return r < 0.497 ? 'F' : r < 0.996 ? 'M' : 'U';
}

export function simulateUnit(kind: UnitKind, rng: Rng, source: PersonSource, profile: UnitProfile): LifeEvents {
  const life = new LifeEvents(rng, source, profile);
  if (kind === 'shared') sharedFlat(life, rng);
  else founder(life, rng, kind);
  life.run();
  return life;
}

/** A founder born 19-92 years before the end date, starting their own life at 18-25. */
function founder(life: LifeEvents, rng: Rng, kind: UnitKind): void {
  if (kind === 'single') life.partnerChance = 0.3;
  // Founders lean old: their children and grandchildren fill the younger ages.
  const ageAtEnd = kind === 'family' ? (rng.chance(0.68) ? rng.real(50, 97) : rng.real(19, 50)) : rng.real(19, 90);
  const birth = plusYears(life.end, -ageAtEnd);
  const out = plusYears(birth, rng.real(18, Math.min(25, ageAtEnd - 0.2)));
  const person = life.createAdult(adultSex(rng), birth, 0, out + 365);
  if (!person) return;
  // Adults from outside the data start with their first own address (earlier ones are unknown).
  life.startAdultLife(person, out, null);
}

/**
 * Three to five unrelated adults share a flat for a few years; often a single parent with a
 * young child lives there too. Afterwards each goes their own way.
 */
function sharedFlat(life: LifeEvents, rng: Rng): void {
  const yearsBack = rng.chance(0.5) ? rng.real(1.5, 7) : rng.real(7, 30);
  const start = plusYears(life.end, -yearsBack);
  const muni = firstHomeMunicipality(rng, anyMunicipality(rng));
  const adults = rng.int(3, 5);
  let flat = null;
  for (let i = 0; i < adults; i++) {
    const join = i === 0 ? start : start + rng.int(0, 140);
    const person = newcomer(life, rng, plusYears(join, -rng.real(20, 34)), join, muni);
    if (!person) return;
    flat ??= life.newHousehold('shared', muni, person);
    life.join(person, flat, join);
    scheduleLeaving(life, rng, person, join, muni);
  }
  if (!flat || !rng.chance(0.45)) return;

  // A single parent and child: the child's father lives elsewhere.
  const join = start + rng.int(20, 150);
  const mother = newcomer(life, rng, plusYears(join, -rng.real(22, 36)), join, muni, 'F');
  if (!mother) return;
  const motherOut = mother.memberships[0]?.from ?? join;
  const earliest = Math.max(motherOut + 120, plusYears(mother.birth, 18.5), plusYears(join, -14));
  const latest = join - 90;
  if (earliest < latest) {
    const birth = earliest + Math.floor(rng.next() * (latest - earliest));
    // The father is 18.5-44 at the birth, about two years older than the mother.
    const fatherAge = Math.min(44, Math.max(18.5, yearsBetween(mother.birth, birth) + rng.normal(2, 3)));
    const father = life.createAdult('M', plusYears(birth, -fatherAge), 0, join);
    if (father) {
      const fatherOut = plusYears(father.birth, rng.real(18, 23));
      life.join(father, life.newHousehold('single', nextMunicipality(rng, muni, 0.5, 0.3), father), Math.min(fatherOut, birth - 30));
      const child = life.createPerson(rng.chance(0.5) ? 'F' : 'M', birth, mother.family, 1);
      if (child) {
        child.parents.push(mother, father);
        mother.children.push(child);
        father.children.push(child);
        life.ensureAliveUntil(mother, plusYears(birth, 18.5));
        life.ensureAliveUntil(father, plusYears(birth, 18.5));
        life.setGuardian(child, mother);
        const motherHome = mother.memberships[mother.memberships.length - 1]?.household;
        if (motherHome) life.join(child, motherHome, birth);
        const moveOut = plusYears(birth, 18.5 + rng.exponential(1.5));
        life.at(moveOut, () => {
          if (life.alive(child, moveOut) && !child.independent)
            life.startAdultLife(child, moveOut, life.currentHousehold(child)?.muni ?? null);
        });
      }
      life.planPartnership(father, Math.max(birth, join), 'separated');
    }
  }
  life.relocate(mother, flat, join);
  scheduleLeaving(life, rng, mother, join, muni);
}

/** An adult with a first own address before joining the flat (when there was time for one). */
function newcomer(life: LifeEvents, rng: Rng, birth: number, join: number, muni: number, sex?: Sex): Person | null {
  const person = life.createAdult(sex ?? adultSex(rng), birth, 0, join + 2 * 365);
  if (!person) return null;
  const out = plusYears(birth, rng.real(18, 21));
  if (out < join - 60) life.join(person, life.newHousehold('single', nextMunicipality(rng, muni, 0.4, 0.3), person), out);
  return person;
}

function scheduleLeaving(life: LifeEvents, rng: Rng, person: Person, join: number, muni: number): void {
  const leave = join + Math.round((1.6 + rng.exponential(2.5)) * DAYS_PER_YEAR);
  life.at(leave, () => {
    if (!life.alive(person, leave)) return;
    life.relocate(person, life.newHousehold('single', nextMunicipality(rng, muni, 0.5, 0.25), person), leave);
    life.planPartnership(person, leave, 'first');
  });
}
