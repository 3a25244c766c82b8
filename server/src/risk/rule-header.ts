/**
 * The metadata header of a rule file in cypher/risk/: `// key: value` lines (every text in Danish
 * and English: `title.da`/`title.en`, `description.da`/`description.en`, `explain.da`/`explain.en`),
 * and per parameter a `// param NAME: TYPE = DEFAULT (MIN..MAX)` line followed by its reason in
 * both languages:
 *
 *   // param minChanges: integer = 5 (2..50)
 *   //   reason.da: de fleste flytter få gange …
 *   //   reason.en: most people move a handful of times …
 *
 * (or on the line itself: `— da: … | en: …`).
 */
import type { Lang, Texts } from '../common/lang.js';

export type { Texts };

export type ParamType = 'integer' | 'float' | 'boolean' | 'string' | 'string[]';
export type ParamValue = number | boolean | string | string[];

export interface RuleParam {
  name: string;
  type: ParamType;
  default: ParamValue;
  min?: number;
  max?: number;
  /** why the default is what it is */
  reason: Texts;
}

export interface RuleDefinition {
  id: string;
  titleDa: string;
  titleEn: string;
  description: Texts;
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
  /** the problem in both languages, without the file (a saved query's author reads it in the UI's language) */
  readonly texts: Texts;
  constructor(file: string, message: string | Texts) {
    const texts = typeof message === 'string' ? { da: message, en: message } : message;
    super(`${file}: ${texts.en}`);
    this.name = 'RuleHeaderError';
    this.texts = texts;
  }
}

/**
 * One `// param NAME: TYPE [= DEFAULT] [(MIN..MAX)]` line as written, with its text in each language
 * (`— da: … | en: …` on the line, or the following `// reason.da:` / `// reason.en:` lines; a saved
 * query says `label.da` / `label.en`), before a file kind (risk rule, saved query) checks its types:
 * the saved queries in cypher/queries/ share this format.
 */
export interface HeaderParamLine {
  name: string;
  type: string;
  /** JSON text after `=`; absent when the line has none */
  rawDefault?: string;
  min?: string;
  max?: string;
  /** the text per language, as far as the header gives it */
  texts: Partial<Texts>;
  /** a one-language text after `—` (older saved queries); the parsers decide whether it will do */
  plain?: string;
  line: string;
}

/** A file's metadata header: its `// key: value` lines and its `// param` lines, in order. */
export interface MetadataHeader {
  values: Map<string, string>;
  params: HeaderParamLine[];
}

const PARAM_LINE =
  /^\/\/\s*param\s+([A-Za-z][A-Za-z0-9]*):\s*([A-Za-z]+(?:\[\])?)(?:\s*=\s*(.+?))?(?:\s+\((\S+?)\.\.(\S+?)\))?(?:\s+—\s+(.+))?$/;
const INLINE_TEXTS = /^da:\s*(.+?)\s+\|\s+en:\s*(.+)$/;
const RULE_TYPES: readonly string[] = ['integer', 'float', 'boolean', 'string', 'string[]'];
const NUMBER = /^-?[\d.]+$/;

/**
 * Reads the header: the `//` lines before the first Cypher line. `paramText` names the key of a
 * parameter's own lines (`reason` for rules, `label` for saved queries).
 */
export function readMetadataHeader(file: string, text: string, paramText: 'reason' | 'label' = 'reason'): MetadataHeader {
  const values = new Map<string, string>();
  const params: HeaderParamLine[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed.startsWith('//')) break; // the header ends at the first Cypher line
    if (/^\/\/\s*param\s/.test(trimmed)) {
      const m = PARAM_LINE.exec(trimmed);
      if (!m)
        throw new RuleHeaderError(file, { da: `parameterlinjen kan ikke læses: ${trimmed}`, en: `malformed parameter line: ${trimmed}` });
      const [, name, type, rawDefault, min, max, after] = m as unknown as [
        string,
        string,
        string,
        string | undefined,
        string | undefined,
        string | undefined,
        string | undefined,
      ];
      const inline = after === undefined ? null : INLINE_TEXTS.exec(after.trim());
      params.push({
        name,
        type,
        texts: inline ? { da: inline[1]!, en: inline[2]!.trim() } : {},
        line: trimmed,
        ...(after !== undefined && !inline ? { plain: after.trim() } : {}),
        ...(rawDefault !== undefined ? { rawDefault } : {}),
        ...(min !== undefined ? { min } : {}),
        ...(max !== undefined ? { max } : {}),
      });
      continue;
    }
    const kv = /^\/\/\s*([a-zA-Z.]+):\s*(.+)$/.exec(trimmed);
    if (!kv) continue;
    const [key, value] = [kv[1]!, kv[2]!.trim()];
    const own = new RegExp(`^${paramText}\\.(da|en)$`).exec(key);
    if (own) {
      // a parameter's own text: belongs to the param line above it
      const param = params.at(-1);
      if (!param)
        throw new RuleHeaderError(file, {
          da: `"${key}" står før enhver "// param"-linje (den hører til under en)`,
          en: `"${key}" comes before any "// param" line (it belongs under one)`,
        });
      if (param.texts[own[1] as Lang] !== undefined)
        throw new RuleHeaderError(file, {
          da: `param ${param.name}: "${key}" er angivet to gange`,
          en: `param ${param.name}: "${key}" is given twice`,
        });
      param.texts[own[1] as Lang] = value;
      continue;
    }
    values.set(key, value);
  }
  return { values, params };
}

/**
 * A parameter's text in both languages, or an error naming the file and the missing field. With
 * `fallback` (stored saved queries written before the texts had two languages), a one-language
 * text serves both.
 */
export function paramTexts(p: HeaderParamLine, key: 'reason' | 'label', fail: (message: Texts) => Error, fallback = false): Texts {
  const plain = fallback ? p.plain : undefined;
  const da = p.texts.da ?? plain;
  const en = p.texts.en ?? plain;
  for (const [lang, value] of [['da', da] as const, ['en', en] as const]) {
    if (!value) {
      throw fail({
        da: `param ${p.name}: "${key}.${lang}" mangler (skriv "// ${key}.da: …" og "// ${key}.en: …" under den, eller "— da: … | en: …")`,
        en: `param ${p.name}: missing "${key}.${lang}" (write "// ${key}.da: …" and "// ${key}.en: …" under it, or "— da: … | en: …")`,
      });
    }
  }
  return { da: da!, en: en! };
}

/** A header text in both languages (`KEY.da` and `KEY.en`), or an error naming the missing field. */
export function headerTexts(values: Map<string, string>, key: string, fail: (message: Texts) => Error, fallback = false): Texts {
  const plain = fallback ? values.get(key) : undefined;
  const da = values.get(`${key}.da`) ?? plain;
  const en = values.get(`${key}.en`) ?? plain;
  if (!da) throw fail({ da: `hovedlinjen "${key}.da" mangler`, en: `missing header "${key}.da"` });
  if (!en) throw fail({ da: `hovedlinjen "${key}.en" mangler`, en: `missing header "${key}.en"` });
  return { da, en };
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
    const reason = paramTexts(p, 'reason', (message) => new RuleHeaderError(file, message));
    const param: RuleParam = { name: p.name, type, default: parseDefault(file, p.name, type, p.rawDefault), reason };
    if (p.min !== undefined) param.min = Number(p.min);
    if (p.max !== undefined) param.max = Number(p.max);
    const problem = checkParamValue(param, param.default);
    if (problem) throw new RuleHeaderError(file, `default of ${p.name} ${problem.en}`);
    params.push(param);
  }
  const need = (key: string) => {
    const value = header.get(key);
    if (!value) throw new RuleHeaderError(file, `missing header "${key}"`);
    return value;
  };
  const texts = (key: string) => headerTexts(header, key, (message) => new RuleHeaderError(file, message));
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
    description: texts('description'),
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
export function checkParamValue(param: RuleParam, value: unknown): Texts | undefined {
  switch (param.type) {
    case 'integer':
    case 'float': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return { da: 'skal være et tal', en: 'must be a number' };
      if (param.type === 'integer' && !Number.isInteger(value)) return { da: 'skal være et helt tal', en: 'must be a whole number' };
      if (param.min !== undefined && value < param.min) return { da: `skal være mindst ${param.min}`, en: `must be at least ${param.min}` };
      if (param.max !== undefined && value > param.max) return { da: `må højst være ${param.max}`, en: `must be at most ${param.max}` };
      return undefined;
    }
    case 'boolean':
      return typeof value === 'boolean' ? undefined : { da: 'skal være true eller false', en: 'must be true or false' };
    case 'string':
      return typeof value === 'string' && value.length <= 200
        ? undefined
        : { da: 'skal være en tekst på højst 200 tegn', en: 'must be a string of at most 200 characters' };
    case 'string[]':
      return Array.isArray(value) && value.length <= 100 && value.every((v) => typeof v === 'string' && v.length > 0 && v.length <= 100)
        ? undefined
        : { da: 'skal være en liste med højst 100 ikke-tomme tekster', en: 'must be a list of at most 100 non-empty strings' };
  }
}
