import type { ParameterInfo } from './queries-api';

/** What a form field shows first: the default, if the query declares one. */
export function initialText(param: ParameterInfo): string {
  const value = param.defaultValue;
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(String).join('\n');
  return String(value);
}

export type Parsed = { ok: true; value: unknown } | { ok: false; error: string };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A form field's text as the JSON value the API expects: lists one item per line (or comma),
 * an empty optional field as null, an empty field with a default left out (the server fills it in).
 * The server checks again; this only gives quick, local messages.
 */
export function parseField(param: ParameterInfo, text: string): Parsed | undefined {
  const list = param.type.endsWith('[]');
  const base = list ? param.type.slice(0, -2) : param.type;
  const trimmed = text.trim();
  if (trimmed === '' && base !== 'boolean') {
    if (param.required) return { ok: false, error: 'required' };
    return param.defaultValue === null ? { ok: true, value: null } : undefined;
  }
  if (!list) return parseOne(base, trimmed);
  const values: unknown[] = [];
  for (const item of trimmed
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const parsed = parseOne(base, item);
    if (!parsed.ok) return parsed;
    values.push(parsed.value);
  }
  return { ok: true, value: values };
}

function parseOne(base: string, text: string): Parsed {
  switch (base) {
    case 'integer': {
      const n = Number(text);
      return Number.isSafeInteger(n) ? { ok: true, value: n } : { ok: false, error: 'integer' };
    }
    case 'float': {
      const n = Number(text.replace(',', '.'));
      return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, error: 'number' };
    }
    case 'boolean':
      return { ok: true, value: text === 'true' };
    case 'date':
      return DATE.test(text) ? { ok: true, value: text } : { ok: false, error: 'date' };
    default:
      return { ok: true, value: text };
  }
}

/** All fields as the `params` object; the first problem by parameter name when there is one. */
export function collectParams(
  params: ParameterInfo[],
  texts: Record<string, string>,
): { params: Record<string, unknown> } | { field: string; error: string } {
  const out: Record<string, unknown> = {};
  for (const p of params) {
    const parsed = parseField(p, texts[p.name] ?? '');
    if (!parsed) continue;
    if (!parsed.ok) return { field: p.name, error: parsed.error };
    out[p.name] = parsed.value;
  }
  return { params: out };
}
