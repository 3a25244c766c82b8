// Ending a sharing basis early (server/src/municipal/municipal.resolver.ts endSharingBasis): an
// admin names the reason; from today the basis no longer applies. Apart from admin-api.ts, which
// holds the list and the creation of bases.
import { gql } from '../gql';
import type { SharingBasesWithEndQuery } from '../gql/graphql';

/** A basis with why it was ended early (endReason null: it runs, or ran, to its planned date). */
export type EndedSharingBasis = SharingBasesWithEndQuery['sharingBases'][number];

/** The API's own limits on the reason (municipal.service.ts endBasis). */
export const END_REASON_MIN = 5;
export const END_REASON_MAX = 2000;

export function endReasonProblem(reason: string): 'required' | 'tooShort' | 'tooLong' | null {
  const text = reason.trim();
  if (!text) return 'required';
  if (text.length < END_REASON_MIN) return 'tooShort';
  if (text.length > END_REASON_MAX) return 'tooLong';
  return null;
}

gql(`fragment EndedSharingBasisFields on SharingBasis {
  id legalBasis purpose fromSource toOrg validFrom validUntil createdBy createdByName endReason endedBy endedByName
}`);
export const SHARING_BASES_WITH_END = gql(`query SharingBasesWithEnd($on: Date) { sharingBases(on: $on) { ...EndedSharingBasisFields } }`);
export const END_SHARING_BASIS = gql(
  `mutation EndSharingBasis($id: String!, $reason: String!) { endSharingBasis(id: $id, reason: $reason) { ...EndedSharingBasisFields } }`,
);
