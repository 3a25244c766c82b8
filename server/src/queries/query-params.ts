import neo4j from 'neo4j-driver';
import { BadInputError } from '../common/app-error.js';
import { isIsoDate } from '@opspor/contract';

export const BASE_TYPES = ['string', 'integer', 'float', 'boolean', 'date', 'personId'] as const;
export type BaseType = (typeof BASE_TYPES)[number];
export type QueryParamType = BaseType | `${BaseType}[]`;
export const QUERY_PARAM_TYPES: readonly QueryParamType[] = [...BASE_TYPES, ...BASE_TYPES.map((t) => `${t}[]` as const)];

/** A JSON value as a parameter holds it (dates as YYYY-MM-DD strings). */
export type ParamJson = string | number | boolean | null | ParamJson[];

export interface QueryParam {
  name: string;
  type: QueryParamType;
  /** absent: the caller must give a value; null: optional, Cypher sees null */
  default?: ParamJson;
  /** numbers for integer/float, YYYY-MM-DD for date; for lists they bound each item */
  min?: number | string;
  max?: number | string;
  /** what the caller gives, in Danish and English */
  label: { da: string; en: string };
}

export const MAX_STRING = 1000;
export const MAX_LIST = 1000;
const PERSON_ID = /^[^\s\p{Cc}]{1,100}$/u;

export function isQueryParamType(type: string): type is QueryParamType {
  return (QUERY_PARAM_TYPES as readonly string[]).includes(type);
}

export function baseOf(type: QueryParamType): { base: BaseType; list: boolean } {
  return type.endsWith('[]') ? { base: type.slice(0, -2) as BaseType, list: true } : { base: type as BaseType, list: false };
}

const shown = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};

const kindOf = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`);

/** Why one item does not fit a base type and the bounds (undefined when it does). */
function itemProblem(param: QueryParam, base: BaseType, value: unknown): string | undefined {
  switch (base) {
    case 'integer':
    case 'float': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return `must be a number, got ${kindOf(value)}`;
      if (base === 'integer' && !Number.isSafeInteger(value)) return `must be a whole number, got ${shown(value)}`;
      if (typeof param.min === 'number' && value < param.min) return `must be at least ${param.min}, got ${value}`;
      if (typeof param.max === 'number' && value > param.max) return `must be at most ${param.max}, got ${value}`;
      return undefined;
    }
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `must be true or false, got ${kindOf(value)}`;
    case 'string':
      if (typeof value !== 'string') return `must be a string, got ${kindOf(value)}`;
      return value.length <= MAX_STRING ? undefined : `must be at most ${MAX_STRING} characters`;
    case 'personId':
      if (typeof value !== 'string') return `must be a person id (a string), got ${kindOf(value)}`;
      return PERSON_ID.test(value) ? undefined : `must be a person id: 1-100 characters without spaces, got ${shown(value)}`;
    case 'date': {
      if (typeof value !== 'string' || !isIsoDate(value)) return `must be a date YYYY-MM-DD, got ${shown(value)}`;
      if (typeof param.min === 'string' && value < param.min) return `must be on or after ${param.min}, got ${value}`;
      if (typeof param.max === 'string' && value > param.max) return `must be on or before ${param.max}, got ${value}`;
      return undefined;
    }
  }
}

/** Why a value does not fit a parameter (undefined when it does). null fits only an optional parameter. */
export function paramProblem(param: QueryParam, value: unknown): string | undefined {
  if (value === null) return param.default === null ? undefined : 'must not be null';
  const { base, list } = baseOf(param.type);
  if (!list) return itemProblem(param, base, value);
  if (!Array.isArray(value)) return `must be a list, got ${kindOf(value)}`;
  if (value.length > MAX_LIST) return `must have at most ${MAX_LIST} items, got ${value.length}`;
  for (const [i, item] of value.entries()) {
    const problem = itemProblem(param, base, item);
    if (problem) return `item ${i + 1} ${problem}`;
  }
  return undefined;
}

/**
 * Checks the caller's values against the declared parameters: unknown names, missing required
 * ones, types and bounds, each with a message naming the parameter. Returns the values to run
 * with (defaults filled in), still as JSON.
 */
export function validateParams(declared: readonly QueryParam[], given: unknown): Record<string, ParamJson> {
  if (given !== null && given !== undefined && (typeof given !== 'object' || Array.isArray(given))) {
    throw new BadInputError('params', 'must be an object of parameter names to values');
  }
  const values = (given ?? {}) as Record<string, unknown>;
  const names = declared.map((p) => p.name);
  for (const key of Object.keys(values)) {
    if (!names.includes(key)) {
      const takes = names.length ? `this query takes ${names.join(', ')}` : 'this query takes no parameters';
      throw new BadInputError(`params.${key.slice(0, 60)}`, `unknown parameter (${takes})`);
    }
  }
  const out: Record<string, ParamJson> = {};
  for (const param of declared) {
    const value = values[param.name];
    if (value === undefined) {
      if (param.default === undefined) throw new BadInputError(`params.${param.name}`, `is required (${param.type}: ${param.label.en})`);
      out[param.name] = param.default;
      continue;
    }
    const problem = paramProblem(param, value);
    if (problem) throw new BadInputError(`params.${param.name}`, problem);
    out[param.name] = value as ParamJson;
  }
  return out;
}

/** Validated JSON values as the driver must send them: integers as Neo4j integers, dates as Neo4j dates. */
export function toNeo4jParams(declared: readonly QueryParam[], values: Record<string, ParamJson>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const param of declared) {
    const { base, list } = baseOf(param.type);
    const value = values[param.name] ?? null;
    const one = (v: ParamJson): unknown => convert(base, v);
    out[param.name] = value === null ? null : list && Array.isArray(value) ? value.map(one) : one(value);
  }
  return out;
}

function convert(base: BaseType, value: ParamJson): unknown {
  if (value === null) return null;
  // A JS number is sent as a Cypher FLOAT: LIMIT, range() and id comparisons need INTEGER.
  if (base === 'integer' && typeof value === 'number') return neo4j.int(value);
  if (base === 'date' && typeof value === 'string') {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    return new neo4j.types.Date(y, m, d);
  }
  return value;
}
