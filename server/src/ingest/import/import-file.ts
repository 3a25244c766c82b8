// `npm run import`: checks a whole JSON Lines file against the ingest contract exactly as `ingest`
// does (the same functions and messages: validate.ts, keys.ts, corrections.ts) and, in the same
// streaming pass, writes neo4j-admin's CSV files. The file is one batch into an empty database: a
// key sent twice with the same values is written once, with other values it is refused; every
// reference must be defined in the file; a retract has nothing to retract.
import { mkdirSync } from 'node:fs';
import { classify } from '../corrections.js';
import { checkedRecordChunks, numberedLines } from '../ingest-file.js';
import { IngestRejectedError } from '../ingest-writer.js';
import { keyOf, recordKey } from '../keys.js';
import type { BatchRecord, IngestRecord, RecordType } from '../records.js';
import {
  ancestryCycles,
  birthOrderProblem,
  checkRecord,
  duplicateKeyProblem,
  parseLine,
  recordReferences,
  type IngestProblem,
  type ReferenceLookup,
} from '../validate.js';
import { MUNICIPALITIES, POLICE_DISTRICTS } from '../../reference/reference-data.js';
import { CsvTable, plain, quoted } from './csv-out.js';
import { KeyTable, U32List, hash32, hash64 } from './key-table.js';

/** Separates a case's keywords inside one CSV field (a keyword holding it is refused by the import). */
export const ARRAY_DELIMITER = '\u001f';

export interface ImportFileOptions {
  maxProblems: number;
  onProgress?: (p: { lines: number; records: number; elapsedMs: number }) => void;
}

export interface ImportFileResult {
  lines: number;
  records: number;
  /** records sent again with the same values: written once */
  duplicates: number;
  byType: Partial<Record<RecordType, number>>;
  persons: number;
  /** residences, kinship, partnerships and involvements */
  relationships: number;
  /** neo4j-admin arguments: --nodes, --relationships, --multiline-fields, --array-delimiter */
  args: string[];
  /** cases sent with `keywords: []`: neo4j-admin stores no empty list, they get it after the import */
  emptyKeywordCases: string[];
  elapsedMs: number;
}

type Kind = 'person' | 'address' | 'case';
const KINDS: Kind[] = ['person', 'address', 'case'];
const DAY_MS = 86_400_000;
const dayOf = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const isoOfDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

function tables(dir: string) {
  const t = (name: string, header: string, option: string) => new CsvTable(dir, name, header, option);
  return {
    person: t('persons', 'id:ID(Person),name,sex,birthDate:date,deathDate:date,sourceUpdatedAt', '--nodes=Person'),
    address: t('addresses', 'id:ID(Address),street,postalCode,city,municipalityCode,sourceUpdatedAt', '--nodes=Address'),
    case: t(
      'cases',
      'id:ID(Case),journalNo,category,subcategory,occurredAt:datetime,policeDistrictCode,summary,keywords:string[],keywordText,source,sourceUpdatedAt',
      '--nodes=Case',
    ),
    indicator: t('indicators', 'id,personId,kind,date:date,municipalityCode,detail,source,sourceUpdatedAt', '--nodes=Indicator'),
    municipality: t('municipalities', 'code:ID(Municipality)', '--nodes=Municipality'),
    district: t('districts', 'code:ID(PoliceDistrict)', '--nodes=PoliceDistrict'),
    residence: t('lives_at', ':START_ID(Person),:END_ID(Address),from:date,to:date,sourceId,sourceUpdatedAt', '--relationships=LIVES_AT'),
    parent: t('parent_of', ':START_ID(Person),:END_ID(Person),sourceUpdatedAt', '--relationships=PARENT_OF'),
    partner: t('partner_of', ':START_ID(Person),:END_ID(Person),from:date,kind,to:date,sourceUpdatedAt', '--relationships=PARTNER_OF'),
    involvement: t('involved_in', ':START_ID(Person),:END_ID(Case),role,sourceUpdatedAt', '--relationships=INVOLVED_IN'),
    addressIn: t('address_in', ':START_ID(Address),:END_ID(Municipality)', '--relationships=IN'),
    registeredIn: t('registered_in', ':START_ID(Case),:END_ID(PoliceDistrict)', '--relationships=REGISTERED_IN'),
  };
}
type Tables = ReturnType<typeof tables>;

/**
 * The rows the ingest's Cypher (cypher/ingest/upsert-*.cypher) would write for a record: the same
 * properties, types and relationship directions (a partnership stored once, from the smaller id).
 */
function writeRecord(out: Tables, r: IngestRecord): void {
  const stamp = quoted(r.sourceUpdatedAt);
  switch (r.type) {
    case 'person':
      out.person.add([quoted(r.id), quoted(r.name), plain(r.sex), plain(r.birthDate), plain(r.deathDate), stamp]);
      break;
    case 'address':
      out.address.add([quoted(r.id), quoted(r.street), quoted(r.postalCode), quoted(r.city), quoted(r.municipalityCode), stamp]);
      out.addressIn.add([quoted(r.id), quoted(r.municipalityCode)]);
      break;
    case 'case': {
      const keywords = r.keywords ?? null;
      out.case.add([
        quoted(r.id),
        quoted(r.journalNo),
        quoted(r.category),
        quoted(r.subcategory),
        plain(r.occurredAt),
        quoted(r.policeDistrictCode),
        quoted(r.summary),
        keywords === null ? '' : quoted(keywords.join(ARRAY_DELIMITER)),
        keywords === null ? '' : quoted(keywords.reduce((s, k) => `${s} ${k}`, '')),
        quoted('police'),
        stamp,
      ]);
      out.registeredIn.add([quoted(r.id), quoted(r.policeDistrictCode)]);
      break;
    }
    case 'indicator':
      out.indicator.add([
        quoted(r.id),
        quoted(r.personId),
        quoted(r.kind),
        plain(r.date),
        quoted(r.municipalityCode),
        quoted(r.detail),
        quoted(`municipality:${r.municipalityCode}`),
        stamp,
      ]);
      break;
    case 'residence':
      out.residence.add([quoted(r.personId), quoted(r.addressId), plain(r.from), plain(r.to), quoted(r.id), stamp]);
      break;
    case 'parent':
      out.parent.add([quoted(r.parentId), quoted(r.childId), stamp]);
      break;
    case 'partner': {
      const [a, b] = r.personA < r.personB ? [r.personA, r.personB] : [r.personB, r.personA];
      out.partner.add([quoted(a), quoted(b), plain(r.from), quoted(r.kind), plain(r.to), stamp]);
      break;
    }
    case 'involvement':
      out.involvement.add([quoted(r.personId), quoted(r.caseId), quoted(r.role), stamp]);
      break;
  }
}

/**
 * Checks the file and writes the CSV files into `dir`. Throws IngestRejectedError (the problems by
 * line, as `ingest` reports them) when any record is bad; the caller then removes `dir`.
 */
export async function convertForImport(
  path: string,
  dir: string,
  lookup: ReferenceLookup,
  options: ImportFileOptions,
): Promise<ImportFileResult> {
  const started = Date.now();
  mkdirSync(dir, { recursive: true });
  const out = tables(dir);
  const files = Object.values(out);
  const problems: IngestProblem[] = [];
  let totalProblems = 0;
  const note = (p: IngestProblem) => {
    totalProblems += 1;
    if (problems.length < options.maxProblems) problems.push(p);
  };
  // Node ids by kind (a person's payload: its birth day), and every record key of the file.
  const nodes: Record<Kind | 'indicator', KeyTable> = {
    person: new KeyTable(),
    address: new KeyTable(),
    case: new KeyTable(),
    indicator: new KeyTable(),
  };
  const links = new KeyTable();
  // References and birth orders that name a record further down the file: checked at the end.
  const laterRefs = new U32List(); // line, kind, hi, lo
  const laterBirths = new U32List(); // line, parent hi, lo, child hi, lo
  let birthProblems = 0;
  const result: ImportFileResult = {
    lines: 0,
    records: 0,
    duplicates: 0,
    byType: {},
    persons: 0,
    relationships: 0,
    args: [],
    emptyKeywordCases: [],
    elapsedMs: 0,
  };

  // A key seen again on a line whose text differs: the same record or a conflict, settled at the
  // end by comparing the two parsed records (as `ingest` compares them). line, first line, 1 when
  // the key is a residence's period without its id.
  const sameKeyOtherText = new U32List();
  /**
   * The first time a key is seen: true. Again with the same text: false, a duplicate. Again with
   * other text: false, compared at the end. The record's hash is of its line's text: stringifying
   * every parsed record to compare the rare repeated key cost a third of the check's time.
   */
  const firstTime = (table: KeyTable, keyText: string, line: number, text: number, payload = 0, periodKey = false): boolean => {
    const seen = table.add(hash64(keyText), line, text, payload);
    if (!seen) return true;
    if (seen.value === text) result.duplicates += 1;
    else sameKeyOtherText.push(line, seen.line, periodKey ? 1 : 0);
    return false;
  };

  for await (const chunk of checkedRecordChunks(path, lookup, note))
    for (const { line, record: r, text } of chunk) {
      result.lines = line;
      result.records += 1;
      if (r.type === 'retract') {
        // Into an empty database there is nothing to retract: the message `ingest` gives.
        classify([{ line, record: r }], new Map()).problems.forEach(note);
        continue;
      }
      const json = hash32(text);
      let fresh: boolean;
      if (r.type === 'person') fresh = firstTime(nodes.person, r.id, line, json, dayOf(r.birthDate));
      else if (r.type === 'address' || r.type === 'case' || r.type === 'indicator') fresh = firstTime(nodes[r.type], r.id, line, json);
      else {
        fresh = firstTime(links, recordKey(r).text, line, json);
        // A period is one LIVES_AT whether or not the source named it: as the ingest's MERGE on it.
        if (fresh && r.type === 'residence' && r.id)
          fresh = firstTime(links, keyOf('residence', { ...r, id: undefined }).text, line, json, 0, true);
      }
      if (!fresh) continue;
      for (const ref of recordReferences(r)) {
        const key = hash64(ref.id);
        if (!nodes[ref.kind].has(key)) laterRefs.push(line, KINDS.indexOf(ref.kind), key[0], key[1]);
      }
      if (r.type === 'parent') {
        const parent = nodes.person.get(hash64(r.parentId));
        const child = nodes.person.get(hash64(r.childId));
        if (parent && child) {
          const p = birthOrderProblem(
            line,
            'childId',
            { id: r.parentId, birthDate: isoOfDay(parent.payload) },
            { id: r.childId, birthDate: isoOfDay(child.payload) },
          );
          if (p) {
            note(p);
            birthProblems += 1;
          }
        } else laterBirths.push(line, ...hash64(r.parentId), ...hash64(r.childId));
      }
      if (r.type === 'case' && r.keywords?.some((k) => k.includes(ARRAY_DELIMITER)))
        note({
          line,
          field: 'keywords',
          reason: 'a keyword holds U+001F, which the import uses between keywords; load this record with npm run ingest',
        });
      if (totalProblems === 0) {
        writeRecord(out, r);
        if (r.type === 'case' && r.keywords?.length === 0) result.emptyKeywordCases.push(r.id);
        result.byType[r.type] = (result.byType[r.type] ?? 0) + 1;
        // awaited only when a buffer is full: an await per record and file costs more than the check
        for (const f of files) if (f.full) await f.flushIfFull();
      }
      if (line % 500_000 === 0) options.onProgress?.({ lines: line, records: result.records, elapsedMs: Date.now() - started });
    }

  // What named a record further down: now every id of the file is known.
  const explain = new Set<number>();
  const flag = (line: number) => {
    totalProblems += 1;
    if (explain.size + problems.length < options.maxProblems) explain.add(line);
  };
  for (let i = 0; i < laterRefs.length; i += 4) {
    if (!nodes[KINDS[laterRefs.at(i + 1)]!].has([laterRefs.at(i + 2), laterRefs.at(i + 3)])) flag(laterRefs.at(i));
  }
  for (let i = 0; i < laterBirths.length; i += 5) {
    const parent = nodes.person.get([laterBirths.at(i + 1), laterBirths.at(i + 2)]);
    const child = nodes.person.get([laterBirths.at(i + 3), laterBirths.at(i + 4)]);
    if (parent && child && child.payload <= parent.payload) {
      flag(laterBirths.at(i));
      birthProblems += 1;
    }
  }
  if (explain.size > 0) (await recheckLines(path, explain, nodes, lookup)).forEach((p) => problems.push(p));
  if (sameKeyOtherText.length > 0) {
    const settled = await sameRecords(path, sameKeyOtherText, lookup);
    result.duplicates += settled.duplicates;
    settled.problems.forEach(note);
  }
  // A cycle of parents needs a child born before its parent somewhere: only then is it looked for.
  if (birthProblems > 0) {
    for (const p of ancestryCycles(await parentEdges(path, lookup), new Map())) note(p);
  }

  await Promise.all(files.map((f) => f.end()));
  if (totalProblems > 0) {
    problems.sort((a, b) => a.line - b.line);
    throw new IngestRejectedError(problems.slice(0, options.maxProblems), totalProblems);
  }
  // Reference data the addresses and cases link to; the API's boot fills in names and links.
  for (const m of MUNICIPALITIES) out.municipality.add([quoted(m.code)]);
  for (const d of POLICE_DISTRICTS) out.district.add([quoted(d.code)]);
  await Promise.all([out.municipality.end(), out.district.end()]);

  result.persons = out.person.rows;
  result.relationships = out.residence.rows + out.parent.rows + out.partner.rows + out.involvement.rows;
  const multiline = files.map((f) => f.multilinePath()).filter((p): p is string => p !== undefined);
  result.args = [
    ...files.flatMap((f) => f.args()),
    `--array-delimiter=U+${ARRAY_DELIMITER.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`,
    ...(multiline.length > 0 ? ['--multiline-fields-format=v2', `--multiline-fields=${multiline.join(',')}`] : []),
  ];
  result.elapsedMs = Date.now() - started;
  return result;
}

/** The problems of lines whose references or birth order failed at the end, with `ingest`'s messages. */
async function recheckLines(
  path: string,
  lines: Set<number>,
  nodes: Record<Kind, KeyTable>,
  lookup: ReferenceLookup,
): Promise<IngestProblem[]> {
  const problems: IngestProblem[] = [];
  for await (const { line, text } of numberedLines(path)) {
    if (!lines.has(line)) continue;
    const r = checkRecord(parseLine(text!, line).value, line, lookup).record!;
    for (const ref of recordReferences(r)) {
      if (!nodes[ref.kind].has(hash64(ref.id))) problems.push({ line, field: ref.field, reason: `unknown ${ref.kind} "${ref.id}"` });
    }
    if (r.type === 'parent') {
      const parent = nodes.person.get(hash64(r.parentId));
      const child = nodes.person.get(hash64(r.childId));
      const p =
        parent && child
          ? birthOrderProblem(
              line,
              'childId',
              { id: r.parentId, birthDate: isoOfDay(parent.payload) },
              { id: r.childId, birthDate: isoOfDay(child.payload) },
            )
          : undefined;
      if (p) problems.push(p);
    }
  }
  return problems;
}

/**
 * Keys sent again on a line whose text differs from the first: the same record written otherwise
 * (spacing, escapes) is a duplicate, other values (or the same in another field order) a conflict,
 * as `ingest` compares the checked records. Reads only those lines again.
 */
async function sameRecords(
  path: string,
  pairs: U32List,
  lookup: ReferenceLookup,
): Promise<{ duplicates: number; problems: IngestProblem[] }> {
  const wanted = new Set<number>();
  for (let i = 0; i < pairs.length; i += 3) wanted.add(pairs.at(i)).add(pairs.at(i + 1));
  const json = new Map<number, string>();
  const records = new Map<number, BatchRecord>();
  for await (const { line, text } of numberedLines(path)) {
    if (!wanted.has(line)) continue;
    const record = checkRecord(parseLine(text!, line).value, line, lookup).record!;
    json.set(line, JSON.stringify(record));
    records.set(line, record);
  }
  let duplicates = 0;
  const problems: IngestProblem[] = [];
  for (let i = 0; i < pairs.length; i += 3) {
    const [line, first, periodKey] = [pairs.at(i), pairs.at(i + 1), pairs.at(i + 2)];
    if (json.get(line) === json.get(first)) {
      duplicates += 1;
      continue;
    }
    const record = records.get(line)!;
    problems.push(duplicateKeyProblem(line, periodKey === 1 ? ({ ...record, id: undefined } as BatchRecord) : record, first));
  }
  return { duplicates, problems };
}

/** Every parent link of the file (only read when some child is not born after its parent). */
async function parentEdges(path: string, lookup: ReferenceLookup): Promise<{ line: number; parent: string; child: string }[]> {
  const edges: { line: number; parent: string; child: string }[] = [];
  for await (const { line, text } of numberedLines(path)) {
    if (!text?.includes('"parent"')) continue;
    const r = checkRecord(parseLine(text, line).value, line, lookup).record;
    if (r?.type === 'parent') edges.push({ line, parent: r.parentId, child: r.childId });
  }
  return edges;
}
