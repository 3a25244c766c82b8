import type { Principal } from '../auth/principal.js';
import type { QueryScope } from './query-header.js';

/**
 * The organisation an API key is issued for, written as sharing bases name organisations:
 * `district:NJY` (a police district: it sees what the district's coordinators see) or
 * `municipality:851` (it sees only what a sharing basis from the police allows it).
 */
export interface Organisation {
  scope: Exclude<QueryScope, 'national'>;
  code: string;
}

const FORMS = [
  { prefix: 'district:', scope: 'police-district', code: /^[A-Z]{3}$/ },
  { prefix: 'municipality:', scope: 'municipality', code: /^\d{3}$/ },
] as const;

export function parseOrganisation(raw: string): Organisation | undefined {
  const value = raw.trim();
  for (const form of FORMS) {
    if (!value.startsWith(form.prefix)) continue;
    const code = value.slice(form.prefix.length);
    return form.code.test(code) ? { scope: form.scope, code } : undefined;
  }
  return undefined;
}

export function organisationText(org: Organisation): string {
  return `${org.scope === 'police-district' ? 'district' : 'municipality'}:${org.code}`;
}

/** The organisation of an API-key principal (null for users, and for keys issued before keys had one). */
export function organisationOf(principal: Principal): Organisation | null {
  if (principal.kind !== 'api-key') return null;
  if (principal.districtCode) return { scope: 'police-district', code: principal.districtCode };
  if (principal.municipalityCode) return { scope: 'municipality', code: principal.municipalityCode };
  return null;
}
