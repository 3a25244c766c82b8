import neo4j from 'neo4j-driver';
import { BadInputError, bilingual, type Message } from '../common/app-error.js';
import type { Lang } from '../common/lang.js';
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

const KINDS: Record<string, Message> = {
  null: { da: 'null', en: 'null' },
  list: { da: 'en liste', en: 'a list' },
  string: { da: 'en tekst', en: 'a string' },
  number: { da: 'et tal', en: 'a number' },
  boolean: { da: 'en sandhedsværdi', en: 'a boolean' },
  object: { da: 'et objekt', en: 'an object' },
};
const kindOf = (value: unknown, lang: Lang): string => {
  const kind = value === null ? 'null' : Array.isArray(value) ? 'list' : typeof value;
  return KINDS[kind]?.[lang] ?? kind;
};

/** Why one item does not fit a base type and the bounds (undefined when it does). */
function itemProblem(param: QueryParam, base: BaseType, value: unknown): Message | undefined {
  const got = (text: (lang: Lang) => string, da: string, en: string) =>
    bilingual((lang) => `${lang === 'da' ? da : en}, ${lang === 'da' ? 'fik' : 'got'} ${text(lang)}`);
  const kind = (lang: Lang) => kindOf(value, lang);
  const raw = () => shown(value);
  const plain = () => String(value);
  switch (base) {
    case 'integer':
    case 'float': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return got(kind, 'skal være et tal', 'must be a number');
      if (base === 'integer' && !Number.isSafeInteger(value)) return got(raw, 'skal være et helt tal', 'must be a whole number');
      if (typeof param.min === 'number' && value < param.min)
        return got(plain, `skal være mindst ${param.min}`, `must be at least ${param.min}`);
      if (typeof param.max === 'number' && value > param.max)
        return got(plain, `må højst være ${param.max}`, `must be at most ${param.max}`);
      return undefined;
    }
    case 'boolean':
      return typeof value === 'boolean' ? undefined : got(kind, 'skal være true eller false', 'must be true or false');
    case 'string':
      if (typeof value !== 'string') return got(kind, 'skal være en tekst', 'must be a string');
      return value.length <= MAX_STRING
        ? undefined
        : { da: `må højst være ${MAX_STRING} tegn`, en: `must be at most ${MAX_STRING} characters` };
    case 'personId':
      if (typeof value !== 'string') return got(kind, 'skal være et person-id (en tekst)', 'must be a person id (a string)');
      return PERSON_ID.test(value)
        ? undefined
        : got(raw, 'skal være et person-id: 1-100 tegn uden mellemrum', 'must be a person id: 1-100 characters without spaces');
    case 'date': {
      if (typeof value !== 'string' || !isIsoDate(value)) return got(raw, 'skal være en dato ÅÅÅÅ-MM-DD', 'must be a date YYYY-MM-DD');
      if (typeof param.min === 'string' && value < param.min)
        return got(plain, `skal være ${param.min} eller senere`, `must be on or after ${param.min}`);
      if (typeof param.max === 'string' && value > param.max)
        return got(plain, `skal være ${param.max} eller tidligere`, `must be on or before ${param.max}`);
      return undefined;
    }
  }
}

/** Why a value does not fit a parameter (undefined when it does). null fits only an optional parameter. */
export function paramProblem(param: QueryParam, value: unknown): Message | undefined {
  if (value === null) return param.default === null ? undefined : { da: 'må ikke være null', en: 'must not be null' };
  const { base, list } = baseOf(param.type);
  if (!list) return itemProblem(param, base, value);
  if (!Array.isArray(value))
    return bilingual((lang) => `${lang === 'da' ? 'skal være en liste, fik' : 'must be a list, got'} ${kindOf(value, lang)}`);
  if (value.length > MAX_LIST)
    return {
      da: `må højst have ${MAX_LIST} elementer, fik ${value.length}`,
      en: `must have at most ${MAX_LIST} items, got ${value.length}`,
    };
  for (const [i, item] of value.entries()) {
    const problem = itemProblem(param, base, item);
    if (problem) return { da: `element ${i + 1} ${problem.da}`, en: `item ${i + 1} ${problem.en}` };
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
    throw new BadInputError('params', {
      da: 'skal være et objekt fra parameternavne til værdier',
      en: 'must be an object of parameter names to values',
    });
  }
  const values = (given ?? {}) as Record<string, unknown>;
  const names = declared.map((p) => p.name);
  for (const key of Object.keys(values)) {
    if (!names.includes(key)) {
      const takes = names.length ? `this query takes ${names.join(', ')}` : 'this query takes no parameters';
      throw new BadInputError(`params.${key.slice(0, 60)}`, { da: `ukendt parameter (${takes})`, en: `unknown parameter (${takes})` });
    }
  }
  const out: Record<string, ParamJson> = {};
  for (const param of declared) {
    const value = values[param.name];
    if (value === undefined) {
      if (param.default === undefined)
        throw new BadInputError(`params.${param.name}`, {
          da: `er påkrævet (${param.type}: ${param.label.da})`,
          en: `is required (${param.type}: ${param.label.en})`,
        });
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
