// Sharing bases by date, and the checks of a new one that the page can make before asking the
// API (the API checks again: server/src/municipal/municipal.service.ts createBasis).
import type { NewSharingBasis, SharingBasis } from './admin-api';
import { isDay } from './dates';

export type BasisStatus = 'in-force' | 'future' | 'expired';

/**
 * In force from validFrom up to, not including, validUntil (its first day without). A future basis
 * ended before it began (validUntil = validFrom) never applies: it is expired, not future.
 */
export function basisStatus(basis: Pick<SharingBasis, 'validFrom' | 'validUntil'>, on: string): BasisStatus {
  if (basis.validUntil <= on || basis.validUntil <= basis.validFrom) return 'expired';
  if (basis.validFrom > on) return 'future';
  return 'in-force';
}

/** The bases grouped by status on a date: in force first (ending soonest first), then future, then expired (latest first). */
export function groupBases<B extends SharingBasis>(bases: readonly B[], on: string): Record<BasisStatus, B[]> {
  const groups: Record<BasisStatus, B[]> = { 'in-force': [], future: [], expired: [] };
  for (const b of bases) groups[basisStatus(b, on)].push(b);
  groups['in-force'].sort((a, b) => a.validUntil.localeCompare(b.validUntil) || a.id.localeCompare(b.id));
  groups.future.sort((a, b) => a.validFrom.localeCompare(b.validFrom) || a.id.localeCompare(b.id));
  groups.expired.sort((a, b) => b.validUntil.localeCompare(a.validUntil) || a.id.localeCompare(b.id));
  return groups;
}

export type BasisField = keyof NewSharingBasis;
export type BasisProblem = 'required' | 'tooShort' | 'direction' | 'date' | 'untilAfterFrom' | 'source' | 'org';

const SOURCE = /^(police|municipality:\d{3})$/;
const ORG = /^(police|district:[A-Z]{3}|municipality:\d{3})$/;

/** Why a new basis cannot be saved, by field (empty when it can). */
export function basisProblems(input: NewSharingBasis): Partial<Record<BasisField, BasisProblem>> {
  const problems: Partial<Record<BasisField, BasisProblem>> = {};
  for (const field of ['legalBasis', 'purpose'] as const) {
    const text = input[field].trim();
    if (!text) problems[field] = 'required';
    else if (text.length < 5) problems[field] = 'tooShort';
  }
  if (!SOURCE.test(input.fromSource)) problems.fromSource = 'source';
  if (!ORG.test(input.toOrg)) problems.toOrg = 'org';
  // Data goes from the police to a municipality, or from a municipality to the police.
  else if (!problems.fromSource && (input.fromSource === 'police') === !input.toOrg.startsWith('municipality:'))
    problems.toOrg = 'direction';
  if (!isDay(input.validFrom)) problems.validFrom = 'date';
  if (!isDay(input.validUntil)) problems.validUntil = 'date';
  else if (!problems.validFrom && input.validUntil <= input.validFrom) problems.validUntil = 'untilAfterFrom';
  return problems;
}
