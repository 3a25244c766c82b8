import { JOURNAL_NO, JOURNAL_NO_SHAPE } from '@opspor/contract';
// Checks a complete set of records against the ingest contract (with the server's own
// validator) and against the generator's promises beyond the contract: residence periods
// that follow each other without overlap, parents 18-45 years older, the open newest residence.
import type { IngestRecord, PersonRecord, ResidenceRecord } from '../../../server/src/ingest/records.js';
import { CASE_CATEGORIES, MUNICIPALITIES, POLICE_DISTRICTS } from '../../../server/src/reference/reference-data.js';
import { checkBatch, checkRecord, type IngestProblem, type ReferenceLookup } from '../../../server/src/ingest/validate.js';
import { ageOn } from '../population/dates.js';

const municipalities = new Set(MUNICIPALITIES.map((m) => m.code));
const districts = new Set(POLICE_DISTRICTS.map((d) => d.code));
const categories = new Set(CASE_CATEGORIES.map((c) => c.code));

export const CONTRACT_REFERENCE: ReferenceLookup = {
  isMunicipality: (code) => municipalities.has(code),
  isDistrict: (code) => districts.has(code),
  isCategory: (code) => categories.has(code),
};

/** Problems as readable lines (empty when all is well); stops collecting after `limit`. */
export function contractProblems(records: readonly IngestRecord[], limit = 20): string[] {
  const problems: IngestProblem[] = [];
  const numbered = records.map((record, i) => {
    // Through JSON, as a file or GraphQL client would send it.
    const checked = checkRecord(JSON.parse(JSON.stringify(record)) as unknown, i + 1, CONTRACT_REFERENCE);
    problems.push(...checked.problems);
    return { line: i + 1, record };
  });
  problems.push(...checkBatch(numbered, { personBirthDates: new Map(), addressIds: new Set(), caseIds: new Set(), ancestors: new Map() }));
  const lines = problems.slice(0, limit).map((p) => `line ${p.line} ${p.field}: ${p.reason}`);
  return [...lines, ...generatorPromises(records, limit)].slice(0, limit);
}

function generatorPromises(records: readonly IngestRecord[], limit: number): string[] {
  const out: string[] = [];
  const persons = new Map<string, PersonRecord>();
  const residences = new Map<string, ResidenceRecord[]>();
  const journalNos = new Set<string>();
  const involved = new Set<string>();
  for (const r of records) {
    if (r.type === 'person') persons.set(r.id, r);
    else if (r.type === 'residence') {
      const list = residences.get(r.personId) ?? [];
      list.push(r);
      residences.set(r.personId, list);
    } else if (r.type === 'case') {
      if (!JOURNAL_NO.test(r.journalNo)) out.push(`case ${r.id}: journalNo "${r.journalNo}" is not ${JOURNAL_NO_SHAPE}`);
      if (journalNos.has(r.journalNo)) out.push(`case ${r.id}: journalNo ${r.journalNo} used twice`);
      journalNos.add(r.journalNo);
    } else if (r.type === 'involvement') {
      const key = `${r.caseId}/${r.personId}`;
      if (involved.has(key)) out.push(`involvement ${key}: person involved twice in one case`);
      involved.add(key);
    }
  }
  for (const r of records) {
    if (r.type !== 'parent') continue;
    const parent = persons.get(r.parentId);
    const child = persons.get(r.childId);
    if (!parent || !child) continue;
    const age = ageOn(parent.birthDate, child.birthDate);
    if (age < 18 || age > 45) out.push(`parent ${r.parentId} is ${age} at the birth of ${r.childId} (must be 18-45)`);
    if (parent.deathDate && parent.deathDate < child.birthDate) out.push(`parent ${r.parentId} died before ${r.childId} was born`);
  }
  for (const [personId, list] of residences) {
    const person = persons.get(personId);
    list.sort((a, b) => a.from.localeCompare(b.from));
    list.forEach((r, i) => {
      const next = list[i + 1];
      if (person && r.from < person.birthDate) out.push(`residence of ${personId} from ${r.from} starts before birth ${person.birthDate}`);
      if (r.to && r.to <= r.from) out.push(`residence of ${personId} at ${r.addressId} is empty or reversed (${r.from}..${r.to})`);
      if (next && r.to !== next.from) out.push(`residences of ${personId}: ${r.from}..${r.to ?? 'open'} is not followed by ${next.from}`);
      if (!next) {
        const expected = person?.deathDate ?? undefined;
        if ((r.to ?? undefined) !== expected)
          out.push(`newest residence of ${personId} ends ${r.to ?? 'open'}, expected ${expected ?? 'open'}`);
      }
    });
    if (out.length >= limit) break;
  }
  return out;
}
