/**
 * The metadata header of a rule file in cypher/risk/: `// key: value` lines, and one
 * `// param NAME: TYPE = DEFAULT (MIN..MAX) — reason` line per parameter.
 */
export type ParamType = 'integer' | 'float' | 'boolean' | 'string' | 'string[]';
export type ParamValue = number | boolean | string | string[];

export interface RuleParam {
  name: string;
  type: ParamType;
  default: ParamValue;
  min?: number;
  max?: number;
  reason: string;
}

export interface RuleDefinition {
  id: string;
  titleDa: string;
  titleEn: string;
  description: string;
  /** trigger: flags alone; context: flags with others; history: never flags, shows the history behind the current case */
  kind: 'trigger' | 'context' | 'history';
  /** a history rule reads the parameters of this rule (its roles and keywords), so both count cases one way */
  historyOf?: string;
  /** who the rule is for: police data, or a municipality's own data (the Gladsaxe model) */
  source: 'police' | 'municipal';
  weight: number;
  params: RuleParam[];
  /** plain-language explanation templates: {person}, {value}, {threshold} and {paramName} are filled in */
  explainDa: string;
  explainEn: string;
  file: string;
  cypher: string;
}

export class RuleHeaderError extends Error {
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'RuleHeaderError';
  }
}

/**
 * One `// param NAME: TYPE [= DEFAULT] [(MIN..MAX)] — reason` line as written, before a file kind
 * (risk rule, saved query) checks its types: the saved queries in cypher/queries/ share this format.
 */
export interface HeaderParamLine {
  name: string;
  type: string;
  /** JSON text after `=`; absent when the line has none */
  rawDefault?: string;
  min?: string;
  max?: string;
  reason: string;
  line: string;
}

/** A file's metadata header: its `// key: value` lines and its `// param` lines, in order. */
export interface MetadataHeader {
  values: Map<string, string>;
  params: HeaderParamLine[];
}

const PARAM_LINE =
  /^\/\/\s*param\s+([A-Za-z][A-Za-z0-9]*):\s*([A-Za-z]+(?:\[\])?)(?:\s*=\s*(.+?))?(?:\s+\((\S+?)\.\.(\S+?)\))?\s+—\s+(.+)$/;
const RULE_TYPES: readonly string[] = ['integer', 'float', 'boolean', 'string', 'string[]'];
const NUMBER = /^-?[\d.]+$/;

/** Reads the header: the `//` lines before the first Cypher line. */
export function readMetadataHeader(file: string, text: string): MetadataHeader {
  const values = new Map<string, string>();
  const params: HeaderParamLine[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed.startsWith('//')) break; // the header ends at the first Cypher line
    if (/^\/\/\s*param\s/.test(trimmed)) {
      const m = PARAM_LINE.exec(trimmed);
      if (!m) throw new RuleHeaderError(file, `malformed parameter line: ${trimmed}`);
      const [, name, type, rawDefault, min, max, reason] = m as unknown as [
        string,
        string,
        string,
        string | undefined,
        string | undefined,
        string | undefined,
        string,
      ];
      params.push({
        name,
        type,
        reason,
        line: trimmed,
        ...(rawDefault !== undefined ? { rawDefault } : {}),
        ...(min !== undefined ? { min } : {}),
        ...(max !== undefined ? { max } : {}),
      });
      continue;
    }
    const kv = /^\/\/\s*([a-zA-Z.]+):\s*(.+)$/.exec(trimmed);
    if (kv) values.set(kv[1]!, kv[2]!.trim());
  }
  return { values, params };
}

export function parseRuleFile(file: string, text: string): RuleDefinition {
  const { values: header, params: lines } = readMetadataHeader(file, text);
  const params: RuleParam[] = [];
  for (const p of lines) {
    // A rule parameter always has a default, a rule type and numeric bounds.
    const numeric = (p.min === undefined || NUMBER.test(p.min)) && (p.max === undefined || NUMBER.test(p.max));
    if (!RULE_TYPES.includes(p.type) || p.rawDefault === undefined || !numeric) {
      throw new RuleHeaderError(file, `malformed parameter line: ${p.line}`);
    }
    const type = p.type as ParamType;
    const param: RuleParam = { name: p.name, type, default: parseDefault(file, p.name, type, p.rawDefault), reason: p.reason };
    if (p.min !== undefined) param.min = Number(p.min);
    if (p.max !== undefined) param.max = Number(p.max);
    const problem = checkParamValue(param, param.default);
    if (problem) throw new RuleHeaderError(file, `default of ${p.name} ${problem}`);
    params.push(param);
  }
  const need = (key: string) => {
    const value = header.get(key);
    if (!value) throw new RuleHeaderError(file, `missing header "${key}"`);
    return value;
  };
  const kind = need('kind');
  if (kind !== 'trigger' && kind !== 'context' && kind !== 'history')
    throw new RuleHeaderError(file, `kind must be trigger, context or history, got ${kind}`);
  const historyOf = header.get('history.of');
  const source = header.get('source') ?? 'police';
  if (source !== 'police' && source !== 'municipal') throw new RuleHeaderError(file, `source must be police or municipal, got ${source}`);
  const weight = Number(need('weight'));
  if (!Number.isFinite(weight) || weight < 0 || weight > 100) throw new RuleHeaderError(file, 'weight must be a number from 0 to 100');
  const id = need('id');
  if (!/^[a-z0-9-]+$/.test(id)) throw new RuleHeaderError(file, 'id must be kebab-case');
  return {
    id,
    titleDa: need('title.da'),
    titleEn: need('title.en'),
    description: need('description'),
    kind,
    ...(historyOf ? { historyOf } : {}),
    source,
    weight,
    params,
    explainDa: need('explain.da'),
    explainEn: need('explain.en'),
    file,
    cypher: text,
  };
}

function parseDefault(file: string, name: string, type: ParamType, raw: string): ParamValue {
  try {
    const value = JSON.parse(raw) as unknown;
    if (type === 'string[]' ? Array.isArray(value) : true) return value as ParamValue;
  } catch {
    // fall through
  }
  throw new RuleHeaderError(file, `default of ${name} is not valid JSON for ${type}: ${raw}`);
}

/** Why a value does not fit a parameter (undefined when it does). */
export function checkParamValue(param: RuleParam, value: unknown): string | undefined {
  switch (param.type) {
    case 'integer':
    case 'float': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return `must be a number`;
      if (param.type === 'integer' && !Number.isInteger(value)) return 'must be a whole number';
      if (param.min !== undefined && value < param.min) return `must be at least ${param.min}`;
      if (param.max !== undefined && value > param.max) return `must be at most ${param.max}`;
      return undefined;
    }
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'must be true or false';
    case 'string':
      return typeof value === 'string' && value.length <= 200 ? undefined : 'must be a string of at most 200 characters';
    case 'string[]':
      return Array.isArray(value) && value.length <= 100 && value.every((v) => typeof v === 'string' && v.length > 0 && v.length <= 100)
        ? undefined
        : 'must be a list of at most 100 non-empty strings';
  }
}
