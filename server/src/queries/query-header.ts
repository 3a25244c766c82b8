import { isIsoDate, SAVED_QUERY_SOURCE_MAX } from '@opspor/contract';
import { RuleHeaderError, headerTexts, paramTexts, readMetadataHeader, type HeaderParamLine, type Texts } from '../risk/index.js';
import { baseOf, isQueryParamType, paramProblem, type ParamJson, type QueryParam } from './query-params.js';

/**
 * A saved query as written: the same header format as the risk rules (cypher/risk/), so a
 * shipped file in cypher/queries/ and a query an admin types in the editor read alike:
 *
 *   // name: family-of-person
 *   // title.da: En persons familie
 *   // title.en: The family of a person
 *   // description.da: Forældre, børn og partnere til én person.
 *   // description.en: Parents, children and partners of one person.
 *   // timeoutMs: 5000                       (optional)
 *   // scopes: national, police-district     (optional; who may run it, default national)
 *   // param personId: personId
 *   //   label.da: hvis familie
 *   //   label.en: whose family
 *   // param from: date = "2020-01-01" (1900-01-01..2100-12-31) — da: periodens start | en: start of the period
 *   MATCH …
 *
 * Every text is given in Danish and English. A parameter without `= DEFAULT` is required; `= null`
 * makes it optional (Cypher sees null).
 */
export interface SavedQueryDefinition {
  name: string;
  title: Texts;
  description: Texts;
  timeoutMs: number | null;
  /** who may run it: national police users, and API keys of a police district or a municipality */
  scopes: QueryScope[];
  params: QueryParam[];
  /** the whole text, header included: it is what runs (comments are Cypher too) */
  source: string;
}

export const QUERY_SCOPES = ['national', 'police-district', 'municipality'] as const;
export type QueryScope = (typeof QUERY_SCOPES)[number];
/**
 * The parameter a scoped run is pinned to: a district key runs with its own district code, a
 * municipality key with its own municipality code, whatever the caller sends.
 */
export const SCOPE_PARAM = { 'police-district': 'districtCode', municipality: 'municipalityCode' } as const;

export const NAME = /^[a-z0-9][a-z0-9-]{1,63}$/;
/** The editor checks the same cap before sending (@opspor/contract). */
export const MAX_SOURCE = SAVED_QUERY_SOURCE_MAX;
export const TIMEOUT_BOUNDS = { min: 100, max: 60_000 };

export class QueryHeaderError extends Error {
  /** the problem in both languages (`message` is the English) */
  readonly texts: Texts;
  constructor(message: Texts) {
    super(message.en);
    this.name = 'QueryHeaderError';
    this.texts = message;
  }
}

/**
 * Reads a saved query's header. A new or changed query must give every text in both languages;
 * `stored` reads one saved before that rule (a one-language `title:`, `description:` or `— text`
 * then serves both languages), so what was saved stays readable.
 */
export function parseSavedQuery(source: string, file = 'source', { stored = false }: { stored?: boolean } = {}): SavedQueryDefinition {
  if (source.length > MAX_SOURCE)
    throw new QueryHeaderError({
      da: `forespørgslen er længere end ${MAX_SOURCE} tegn`,
      en: `the query is longer than ${MAX_SOURCE} characters`,
    });
  let header;
  try {
    header = readMetadataHeader(file, source.replace(/\r\n?/g, '\n'), 'label');
  } catch (error) {
    if (error instanceof RuleHeaderError) throw new QueryHeaderError(error.texts);
    throw error;
  }
  const need = (key: string): string => {
    const value = header.values.get(key);
    if (!value) throw new QueryHeaderError({ da: `hovedlinjen "// ${key}: …" mangler`, en: `missing header line "// ${key}: …"` });
    return value;
  };
  const name = need('name');
  if (!NAME.test(name))
    throw new QueryHeaderError({
      da: 'name skal være 2-64 tegn af a-z, 0-9 og -, og begynde med et bogstav eller et tal',
      en: 'name must be 2-64 characters of a-z, 0-9 and -, starting with a letter or digit',
    });
  const rawTimeout = header.values.get('timeoutMs');
  const timeoutMs = rawTimeout === undefined ? null : Number(rawTimeout);
  if (timeoutMs !== null && (!Number.isInteger(timeoutMs) || timeoutMs < TIMEOUT_BOUNDS.min || timeoutMs > TIMEOUT_BOUNDS.max)) {
    throw new QueryHeaderError({
      da: `timeoutMs skal være et helt tal fra ${TIMEOUT_BOUNDS.min} til ${TIMEOUT_BOUNDS.max}`,
      en: `timeoutMs must be a whole number from ${TIMEOUT_BOUNDS.min} to ${TIMEOUT_BOUNDS.max}`,
    });
  }
  const fail = (message: Texts) => new QueryHeaderError(message);
  const title = headerTexts(header.values, 'title', fail, stored);
  const description = headerTexts(header.values, 'description', fail, stored);
  const params = header.params.map((line) => toParam(line, paramTexts(line, 'label', fail, stored)));
  const seen = new Set<string>();
  for (const p of params) {
    if (seen.has(p.name))
      throw new QueryHeaderError({ da: `parameteren ${p.name} er erklæret to gange`, en: `parameter ${p.name} is declared twice` });
    seen.add(p.name);
  }
  const scopes = parseScopes(header.values.get('scopes'), params);
  return { name, title, description, timeoutMs, scopes, params, source };
}

function parseScopes(raw: string | undefined, params: QueryParam[]): QueryScope[] {
  if (raw === undefined) return ['national'];
  const scopes = [...new Set(raw.split(',').map((s) => s.trim()))];
  for (const scope of scopes) {
    if (!(QUERY_SCOPES as readonly string[]).includes(scope)) {
      throw new QueryHeaderError({
        da: `scopes: ukendt område "${scope.slice(0, 40)}" (brug ${QUERY_SCOPES.join(', ')})`,
        en: `scopes: unknown scope "${scope.slice(0, 40)}" (use ${QUERY_SCOPES.join(', ')})`,
      });
    }
    if (scope === 'national') continue;
    const pinned = SCOPE_PARAM[scope as keyof typeof SCOPE_PARAM];
    const param = params.find((p) => p.name === pinned);
    if (!param || param.type !== 'string') {
      throw new QueryHeaderError({
        da: `scopes: ${scope} kræver en parameter "${pinned}: string", som serveren udfylder med nøglens egen kode (forespørgslen skal filtrere på den)`,
        en: `scopes: ${scope} needs a parameter "${pinned}: string" that the server fills in with the key's own code (the query must filter on it)`,
      });
    }
  }
  return scopes as QueryScope[];
}

function toParam(line: HeaderParamLine, label: Texts): QueryParam {
  if (!isQueryParamType(line.type)) {
    throw new QueryHeaderError({
      da: `parameter ${line.name}: ukendt type ${line.type} (string, integer, float, boolean, date, personId eller en liste som string[])`,
      en: `parameter ${line.name}: unknown type ${line.type} (string, integer, float, boolean, date, personId, or a list such as string[])`,
    });
  }
  const param: QueryParam = { name: line.name, type: line.type, label };
  const { base } = baseOf(line.type);
  if (line.min !== undefined || line.max !== undefined) {
    const bound = (raw: string | undefined): number | string | undefined => {
      if (raw === undefined) return undefined;
      if ((base === 'integer' || base === 'float') && /^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
      if (base === 'date' && isIsoDate(raw)) return raw;
      throw new QueryHeaderError({
        da: `parameter ${line.name}: grænserne (${raw}) skal være ${base === 'date' ? 'datoer ÅÅÅÅ-MM-DD' : 'tal'}`,
        en: `parameter ${line.name}: bounds (${raw}) must be ${base === 'date' ? 'dates YYYY-MM-DD' : 'numbers'}`,
      });
    };
    if (base !== 'integer' && base !== 'float' && base !== 'date') {
      throw new QueryHeaderError({
        da: `parameter ${line.name}: grænser gælder kun integer-, float- og date-parametre`,
        en: `parameter ${line.name}: bounds apply to integer, float and date parameters only`,
      });
    }
    const min = bound(line.min);
    const max = bound(line.max);
    if (min !== undefined) param.min = min;
    if (max !== undefined) param.max = max;
    if (min !== undefined && max !== undefined && min > max)
      throw new QueryHeaderError({ da: `parameter ${line.name}: min er over max`, en: `parameter ${line.name}: min is above max` });
  }
  if (line.rawDefault !== undefined) {
    let value: ParamJson;
    try {
      value = JSON.parse(line.rawDefault) as ParamJson;
    } catch {
      throw new QueryHeaderError({
        da: `parameter ${line.name}: standardværdien er ikke JSON (skriv tekster og datoer i dobbelte anførselstegn): ${line.rawDefault}`,
        en: `parameter ${line.name}: the default is not JSON (write strings and dates in double quotes): ${line.rawDefault}`,
      });
    }
    if (value !== null) {
      const problem = paramProblem(param, value);
      if (problem)
        throw new QueryHeaderError({
          da: `parameter ${line.name}: standardværdien ${problem.da}`,
          en: `parameter ${line.name}: the default ${problem.en}`,
        });
    }
    param.default = value;
  }
  return param;
}
