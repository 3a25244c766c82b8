import { registerEnumType } from '@nestjs/graphql';
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

// The API's own scalars and enums. The wire values stay the strings Opspor has always stored
// and sent ("2026-12-01", "2026-12-01T09:30:00.000Z", "IN_REVIEW"), so stored data, the REST
// exports and the CSV files keep their meaning; the types only tell a client what it gets.

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** true for a real calendar day written YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

function isDateTime(value: string): boolean {
  return ISO_DATE_TIME.test(value) && !Number.isNaN(new Date(value).getTime()) && isCalendarDate(value.slice(0, 10));
}

/** What we send: strings as stored (already checked on the way in), Date objects as ISO. */
function outgoing(name: string, value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return name === 'Date' ? value.toISOString().slice(0, 10) : value.toISOString();
  // neo4j-driver temporals print as ISO through toString()
  if (value !== null && typeof value === 'object' && 'toString' in value) return String(value);
  throw new GraphQLError(`${name} cannot represent ${typeof value}`);
}

function checked(name: string, test: (v: string) => boolean, example: string) {
  const check = (value: unknown): string => {
    if (typeof value !== 'string' || !test(value)) throw new GraphQLError(`${name} must be written like ${example}`);
    return value;
  };
  return {
    parseValue: check,
    parseLiteral(node: ValueNode): string {
      if (node.kind !== Kind.STRING) throw new GraphQLError(`${name} must be a string written like ${example}`, { nodes: node });
      return check(node.value);
    },
  };
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar day, written YYYY-MM-DD (ISO 8601), e.g. 2026-12-01',
  serialize: (value) => outgoing('Date', value),
  ...checked('Date', isCalendarDate, '2026-12-01'),
});

export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: 'An instant, written in ISO 8601 with a time zone, e.g. 2026-12-01T09:30:00.000Z',
  serialize: (value) => outgoing('DateTime', value),
  ...checked('DateTime', isDateTime, '2026-12-01T09:30:00Z'),
});

const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/** The GraphQL name of a stored value that is not one itself: `child-exposure` → `CHILD_EXPOSURE`. */
export function enumValueName(value: string): string {
  const name = value.replace(/[^0-9A-Za-z]+/g, '_').toUpperCase();
  if (!GRAPHQL_NAME.test(name)) throw new Error(`"${value}" cannot be named as a GraphQL enum value`);
  return name;
}

/**
 * A GraphQL enum over a closed list of stored strings. When every value is a GraphQL name, each
 * value is its own name, so the wire keeps the stored spelling. When one is not (`move-in`), every
 * value of the set is named in upper case (`MOVE_IN`, `CASE`) and the internal value stays the
 * stored string: resolvers return and receive `move-in`, stored data does not change, only the
 * wire does. Descriptions are given per stored value.
 */
export function graphqlEnum<const T extends readonly string[]>(
  name: string,
  values: T,
  description: string,
  valuesMap: Partial<Record<T[number], string>> = {},
): Record<string, T[number]> {
  const named = values.every((v) => GRAPHQL_NAME.test(v));
  const nameOf = (v: string) => (named ? v : enumValueName(v));
  const object = Object.fromEntries(values.map((v) => [nameOf(v), v])) as Record<string, T[number]>;
  registerEnumType(object, {
    name,
    description,
    valuesMap: Object.fromEntries(Object.entries(valuesMap).map(([v, d]) => [nameOf(v), { description: d as string }])) as never,
  });
  return object;
}
