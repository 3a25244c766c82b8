import { describe, expect, it } from 'vitest';
import { collectParams, initialText, parseField } from './param-values';
import type { ParameterInfo } from './queries-api';

const p = (name: string, type: string, extra: Partial<ParameterInfo> = {}): ParameterInfo => ({
  name,
  type,
  required: false,
  defaultValue: null,
  min: null,
  max: null,
  description: '',
  ...extra,
});

describe('param values', () => {
  it('shows defaults, lists one item a line', () => {
    expect(initialText(p('n', 'integer', { defaultValue: 3 }))).toBe('3');
    expect(initialText(p('xs', 'string[]', { defaultValue: ['a', 'b'] }))).toBe('a\nb');
    expect(initialText(p('d', 'date'))).toBe('');
  });

  it('types values, leaves out empty fields with a default and sends null for empty optional ones', () => {
    expect(parseField(p('n', 'integer'), '7')).toEqual({ ok: true, value: 7 });
    expect(parseField(p('f', 'float'), '0,5')).toEqual({ ok: true, value: 0.5 });
    expect(parseField(p('xs', 'integer[]'), '1\n2, 3')).toEqual({ ok: true, value: [1, 2, 3] });
    expect(parseField(p('n', 'integer', { defaultValue: 3 }), '')).toBeUndefined();
    expect(parseField(p('d', 'date'), '')).toEqual({ ok: true, value: null });
    expect(parseField(p('b', 'boolean'), 'true')).toEqual({ ok: true, value: true });
  });

  it('names the first problem', () => {
    expect(collectParams([p('id', 'personId', { required: true }), p('n', 'integer')], { n: 'x' })).toEqual({
      field: 'id',
      error: 'required',
    });
    expect(collectParams([p('n', 'integer')], { n: '1.5' })).toEqual({ field: 'n', error: 'integer' });
    expect(collectParams([p('d', 'date[]')], { d: '2024-01-01\n2024-13' })).toEqual({ field: 'd', error: 'date' });
  });
});
