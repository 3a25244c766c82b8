import { useMessages } from '../i18n/i18n';
import { MUNICIPAL_MESSAGES, type MunicipalKey } from './municipal-messages';

export type MunicipalT = (key: MunicipalKey, vars?: Record<string, string | number>) => string;

export function useMunicipalT(): MunicipalT {
  return useMessages(MUNICIPAL_MESSAGES);
}

/** A label for a value from the API (a status, an indicator kind, a rule id), or the fallback (the value itself). */
export function mlabel(t: MunicipalT, prefix: 'status' | 'decide' | 'kind' | 'rule', value: string, fallback = value): string {
  const key = `${prefix}.${value}`;
  return key in MUNICIPAL_MESSAGES.da ? t(key as MunicipalKey) : fallback;
}

/** Where a sharing basis comes from: `police` or `municipality:<code>`. */
export function sourceLabel(t: MunicipalT, source: string): string {
  if (source === 'police') return t('sharing.source.police');
  const code = source.startsWith('municipality:') ? source.slice('municipality:'.length) : source;
  return t('sharing.source.municipality', { code });
}

/** The score's sum as a reader wants it: rule titles and the members' names in place of their ids. */
export function readableSum(
  text: string,
  members: readonly { personId: string; name: string }[],
  ruleTitle: (id: string) => string,
): string {
  const names = new Map<string, string>(members.map((m) => [m.personId, m.name]));
  // The API writes `30 (rule-id: person-id) + 20 (…) = 50`; ids are replaced whole, never inside another id.
  return text.replace(/\(([^:()]+): ([^()]+)\)/g, (_, rule: string, who: string) => {
    const people = who.split(', ').map((id) => names.get(id.trim()) ?? id.trim());
    return `(${ruleTitle(rule.trim())}: ${people.join(', ')})`;
  });
}
