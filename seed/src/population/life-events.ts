// One family unit lived forward in time: moving out, partnering, births, marriages,
// separations (children stay with one parent, some later move to the other), deaths.
// Events run in date order, so every person's memberships are chronological.
import type { Sex } from '../../../server/src/ingest/records.js';
import type { Rng } from '../random/prng.js';
import { DAYS_PER_YEAR, plusYears, yearsBetween } from './dates.js';
import { firstHomeMunicipality, nextMunicipality } from './geography.js';
import { OPEN, type Couple, type Household, type HouseholdKind, type Person, type UnitProfile } from './model.js';
import { fullName, surname } from './names.js';

/** What a unit needs from the whole run: person ids and the remaining person budget. */
export interface PersonSource {
  readonly end: number;
  /** a new person id, or null when the requested population size is reached */
  nextPersonId(): string | null;
}

type Reason = 'first' | 'separated' | 'widowed';

const MIN_PARENT_AGE = 18.3;
const MAX_MOTHER_AGE = 43;
const MAX_FATHER_AGE = 44.7;
// Parents live at least until their youngest child is grown (no orphaned minors in the data).
const GROWN = 18.2;

interface QueuedEvent {
  date: number;
  seq: number;
  run: () => void;
}

export class LifeEvents {
  readonly persons: Person[] = [];
  readonly households: Household[] = [];
  readonly couples: Couple[] = [];
  private readonly queue: QueuedEvent[] = [];
  private seq = 0;
  private now = Number.NEGATIVE_INFINITY;
  /** partnering is rarer in "single" units */
  partnerChance = 1;

  constructor(
    private readonly rng: Rng,
    private readonly source: PersonSource,
    readonly profile: UnitProfile,
  ) {}

  get end(): number {
    return this.source.end;
  }

  at(date: number, run: () => void): void {
    if (!(date < this.end)) return;
    if (date < this.now) throw new Error(`life-events: an event on day ${date} was planned after day ${this.now} had passed`);
    const event = { date, seq: this.seq++, run };
    let i = this.queue.length;
    while (i > 0) {
      const prev = this.queue[i - 1] as QueuedEvent;
      if (prev.date < date || (prev.date === date && prev.seq < event.seq)) break;
      i--;
    }
    this.queue.splice(i, 0, event);
  }

  run(): void {
    for (let event = this.queue.shift(); event; event = this.queue.shift()) {
      this.now = event.date;
      event.run();
    }
  }

  // ---- persons and households -------------------------------------------------------------

  createPerson(sex: Sex, birth: number, family: string, depth: number): Person | null {
    const id = this.source.nextPersonId();
    if (id === null) return null;
    const person: Person = {
      id,
      name: fullName(this.rng, sex, family),
      family,
      sex,
      birth,
      death: this.naturalDeath(birth),
      depth,
      parents: [],
      children: [],
      memberships: [],
      guardian: null,
      dependents: [],
      independent: false,
      couple: null,
      partnerships: 0,
      residences: [],
    };
    this.persons.push(person);
    return person;
  }

  /** An adult who appears in the unit's story at `date` and must be alive for a while after. */
  createAdult(sex: Sex, birth: number, depth: number, aliveUntil: number): Person | null {
    const person = this.createPerson(sex, birth, surname(this.rng), depth);
    if (!person) return null;
    person.independent = true;
    if (person.death <= aliveUntil) person.death = this.later(aliveUntil);
    return person;
  }

  newHousehold(kind: HouseholdKind, muni: number, founder: Person): Household {
    const household: Household = { kind, muni, founderBirth: founder.birth, start: OPEN, end: -OPEN, periods: [] };
    this.households.push(household);
    return household;
  }

  /** Gompertz old-age mortality plus a small hazard at any age; early deaths are rare. */
  private naturalDeath(birth: number): number {
    const gompertzA = 0.00002;
    const gompertzB = 0.1;
    const oldAge = Math.log(1 - (gompertzB / gompertzA) * Math.log(1 - this.rng.next())) / gompertzB;
    const accident = this.rng.exponential(2500);
    let age = Math.min(oldAge, 104);
    // Children do not die in the generated data; a young adult occasionally does.
    if (accident < age && accident >= 16) age = accident;
    const death = plusYears(birth, age);
    return death < this.end ? death : OPEN;
  }

  private later(day: number): number {
    const death = day + Math.round(this.rng.real(0, 25) * DAYS_PER_YEAR);
    return death < this.end ? death : OPEN;
  }

  ensureAliveUntil(person: Person, day: number): void {
    if (person.death <= day) person.death = this.later(day);
  }

  alive(person: Person, day: number): boolean {
    return day < person.death;
  }

  ageAt(person: Person, day: number): number {
    return yearsBetween(person.birth, day);
  }

  currentHousehold(person: Person): Household | null {
    return person.memberships[person.memberships.length - 1]?.household ?? null;
  }

  /** Moves one person to a household from a date (ends the current membership there). */
  join(person: Person, household: Household, date: number): void {
    const current = person.memberships[person.memberships.length - 1];
    if (current) {
      if (current.household === household) return;
      // Events run in date order, so this would be a bug in the simulation, not bad luck.
      if (date < current.from)
        throw new Error(`life-events: ${person.id} would move on day ${date}, before their move on day ${current.from}`);
      if (date === current.from) {
        // Same-day change: the earlier membership never really started.
        current.household = household;
        household.start = Math.min(household.start, current.from);
        return;
      }
      current.to = date;
    }
    person.memberships.push({ household, from: date, to: OPEN });
    household.start = Math.min(household.start, date);
  }

  /** A person moves and takes the children living with them along. */
  relocate(person: Person, household: Household, date: number): void {
    this.join(person, household, date);
    for (const child of person.dependents) this.join(child, household, date);
  }

  setGuardian(child: Person, guardian: Person): void {
    if (child.guardian === guardian) return;
    if (child.guardian) child.guardian.dependents = child.guardian.dependents.filter((c) => c !== child);
    child.guardian = guardian;
    guardian.dependents.push(child);
  }

  private detach(child: Person): void {
    if (child.guardian) child.guardian.dependents = child.guardian.dependents.filter((c) => c !== child);
    child.guardian = null;
  }

  // ---- the life course ------------------------------------------------------------------

  /** First own home (moving out, or first registered address of an adult from outside). */
  startAdultLife(person: Person, date: number, parentalMuni: number | null): void {
    this.detach(person);
    person.independent = true;
    const home = this.newHousehold('single', firstHomeMunicipality(this.rng, parentalMuni), person);
    this.relocate(person, home, date);
    this.planPartnership(person, date, 'first');
  }

  planPartnership(person: Person, after: number, reason: Reason): void {
    const age = this.ageAt(person, after);
    const chance =
      reason === 'first' ? 0.86 * this.partnerChance : reason === 'separated' ? (age < 50 ? 0.62 : 0.3) : age < 60 ? 0.35 : 0.08;
    if (!this.rng.chance(chance)) return;
    let date: number;
    if (reason === 'first') {
      const targetAge = Math.max(MIN_PARENT_AGE, this.rng.normal(27, 4.5));
      date = Math.max(after + 30 + Math.round(this.rng.exponential(0.6) * DAYS_PER_YEAR), plusYears(person.birth, targetAge));
    } else date = after + Math.round((0.3 + this.rng.exponential(2.5)) * DAYS_PER_YEAR);
    if (date >= person.death || this.ageAt(person, date) > 75) return;
    this.at(date, () => this.formCouple(person, date));
  }

  private partnerSex(sex: Sex): Sex {
    if (sex === 'U') return this.rng.chance(0.5) ? 'F' : 'M';
    if (this.rng.chance(0.04)) return sex;
    return sex === 'F' ? 'M' : 'F';
  }

  private formCouple(person: Person, date: number): void {
    if (!this.alive(person, date) || person.couple || !person.independent) return;
    const sex = this.partnerSex(person.sex);
    // Men are on average a couple of years older than their female partners.
    const older = person.sex === 'F' && sex === 'M' ? 2 : person.sex === 'M' && sex === 'F' ? -2 : 0;
    let birth = person.birth - Math.round(this.rng.normal(older, 3) * DAYS_PER_YEAR);
    if (yearsBetween(birth, date) < MIN_PARENT_AGE) birth = plusYears(date, -(MIN_PARENT_AGE + this.rng.real(0, 3)));
    const partner = this.createAdult(sex, birth, person.depth, plusYears(date, 1));
    if (!partner) return;
    const base = this.currentHousehold(person);
    const baseMuni = base?.muni ?? 0;
    const partnerOut = plusYears(partner.birth, this.rng.real(18, 25));
    if (partnerOut < date - 60) {
      this.join(partner, this.newHousehold('single', nextMunicipality(this.rng, baseMuni, 0.55, 0.3), partner), partnerOut);
      const priorChance = this.ageAt(partner, date) >= 30 ? 0.35 : 0.12;
      if (partner.depth < 2 && this.rng.chance(priorChance)) this.priorFamily(partner, partnerOut, date);
    }

    const partnerHome = this.currentHousehold(partner);
    const r = this.rng.next();
    let home: Household;
    if (r < 0.3 && base && base.kind !== 'shared') home = base;
    else if (r < 0.45 && partnerHome && partnerHome.kind !== 'shared') home = partnerHome;
    else home = this.newHousehold('family', nextMunicipality(this.rng, baseMuni), person);
    home.kind = 'family';
    this.relocate(person, home, date);
    this.relocate(partner, home, date);

    const couple: Couple = { a: person, b: partner, household: home, from: date, marriedAt: null, to: OPEN };
    this.couples.push(couple);
    person.couple = couple;
    partner.couple = couple;
    const firstForBoth = person.partnerships === 0 && partner.partnerships === 0;
    person.partnerships++;
    partner.partnerships++;

    if (this.rng.chance(0.55)) {
      const wedding = date + Math.round(this.rng.real(0.5, 7) * DAYS_PER_YEAR);
      this.at(wedding, () => {
        if (couple.to === OPEN && this.alive(couple.a, wedding) && this.alive(couple.b, wedding)) couple.marriedAt = wedding;
      });
    }
    const separates = this.rng.chance((firstForBoth ? 0.33 : 0.45) + this.profile.separationBoost);
    const separation = separates ? date + Math.round((0.8 + this.rng.exponential(6)) * DAYS_PER_YEAR) : OPEN;
    if (separation < this.end) this.at(separation, () => this.separate(couple, separation));
    this.planBirths(couple, separation);
    this.watchForDeath(couple);
  }

  /** A partner's earlier relationship: an ex and one or two children who live with the partner. */
  private priorFamily(partner: Person, outDate: number, before: number): void {
    // Recent enough that the children are still minors when the partner moves on with them.
    const start = Math.max(
      outDate + Math.round(this.rng.real(0.3, 3) * DAYS_PER_YEAR),
      before - Math.round(this.rng.real(3, 14) * DAYS_PER_YEAR),
    );
    if (start + 2 * DAYS_PER_YEAR > before) return;
    const exSex = this.partnerSex(partner.sex);
    if (exSex === partner.sex) return;
    let exBirth = partner.birth + Math.round(this.rng.normal(0, 2.5) * DAYS_PER_YEAR);
    if (yearsBetween(exBirth, start) < MIN_PARENT_AGE) exBirth = plusYears(start, -(MIN_PARENT_AGE + this.rng.real(0, 2)));
    const ex = this.createAdult(exSex, exBirth, partner.depth, before);
    if (!ex) return;
    const exOut = plusYears(ex.birth, this.rng.real(18, 24));
    const near = this.currentHousehold(partner)?.muni ?? 0;
    if (exOut < start - 60) this.join(ex, this.newHousehold('single', nextMunicipality(this.rng, near, 0.5, 0.35), ex), exOut);
    const home = this.newHousehold('family', nextMunicipality(this.rng, near), partner);
    this.join(partner, home, start);
    this.join(ex, home, start);
    const couple: Couple = { a: partner, b: ex, household: home, from: start, marriedAt: null, to: OPEN };
    this.couples.push(couple);
    partner.partnerships++;
    ex.partnerships++;

    const mother = partner.sex === 'F' ? partner : ex;
    const father = partner.sex === 'F' ? ex : partner;
    let birth = start + Math.round(this.rng.real(0.5, 2) * DAYS_PER_YEAR);
    let last = -1;
    const wanted = this.rng.chance(0.7) ? 1 : 2;
    for (let k = 0; k < wanted; k++) {
      if (birth > before - 0.5 * DAYS_PER_YEAR || !this.fertile(mother, father, birth)) break;
      const child = this.bear(mother, father, birth, home, partner);
      if (!child) break;
      last = birth;
      birth += Math.round(this.rng.real(1.3, 3) * DAYS_PER_YEAR);
    }
    const earliestSplit = Math.max(last, start) + 90;
    const latestSplit = before - 45;
    if (earliestSplit >= latestSplit) {
      // No room for a separation before the new couple: undo nothing, just end it the day before.
      couple.to = before - 1;
    } else couple.to = earliestSplit + Math.floor(this.rng.next() * (latestSplit - earliestSplit));
    this.join(ex, this.newHousehold('single', nextMunicipality(this.rng, home.muni, 0.6, 0.3), ex), couple.to);
    this.planPartnership(ex, before, 'separated');
  }

  private fertile(mother: Person, father: Person, day: number): boolean {
    const m = this.ageAt(mother, day);
    const f = this.ageAt(father, day);
    return m >= MIN_PARENT_AGE && m <= MAX_MOTHER_AGE && f >= MIN_PARENT_AGE && f <= MAX_FATHER_AGE;
  }

  /** A child is born into a household and lives with `guardian`. */
  private bear(mother: Person, father: Person, day: number, home: Household, guardian: Person): Person | null {
    const sex: Sex = this.rng.chance(0.513) ? 'M' : 'F';
    const family = this.rng.chance(0.6) ? father.family : mother.family;
    const child = this.createPerson(sex, day, family, Math.max(mother.depth, father.depth) + 1);
    if (!child) return null;
    child.parents.push(mother, father);
    mother.children.push(child);
    father.children.push(child);
    this.ensureAliveUntil(mother, plusYears(day, GROWN + 0.2));
    this.ensureAliveUntil(father, plusYears(day, GROWN + 0.2));
    this.setGuardian(child, guardian);
    this.join(child, home, day);
    // Most leave home at 18-21, a few stay until 25.
    const moveOut = plusYears(day, Math.min(25, GROWN + this.rng.exponential(1.8)));
    this.at(moveOut, () => {
      if (!this.alive(child, moveOut) || child.independent) return;
      this.startAdultLife(child, moveOut, this.currentHousehold(child)?.muni ?? null);
    });
    return child;
  }

  private planBirths(couple: Couple, separation: number): void {
    const { a, b } = couple;
    if (a.sex === b.sex || a.sex === 'U' || b.sex === 'U' || Math.max(a.depth, b.depth) >= 2) return;
    const mother = a.sex === 'F' ? a : b;
    const father = a.sex === 'F' ? b : a;
    const existing = mother.children.length + father.children.length;
    const r = this.rng.next();
    const wanted = existing === 0 ? (r < 0.14 ? 0 : r < 0.34 ? 1 : r < 0.76 ? 2 : r < 0.94 ? 3 : 4) : r < 0.45 ? 0 : r < 0.85 ? 1 : 2;
    let day = couple.from + Math.round(this.rng.real(0.4, 3.5) * DAYS_PER_YEAR);
    for (let k = 0; k < wanted; k++) {
      if (day >= separation || day >= this.end) break;
      if (this.ageAt(mother, day) > MAX_MOTHER_AGE || this.ageAt(father, day) > MAX_FATHER_AGE) break;
      const birthDay = day;
      this.at(birthDay, () => {
        if (couple.to !== OPEN || !this.alive(mother, birthDay) || !this.alive(father, birthDay)) return;
        if (!this.fertile(mother, father, birthDay)) return;
        this.bear(mother, father, birthDay, couple.household, mother);
      });
      day += Math.round(this.rng.real(1.2, 5) * DAYS_PER_YEAR);
    }
  }

  private separate(couple: Couple, date: number): void {
    const { a, b } = couple;
    if (couple.to !== OPEN || !this.alive(a, date) || !this.alive(b, date)) return;
    couple.to = date;
    a.couple = null;
    b.couple = null;
    const joint = [...a.dependents, ...b.dependents].filter((c) => c.parents.includes(a) && c.parents.includes(b));
    const mother = a.sex === 'F' ? a : b.sex === 'F' ? b : a;
    const other = mother === a ? b : a;
    const custodian = joint.length === 0 ? null : this.rng.chance(0.72) ? mother : other;
    let leaver: Person;
    if (custodian) leaver = custodian === a ? b : a;
    else if (a.dependents.length > 0 && b.dependents.length === 0) leaver = b;
    else if (b.dependents.length > 0 && a.dependents.length === 0) leaver = a;
    else leaver = this.rng.chance(0.5) ? a : b;
    if (custodian) for (const child of joint) this.setGuardian(child, custodian);
    const home = this.newHousehold('single', nextMunicipality(this.rng, couple.household.muni, 0.6, 0.3), leaver);
    this.relocate(leaver, home, date);

    // Custody is unknown to the police; some children later move to the other parent.
    if (custodian) {
      const nonCustodian = custodian === a ? b : a;
      for (const child of joint) {
        if (!this.rng.chance(0.12)) continue;
        const last = plusYears(child.birth, 17.5);
        if (last <= date + 180) continue;
        const when = date + 180 + Math.floor(this.rng.next() * (last - date - 180));
        this.at(when, () => {
          if (!this.alive(child, when) || child.independent || !this.alive(nonCustodian, when)) return;
          const target = this.currentHousehold(nonCustodian);
          if (!target || target.kind === 'shared' || child.guardian === nonCustodian) return;
          this.setGuardian(child, nonCustodian);
          this.join(child, target, when);
        });
      }
    }
    this.planPartnership(a, date, 'separated');
    this.planPartnership(b, date, 'separated');
  }

  /** When one partner dies the couple ends; the survivor keeps the home and the children. */
  private watchForDeath(couple: Couple): void {
    const first = Math.min(couple.a.death, couple.b.death);
    if (first >= this.end) return;
    this.at(first, () => {
      if (couple.to !== OPEN) return;
      const now = Math.min(couple.a.death, couple.b.death);
      if (now > first) {
        this.watchForDeath(couple); // a birth pushed the death later
        return;
      }
      couple.to = first;
      const survivor = couple.a.death > first ? couple.a : couple.b;
      const deceased = survivor === couple.a ? couple.b : couple.a;
      couple.a.couple = null;
      couple.b.couple = null;
      for (const child of [...deceased.dependents]) this.setGuardian(child, survivor);
      if (this.alive(survivor, first)) this.planPartnership(survivor, first, 'widowed');
    });
  }
}
