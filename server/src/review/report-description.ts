import { DESCRIPTION_MAX, DESCRIPTION_MIN_WORDS, fillerProblem, type DescriptionField } from '@opspor/contract';
import { BadInputError } from '../common/app-error.js';

/**
 * The structured description of the child that a report must carry. Each field is required,
 * has guidance, and is checked for filler: a minimum of real words, no babble ("blablabla"),
 * no text that is mostly one word repeated.
 */
export const DESCRIPTION_FIELDS: Record<DescriptionField, { minWords: number; guidance: string }> = {
  observed: {
    minWords: DESCRIPTION_MIN_WORDS.observed,
    guidance: 'what the police observed about the child (how the child seemed, what the child said or did, when)',
  },
  institution: {
    minWords: DESCRIPTION_MIN_WORDS.institution,
    guidance: 'the child’s daycare or school, or write "ukendt" when it is not known',
  },
  assessment: {
    minWords: DESCRIPTION_MIN_WORDS.assessment,
    guidance: 'the child’s situation in your own words: how the child is doing and why you are concerned for the child',
  },
};

export type { DescriptionField };
export { DESCRIPTION_MAX, fillerProblem };

/** Trims, caps and checks one field; the error names the field, the reason and the guidance. */
export function checkDescription(field: DescriptionField, value: string | null | undefined): string {
  const text = (value ?? '').trim();
  const { minWords, guidance } = DESCRIPTION_FIELDS[field];
  if (!text) throw new BadInputError(field, `is required: ${guidance}`);
  if (text.length > DESCRIPTION_MAX) throw new BadInputError(field, `is at most ${DESCRIPTION_MAX} characters`);
  const problem = fillerProblem(text, minWords);
  if (problem) throw new BadInputError(field, `${problem} (${guidance})`);
  return text;
}
