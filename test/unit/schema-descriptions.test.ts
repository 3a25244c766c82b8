import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { restating, undescribed } from './schema-descriptions.js';

// Every type, field, argument and enum value of the API has a description that says more than its
// name. The committed schema (server/schema.graphql, generated from the code and checked fresh by
// the foundation test) is walked.

const root = resolve(import.meta.dirname, '../..');
const schema = buildSchema(readFileSync(resolve(root, 'server/schema.graphql'), 'utf8'));

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

  it('finds a description that only restates the name (and passes one that says more)', () => {
    const probe = buildSchema(`
      """A person""" type Person {
        """The id.""" id: ID
        """the created at""" createdAt: String
        """full name as registered""" name: String
      }
      """described""" type Query { """the person""" person: Person }
    `);
    expect(restating(probe)).toEqual(['Person', 'Person.createdAt', 'Person.id', 'Query.person']);
  });

  it('every type, field, argument and enum value of the API has a description', () => {
    expect(undescribed(schema)).toEqual([]);
  });

  it('no description of the API merely restates its name', () => {
    expect(restating(schema)).toEqual([]);
  });
});
