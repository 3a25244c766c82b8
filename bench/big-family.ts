import type { IngestRecord } from '../server/src/ingest/records.js';

/**
 * A synthetic family of `size` persons for the client benchmark's large neighbourhood: every couple
 * has four children and lives in a home of its own; generations are filled breadth first until the
 * size is reached, so everyone is within four kinship steps of the first person. Deterministic.
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
  const home = (id: string, members: string[], from: string) => {
    records.push({
      type: 'address',
      id,
      street: `Slægtsvej ${id.slice(prefix.length)}`,
      postalCode: '9000',
      city: 'Aalborg',
      municipalityCode: '851',
    });
    for (const personId of members) records.push({ type: 'residence', personId, addressId: id, from });
  };
  let generation = [`${prefix}g0-0`];
  person(generation[0]!, 'M', 1930);
  for (let g = 1; g <= 4 && count < size; g += 1) {
    const next: string[] = [];
    for (const parent of generation) {
      if (count >= size) break;
      const partner = `${prefix}s${spouse++}`;
      const year = 1930 + (g - 1) * 24;
      person(partner, 'F', year + 1);
      records.push({ type: 'partner', personA: parent, personB: partner, kind: 'married', from: `${year + 24}-05-01` });
      home(`${prefix}home-${parent.slice(prefix.length)}`, [parent, partner], `${year + 24}-05-01`);
      for (let c = 0; c < 4 && count < size; c += 1) {
        const child = `${prefix}g${g}-${next.length}`;
        person(child, c % 2 ? 'F' : 'M', year + 26 + c * 2);
        records.push({ type: 'parent', parentId: parent, childId: child }, { type: 'parent', parentId: partner, childId: child });
        next.push(child);
      }
    }
    generation = next;
  }
  return records;
}
