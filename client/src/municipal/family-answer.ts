// The family's answer to an offer of support (server/src/municipal recordFamilyAnswer). Kept apart
// from municipal.types.ts: the flag is read again with these three fields.
export const FAMILY_ANSWERS = ['ACCEPTED', 'DECLINED', 'NO_ANSWER'] as const;
export type FamilyAnswer = (typeof FAMILY_ANSWERS)[number];

export interface SupportFlagAnswer {
  familyAnswer: FamilyAnswer | null;
  familyAnswerDate: string | null;
  familyAnswerNote: string | null;
}

export const SUPPORT_FLAG_ANSWER = `query SupportFlagAnswer($id: String!) {
  supportFlag(id: $id) { id familyAnswer familyAnswerDate familyAnswerNote }
}`;
export const RECORD_FAMILY_ANSWER = `mutation RecordFamilyAnswer($input: FamilyAnswerInput!) { recordFamilyAnswer(input: $input) }`;
