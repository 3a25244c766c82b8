import type { Message } from '../common/app-error.js';
/**
 * What a saved query may reach: the police data and nothing else. Everything here is an
 * allow-list; a name that is not on it is refused, whatever it is called. The names are the
 * ones the ingest writer (cypher/ingest/), the reference data (cypher/reference/) and
 * cypher/schema.cypher use. The relationship types below are written only between these labels,
 * so an expand along one of them cannot land on a system or municipal record.
 */
export const POLICE_LABELS: readonly string[] = ['Person', 'Address', 'Case', 'Municipality', 'PoliceDistrict', 'Category'];

export const POLICE_RELATIONSHIP_TYPES: readonly string[] = ['PARENT_OF', 'PARTNER_OF', 'LIVES_AT', 'INVOLVED_IN', 'IN', 'REGISTERED_IN'];

/** Properties of the police records and their relationships (see the ingest contract). */
export const POLICE_PROPERTIES: readonly string[] = [
  // Person
  'id',
  'name',
  'sex',
  'birthDate',
  'deathDate',
  // Address
  'street',
  'postalCode',
  'city',
  'municipalityCode',
  // Case
  'journalNo',
  'category',
  'subcategory',
  'occurredAt',
  'policeDistrictCode',
  'summary',
  'keywords',
  'keywordText',
  'source',
  // Municipality, PoliceDistrict, Category
  'code',
  'labelDa',
  'labelEn',
  'risk',
  // LIVES_AT, PARTNER_OF, INVOLVED_IN
  'from',
  'to',
  'kind',
  'role',
  // any record
  'sourceUpdatedAt',
];

/** The parts of dates, times, durations and points (`p.birthDate.year`): not stored properties. */
export const VALUE_ACCESSORS: readonly string[] = [
  'year',
  'quarter',
  'month',
  'week',
  'weekYear',
  'dayOfQuarter',
  'quarterDay',
  'day',
  'ordinalDay',
  'dayOfWeek',
  'weekDay',
  'hour',
  'minute',
  'second',
  'millisecond',
  'microsecond',
  'nanosecond',
  'timezone',
  'offset',
  'offsetMinutes',
  'offsetSeconds',
  'epochMillis',
  'epochSeconds',
  'years',
  'quarters',
  'months',
  'weeks',
  'days',
  'hours',
  'minutes',
  'seconds',
  'milliseconds',
  'microseconds',
  'nanoseconds',
  'quartersOfYear',
  'monthsOfQuarter',
  'monthsOfYear',
  'daysOfWeek',
  'minutesOfHour',
  'secondsOfMinute',
  'millisecondsOfSecond',
  'microsecondsOfSecond',
  'nanosecondsOfSecond',
  'x',
  'y',
  'z',
  'latitude',
  'longitude',
  'height',
  'crs',
  'srid',
];

/** Full-text indexes over police data (cypher/schema.cypher): the only ones a saved query may search. */
export const POLICE_FULLTEXT_INDEXES: readonly string[] = ['person_name', 'case_text'];

/** Function namespaces that compute values only (no ids, no database lookups). */
export const VALUE_FUNCTION_NAMESPACES: readonly string[] = ['date', 'datetime', 'localdatetime', 'localtime', 'time', 'duration', 'point'];

/** Functions that turn internal ids into records (or back): the way around every label check. */
export const ID_FUNCTIONS: readonly string[] = ['id', 'elementid'];

export const isPoliceLabel = (name: string) => POLICE_LABELS.includes(name);
export const isPoliceType = (name: string) => POLICE_RELATIONSHIP_TYPES.includes(name);
export const isReadableProperty = (name: string) => POLICE_PROPERTIES.includes(name) || VALUE_ACCESSORS.includes(name);

/** What a municipality never sees through a saved query: police cases and what hangs on them. */
export const POLICE_CASE_NAMES: readonly string[] = ['Case', 'PoliceDistrict', 'Category', 'INVOLVED_IN', 'REGISTERED_IN', 'case_text'];

/**
 * Why a query cannot run for a municipality: the labels and types its plan names, or the
 * full-text index it searches, include police cases. Undefined when it reads none.
 */
export function casesReason(planNames: readonly string[], fulltextIndexes: readonly string[]): Message | undefined {
  const found = [...planNames, ...fulltextIndexes].filter((n) => POLICE_CASE_NAMES.includes(n));
  if (found.length === 0) return undefined;
  const names = [...new Set(found)].join(', ');
  return {
    da: `læser politiets sager (${names}), som en kommune aldrig ser`,
    en: `reads police cases (${names}), which a municipality never sees`,
  };
}
