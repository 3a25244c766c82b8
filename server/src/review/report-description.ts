import { descriptionProblem, descriptionReason, fillerProblem, type DescriptionField } from '@opspor/contract';
import { BadInputError } from '../common/app-error.js';

/**
 * The structured description of the child that a report must carry. Each field is required,
 * has guidance, and is checked for filler by the contract's rule (the writing form asks the same):
 * a minimum of real words, no babble ("blablabla"), no text that is mostly one word repeated.
 */
export const DESCRIPTION_GUIDANCE: Record<DescriptionField, string> = {
  observed: 'what the police observed about the child (how the child seemed, what the child said or did, when)',
  institution: 'the child’s daycare or school, or write "ukendt" when it is not known',
  assessment: 'the child’s situation in your own words: how the child is doing and why you are concerned for the child',
};

export type { DescriptionField };
export { fillerProblem };

/** Trims and checks one field with the contract's rule; the error names the field, the reason and the guidance. */
export function checkDescription(field: DescriptionField, value: string | null | undefined): string {
  const problem = descriptionProblem(field, value);
  if (!problem) return (value ?? '').trim();
  const guidance = DESCRIPTION_GUIDANCE[field];
  const reason = descriptionReason(problem);
  if (problem.kind === 'required') throw new BadInputError(field, `${reason}: ${guidance}`);
  if (problem.kind === 'tooLong') throw new BadInputError(field, reason);
  throw new BadInputError(field, `${reason} (${guidance})`);
}
