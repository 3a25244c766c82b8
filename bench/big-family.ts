import type { IngestRecord } from '../server/src/ingest/records.js';

/**
 * A synthetic six-generation family of about `size` persons (the genogram experiment's shape):
 * each couple has three to four children, every child marries someone from outside. For the
 * client benchmark's large neighbourhood. Deterministic.
 */
export function bigFamily(prefix: string, size: number): IngestRecord[] {
  const records: IngestRecord[] = [];
  let count = 0;
  let spouse = 0;
  const person = (id: string, sex: 'F' | 'M', year: number) => {
    records.push({
      type: 'person',
      id,
      name: `Stor Familie ${id.slice(prefix.length)}`,
      sex,
      birthDate: `${year}-0${1 + (count % 9)}-1${count % 9}`,
    });
    count += 1;
  };
  records.push({
    type: 'address',
    id: `${prefix}home`,
    street: 'Slægtsvej 1',
    postalCode: '9000',
    city: 'Aalborg',
    municipalityCode: '851',
  });
  let generation = [`${prefix}g0-0`];
  person(generation[0]!, 'M', 1900);
  for (let g = 1; g <= 6 && count < size; g += 1) {
    const next: string[] = [];
    for (const parent of generation) {
      if (count >= size) break;
      const partner = `${prefix}s${spouse++}`;
      const year = 1900 + (g - 1) * 22;
      person(partner, 'F', year + 1);
      records.push({ type: 'partner', personA: parent, personB: partner, kind: 'married', from: `${year + 24}-05-01` });
      for (let c = 0; c < 3 + (g % 2) && count < size; c += 1) {
        const child = `${prefix}g${g}-${next.length}`;
        person(child, c % 2 ? 'F' : 'M', year + 26 + c * 2);
        records.push({ type: 'parent', parentId: parent, childId: child }, { type: 'parent', parentId: partner, childId: child });
        next.push(child);
      }
    }
    generation = next;
  }
  for (const r of records.filter((x) => x.type === 'person')) {
    records.push({
      type: 'residence',
      personId: (r as { id: string }).id,
      addressId: `${prefix}home`,
      from: (r as { birthDate: string }).birthDate,
    });
  }
  return records;
}
