import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { LANGS, type Messages } from './i18n';

// Every dictionary of the client, as the bundler sees them.
const modules = import.meta.glob<Record<string, unknown>>('../**/*-messages.ts', { eager: true });

const dictionaries = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => typeof value === 'object' && value !== null && 'da' in value && 'en' in value)
    .map(([name, value]) => ({ name: `${file}:${name}`, messages: value as Messages<string> })),
);

/** The argument names a message uses ({name}, {count, plural, …}), nested ones included. */
function argumentsOf(message: string, locale: string): string[] {
  const names = new Set<string>();
  const walk = (elements: unknown[]): void => {
    for (const el of elements as { type: number; value?: string; options?: Record<string, { value: unknown[] }> }[]) {
      if (el.type !== 0 && el.type !== 7 && typeof el.value === 'string') names.add(el.value);
      for (const option of Object.values(el.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(message, locale, undefined, { ignoreTag: true }).getAst());
  return [...names].sort();
}

describe('the dictionaries', () => {
  it('are all found', () => {
    expect(dictionaries.length).toBeGreaterThanOrEqual(11);
  });

  it('parse as ICU messages in both languages, with the same placeholders', () => {
    const problems: string[] = [];
    for (const { name, messages } of dictionaries) {
      for (const key of Object.keys(messages.da)) {
        try {
          const da = argumentsOf(messages.da[key]!, 'da-DK');
          const en = argumentsOf(messages.en[key] ?? '', 'en-GB');
          if (da.join() !== en.join()) problems.push(`${name} ${key}: da {${da}} en {${en}}`);
        } catch (e) {
          problems.push(`${name} ${key}: ${(e as Error).message}`);
        }
      }
      for (const lang of LANGS) {
        const other = lang === 'da' ? 'en' : 'da';
        for (const key of Object.keys(messages[lang])) if (!(key in messages[other])) problems.push(`${name} ${key}: missing in ${other}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
