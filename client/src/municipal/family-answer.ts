// The family's answer to an offer of support (server/src/municipal recordFamilyAnswer). Kept apart
// from municipal.types.ts: the flag is read again with these three fields.
import { gql } from '../gql';
import type { SupportFlagAnswerQuery } from '../gql/graphql';

export const FAMILY_ANSWERS = ['ACCEPTED', 'DECLINED', 'NO_ANSWER'] as const;
export type FamilyAnswer = (typeof FAMILY_ANSWERS)[number];

export type SupportFlagAnswer = Omit<SupportFlagAnswerQuery['supportFlag'], 'id'>;

export const SUPPORT_FLAG_ANSWER = gql(`query SupportFlagAnswer($id: String!) {
  supportFlag(id: $id) { id familyAnswer familyAnswerDate familyAnswerNote }
}`);
export const RECORD_FAMILY_ANSWER = gql(`mutation RecordFamilyAnswer($input: FamilyAnswerInput!) { recordFamilyAnswer(input: $input) }`);
