// Police cases for one unit. Most persons never appear in a case; calm units have the odd theft
// or accident, troubled and chaotic units have one or two adults with risk behaviour "again and
// again", often with partners as victims and children at home, registered where they lived.
import type { CaseRecord, InvolvementRecord, InvolvementRole } from '../../../server/src/ingest/records.js';
import { type Rng, weighted, type WeightedPicker } from '../random/prng.js';
import type { JournalCounter } from './journal.js';
import { KEYWORDS, SUMMARIES } from './case-texts.js';
import { DAYS_PER_YEAR, danishDateTime, plusYears, yearOf, yearsBetween } from './dates.js';
import { anyDistrict, districtOf } from './geography.js';
import type { Person, Residence, UnitProfile } from './model.js';

type Pick = readonly [category: string, role: InvolvementRole];

const INCIDENTAL = weighted<Pick>([
  [['tyveri', 'victim'], 30],
  [['ulykke', 'other'], 10],
  [['ulykke', 'victim'], 5],
  [['faerdsel-oevrig', 'suspect'], 15],
  [['bedrageri', 'victim'], 12],
  [['haervaerk', 'victim'], 8],
  [['oevrige', 'reporter'], 6],
  [['oevrige', 'witness'], 4],
  [['vold', 'victim'], 4],
  [['vold', 'witness'], 3],
  [['tyveri', 'suspect'], 3],
  [['spiritus-narkokoersel', 'suspect'], 2],
  [['uro-og-uorden', 'suspect'], 1.5],
  [['nabostridigheder', 'other'], 2],
  [['husspektakler', 'reporter'], 1.5],
]);

const YOUTH = weighted<Pick>([
  [['tyveri', 'suspect'], 5],
  [['haervaerk', 'suspect'], 4],
  [['ungdomskriminalitet', 'other'], 2],
  [['vold', 'suspect'], 2],
  [['uro-og-uorden', 'suspect'], 2],
  [['brandstiftelse', 'suspect'], 0.5],
  [['euforiserende-stoffer', 'suspect'], 1],
]);

// Kinds of risk behaviour; a risk adult has one to three of them.
const THEMES: readonly WeightedPicker<string>[] = [
  weighted([
    ['vold', 5],
    ['husspektakler', 5],
    ['trussel-paa-livet', 2],
    ['advarsel-tilhold', 2],
    ['bortvisning', 2],
    ['uro-og-uorden', 1],
  ]),
  weighted([
    ['euforiserende-stoffer', 6],
    ['spiritus-narkokoersel', 3],
    ['vaertshusuorden', 2],
    ['uro-og-uorden', 2],
    ['ransagning', 1],
  ]),
  weighted([
    ['vanvidskoersel', 3],
    ['spiritus-narkokoersel', 4],
    ['faerdsel-oevrig', 4],
  ]),
  weighted([
    ['tyveri', 4],
    ['bedrageri', 4],
    ['haervaerk', 2],
    ['fogedret', 3],
    ['ransagning', 2],
  ]),
  weighted([
    ['socialsager', 3],
    ['nabostridigheder', 3],
    ['husspektakler', 2],
    ['dyrevaern', 1],
    ['politiloven', 2],
    ['trussel-paa-livet', 1],
  ]),
  weighted([
    ['vaabenloven', 3],
    ['vold', 2],
    ['politiloven', 1],
    ['saedelighed', 0.3],
  ]),
];

const DOMESTIC = new Set(['vold', 'husspektakler', 'trussel-paa-livet', 'bortvisning', 'advarsel-tilhold']);

// Hour of day: evenings and nights are busiest.
const HOURS = weighted(
  Array.from({ length: 24 }, (_, h) => [h, [3, 3, 2, 2, 1, 1, 1, 2, 3, 4, 4, 4, 4, 4, 4, 5, 5, 5, 6, 6, 6, 6, 5, 4][h] as number] as const),
);

export interface CaseOutput {
  cases: CaseRecord[];
  involvements: InvolvementRecord[];
}

export class CaseMaker {
  constructor(
    private readonly rng: Rng,
    private readonly journals: JournalCounter,
    private readonly nextCaseId: () => string,
    private readonly end: number,
  ) {}

  forUnit(persons: Person[], profile: UnitProfile, out: CaseOutput): void {
    const housed = persons.filter((p) => p.residences.length > 0);
    if (housed.length === 0) return;
    const incidentalChance = profile.risk === 'calm' ? 0.1 : 0.3;
    for (const person of housed) {
      if (this.rng.chance(incidentalChance)) {
        const count = profile.risk === 'calm' ? (this.rng.chance(0.85) ? 1 : 2) : this.rng.int(1, 3);
        for (let i = 0; i < count; i++) this.incidental(person, housed, profile, out);
      }
      const youthChance = { calm: 0.01, mild: 0.06, troubled: 0.25, chaotic: 0.5 }[profile.risk];
      if (this.rng.chance(youthChance)) this.youth(person, profile.risk === 'chaotic' ? this.rng.int(2, 7) : this.rng.int(1, 3), out);
    }
    if (profile.risk === 'troubled' || profile.risk === 'chaotic') {
      const adults = housed.filter((p) => this.window(p, 17) !== null);
      const howMany = profile.risk === 'chaotic' && this.rng.chance(0.4) ? 2 : 1;
      for (let i = 0; i < howMany && adults.length > 0; i++) {
        // The sources care about parents' behaviour: parents are likelier to be the risk adult.
        const parents = adults.filter((p) => p.children.length > 0);
        const pool = parents.length > 0 && this.rng.chance(0.75) ? parents : adults;
        const chosen = this.rng.pick(pool);
        adults.splice(adults.indexOf(chosen), 1);
        this.riskCareer(chosen, housed, profile.risk === 'chaotic', out);
      }
    }
  }

  /** [first day, last day) of a person's residence-covered life from a given age, or null. */
  private window(person: Person, minAge: number, maxAge = 200): [number, number] | null {
    const first = person.residences[0] as Residence;
    const start = Math.max(first.from, plusYears(person.birth, minAge));
    const stop = Math.min(person.death, this.end, plusYears(person.birth, maxAge));
    return stop - start >= 30 ? [start, stop] : null;
  }

  private incidental(person: Person, housed: Person[], profile: UnitProfile, out: CaseOutput): void {
    const span = this.window(person, 18);
    if (!span) return;
    const day = this.dayIn(span);
    if (profile.risk !== 'calm' && this.rng.chance(0.3)) {
      const category = this.rng.pick(THEMES).pick(this.rng);
      this.perpetrated(person, category, day, housed, out);
      return;
    }
    const [category, role] = INCIDENTAL.pick(this.rng);
    const involved: [Person, InvolvementRole][] = [[person, role]];
    // A burglary at home has everyone grown-up living there as victims.
    if (category === 'tyveri' && role === 'victim' && this.rng.chance(0.5)) {
      for (const other of this.coResidents(person, housed, day)) if (yearsBetween(other.birth, day) >= 18) involved.push([other, 'victim']);
    }
    this.emit(category, day, person, involved, out);
  }

  private youth(person: Person, count: number, out: CaseOutput): void {
    const span = this.window(person, 12, 18);
    if (!span) return;
    for (let i = 0; i < count; i++) {
      const [category, role] = YOUTH.pick(this.rng);
      this.emit(category, this.dayIn(span), person, [[person, role]], out);
    }
  }

  private riskCareer(person: Person, housed: Person[], chaotic: boolean, out: CaseOutput): void {
    const adult = this.window(person, 17);
    if (!adult) return;
    const count = chaotic ? Math.min(40, 8 + Math.floor(this.rng.exponential(9))) : this.rng.int(3, 8);
    const length = Math.round((chaotic ? this.rng.real(4, 15) : this.rng.real(2, 6)) * DAYS_PER_YEAR);
    // Many careers are still going on at the end date: that is what a weekly screening sees.
    const recentEnd = this.rng.chance(0.55);
    let stop = recentEnd ? adult[1] - this.rng.int(0, 700) : adult[0] + Math.floor(this.rng.next() * (adult[1] - adult[0]));
    stop = Math.min(Math.max(stop, adult[0] + 30), adult[1]);
    const start = Math.max(adult[0], stop - length);
    const themes = [this.rng.pick(THEMES)];
    if (this.rng.chance(0.6)) themes.push(this.rng.pick(THEMES));
    if (chaotic && this.rng.chance(0.5)) themes.push(this.rng.pick(THEMES));
    for (let i = 0; i < count; i++) {
      const category = this.rng.pick(themes).pick(this.rng);
      this.perpetrated(person, category, this.dayIn([start, stop]), housed, out);
    }
  }

  private perpetrated(person: Person, category: string, day: number, housed: Person[], out: CaseOutput): void {
    let role: InvolvementRole = this.rng.chance(0.45) ? 'charged' : 'suspect';
    const keywords: string[] = [];
    if (category === 'fogedret' || category === 'socialsager') role = 'other';
    else if (category === 'ransagning' || category === 'bortvisning' || category === 'advarsel-tilhold') role = 'suspect';
    else if (category === 'nabostridigheder' && this.rng.chance(0.5)) role = 'other';
    const suicideThreat = category === 'trussel-paa-livet' && this.rng.chance(0.4);
    if (suicideThreat) {
      role = 'other';
      keywords.push('selvmordstrussel');
    }
    const involved: [Person, InvolvementRole][] = [[person, role]];
    if (DOMESTIC.has(category) && !suicideThreat) {
      const home = this.coResidents(person, housed, day);
      const adults = home.filter((p) => yearsBetween(p.birth, day) >= 18);
      const children = home.filter((p) => yearsBetween(p.birth, day) < 18);
      if (adults.length > 0 && this.rng.chance(0.55)) involved.push([this.rng.pick(adults), 'victim']);
      if (children.length > 0 && this.rng.chance(0.5)) keywords.push('børn til stede');
      const older = children.filter((c) => yearsBetween(c.birth, day) >= 8);
      if (older.length > 0 && this.rng.chance(0.12)) involved.push([this.rng.pick(older), 'witness']);
    }
    this.emit(category, day, person, involved, out, keywords);
  }

  private emit(
    category: string,
    day: number,
    main: Person,
    involved: [Person, InvolvementRole][],
    out: CaseOutput,
    keywords: string[] = [],
  ): void {
    const home = residenceAt(main, day);
    const district = home && this.rng.chance(0.82) ? districtOf(home.muni) : anyDistrict(this.rng);
    const id = this.nextCaseId();
    const extra = KEYWORDS[category];
    if (extra && this.rng.chance(0.3)) for (const k of this.rng.pick(extra)) if (!keywords.includes(k)) keywords.push(k);
    const record: CaseRecord = {
      type: 'case',
      id,
      journalNo: this.journals.issue(district, yearOf(day), category),
      category,
      occurredAt: danishDateTime(day, HOURS.pick(this.rng) * 60 + this.rng.int(0, 59)),
      policeDistrictCode: district,
      summary: this.rng.pick(SUMMARIES[category] ?? ['Sag registreret.']),
    };
    if (keywords.length > 0) record.keywords = keywords;
    out.cases.push(record);
    const seen = new Set<Person>();
    for (const [person, role] of involved) {
      if (seen.has(person)) continue;
      seen.add(person);
      out.involvements.push({ type: 'involvement', caseId: id, personId: person.id, role });
    }
  }

  private dayIn([start, stop]: [number, number]): number {
    return start + Math.floor(this.rng.next() * (stop - start));
  }

  private coResidents(person: Person, housed: Person[], day: number): Person[] {
    const home = residenceAt(person, day);
    if (!home) return [];
    return housed.filter((other) => other !== person && residenceAt(other, day)?.addressId === home.addressId);
  }
}

export function residenceAt(person: Person, day: number): Residence | null {
  for (const r of person.residences) if (r.from <= day && day < r.to) return r;
  return null;
}
