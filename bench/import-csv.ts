import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { IngestRecord } from '../server/src/ingest/records.js';

const q = (v: unknown) => (v === null || v === undefined ? '' : `"${String(v).replace(/"/g, '""')}"`);

/** Converts a JSONL file of contract records to neo4j-admin import CSVs; returns the import arguments. */
export async function toImportCsv(jsonl: string, dir: string): Promise<{ args: string[]; persons: number; relationships: number }> {
  const files: Record<string, { header: string; stream: WriteStream; flag: string }> = {};
  const open = (name: string, header: string, flag: string) => {
    files[name] ??= { header, stream: createWriteStream(join(dir, `${name}.csv`)), flag };
    const f = files[name]!;
    if (!f.stream.bytesWritten && !(f as { started?: boolean }).started) {
      f.stream.write(`${header}\n`);
      (f as { started?: boolean }).started = true;
    }
    return f.stream;
  };
  let persons = 0;
  let relationships = 0;
  const rl = createInterface({ input: createReadStream(jsonl, 'utf8'), crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as IngestRecord;
    switch (r.type) {
      case 'person':
        persons += 1;
        open('persons', 'id:ID(Person),name,sex,birthDate:date,deathDate:date', '--nodes=Person').write(
          `${q(r.id)},${q(r.name)},${r.sex},${r.birthDate},${r.deathDate ?? ''}\n`,
        );
        break;
      case 'address':
        open('addresses', 'id:ID(Address),street,postalCode,city,municipalityCode', '--nodes=Address').write(
          `${q(r.id)},${q(r.street)},${q(r.postalCode)},${q(r.city)},${r.municipalityCode}\n`,
        );
        break;
      case 'case':
        open('cases', 'id:ID(Case),journalNo,category,occurredAt:datetime,policeDistrictCode,summary', '--nodes=Case').write(
          `${q(r.id)},${q(r.journalNo)},${r.category},${r.occurredAt},${r.policeDistrictCode},${q(r.summary)}\n`,
        );
        break;
      case 'residence':
        relationships += 1;
        open('lives_at', ':START_ID(Person),:END_ID(Address),from:date,to:date', '--relationships=LIVES_AT').write(
          `${q(r.personId)},${q(r.addressId)},${r.from},${r.to ?? ''}\n`,
        );
        break;
      case 'parent':
        relationships += 1;
        open('parent_of', ':START_ID(Person),:END_ID(Person)', '--relationships=PARENT_OF').write(`${q(r.parentId)},${q(r.childId)}\n`);
        break;
      case 'partner':
        relationships += 1;
        open('partner_of', ':START_ID(Person),:END_ID(Person),kind,from:date,to:date', '--relationships=PARTNER_OF').write(
          `${q(r.personA)},${q(r.personB)},${r.kind},${r.from},${r.to ?? ''}\n`,
        );
        break;
      case 'involvement':
        relationships += 1;
        open('involved_in', ':START_ID(Person),:END_ID(Case),role', '--relationships=INVOLVED_IN').write(
          `${q(r.personId)},${q(r.caseId)},${r.role}\n`,
        );
        break;
      default:
        break;
    }
  }
  await Promise.all(Object.values(files).map((f) => new Promise((resolveEnd) => f.stream.end(resolveEnd))));
  return { args: Object.entries(files).map(([name, f]) => `${f.flag}=${join(dir, `${name}.csv`)}`), persons, relationships };
}
