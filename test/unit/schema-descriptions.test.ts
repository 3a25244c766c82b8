import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { undescribed } from './schema-descriptions.js';

// Every type, field, argument and enum value of the API has a description. The committed schema
// (server/schema.graphql, generated from the code and checked fresh by the foundation test) is
// walked; the places that were undescribed when this test came are listed in
// schema-descriptions.baseline.txt, a list that may only shrink.

const root = resolve(import.meta.dirname, '../..');
const schema = buildSchema(readFileSync(resolve(root, 'server/schema.graphql'), 'utf8'));
const baseline = readFileSync(resolve(import.meta.dirname, 'schema-descriptions.baseline.txt'), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'));

describe('schema descriptions', () => {
  it('finds an undescribed type, field, argument and enum value (and passes described ones)', () => {
    const probe = buildSchema(`
      """described""" type Query {
        """described""" a(
          """described""" x: Int
          y: Int
        ): Int
        b: Kind
      }
      enum Kind {
        """described""" ONE
        TWO
      }
    `);
    expect(undescribed(probe)).toEqual(['Kind', 'Kind.TWO', 'Query.a(y)', 'Query.b']);
  });

  it('every new type, field, argument and enum value of the API has a description', () => {
    const known = new Set(baseline);
    expect(undescribed(schema).filter((place) => !known.has(place))).toEqual([]);
  });

  it('the list of places still undescribed is exact: a place described (or gone) is struck from it', () => {
    const now = new Set(undescribed(schema));
    expect(baseline.filter((place) => !now.has(place))).toEqual([]);
  });
});
