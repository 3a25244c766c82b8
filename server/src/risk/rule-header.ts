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
  kind: 'trigger' | 'context';
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

const PARAM = /^\/\/\s*param\s+([A-Za-z][A-Za-z0-9]*):\s*(integer|float|boolean|string\[\]|string)\s*=\s*(.+?)(?:\s+\((-?[\d.]+)\.\.(-?[\d.]+)\))?\s+—\s+(.+)$/;

export function parseRuleFile(file: string, text: string): RuleDefinition {
  const header = new Map<string, string>();
  const params: RuleParam[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed.startsWith('//')) break; // the header ends at the first Cypher line
    if (/^\/\/\s*param\s/.test(trimmed)) {
      const m = PARAM.exec(trimmed);
      if (!m) throw new RuleHeaderError(file, `malformed parameter line: ${trimmed}`);
      const [, name, type, rawDefault, min, max, reason] = m as unknown as [string, string, ParamType, string, string | undefined, string | undefined, string];
      const param: RuleParam = { name, type, default: parseDefault(file, name, type, rawDefault), reason };
      if (min !== undefined) param.min = Number(min);
      if (max !== undefined) param.max = Number(max);
      const problem = checkParamValue(param, param.default);
      if (problem) throw new RuleHeaderError(file, `default of ${name} ${problem}`);
      params.push(param);
      continue;
    }
    const kv = /^\/\/\s*([a-zA-Z.]+):\s*(.+)$/.exec(trimmed);
    if (kv) header.set(kv[1]!, kv[2]!.trim());
  }
  const need = (key: string) => {
    const value = header.get(key);
    if (!value) throw new RuleHeaderError(file, `missing header "${key}"`);
    return value;
  };
  const kind = need('kind');
  if (kind !== 'trigger' && kind !== 'context') throw new RuleHeaderError(file, `kind must be trigger or context, got ${kind}`);
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
