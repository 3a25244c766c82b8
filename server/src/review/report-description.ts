import { descriptionProblem, descriptionReason, fillerProblem, type DescriptionField, type DescriptionProblem } from '@opspor/contract';
import { BadInputError, type Message } from '../common/app-error.js';

/**
 * The structured description of the child that a report must carry. Each field is required,
 * has guidance, and is checked for filler by the contract's rule (the writing form asks the same):
 * a minimum of real words, no babble ("blablabla"), no text that is mostly one word repeated.
 */
export const DESCRIPTION_GUIDANCE: Record<DescriptionField, Message> = {
  observed: {
    da: 'hvad politiet observerede om barnet (hvordan barnet virkede, hvad barnet sagde eller gjorde, hvornår)',
    en: 'what the police observed about the child (how the child seemed, what the child said or did, when)',
  },
  institution: {
    da: 'barnets dagtilbud eller skole, eller skriv "ukendt", når det ikke vides',
    en: 'the child’s daycare or school, or write "ukendt" when it is not known',
  },
  assessment: {
    da: 'barnets situation med dine egne ord: hvordan barnet har det, og hvorfor du er bekymret for barnet',
    en: 'the child’s situation in your own words: how the child is doing and why you are concerned for the child',
  },
};

/** The contract's reason for a description problem, in Danish beside its English (the API's words). */
export function descriptionTexts(problem: DescriptionProblem): Message {
  const en = descriptionReason(problem);
  switch (problem.kind) {
    case 'required':
      return { da: 'er påkrævet', en };
    case 'tooLong':
      return { da: `må højst være ${problem.max} tegn`, en };
    case 'babble':
      return { da: `“${problem.word}” er ikke en beskrivelse: skriv, hvad du ved`, en };
    case 'tooFew':
      return { da: `skriv mindst ${problem.min} ord`, en };
    case 'repeats':
      return { da: 'gentager de samme ord: beskriv barnet med dine egne ord', en };
  }
}

export type { DescriptionField };
export { fillerProblem };

/** Trims and checks one field with the contract's rule; the error names the field, the reason and the guidance. */
export function checkDescription(field: DescriptionField, value: string | null | undefined): string {
  const problem = descriptionProblem(field, value);
  if (!problem) return (value ?? '').trim();
  const guidance = DESCRIPTION_GUIDANCE[field];
  const reason = descriptionTexts(problem);
  if (problem.kind === 'required')
    throw new BadInputError(field, { da: `${reason.da}: ${guidance.da}`, en: `${reason.en}: ${guidance.en}` });
  if (problem.kind === 'tooLong') throw new BadInputError(field, reason);
  throw new BadInputError(field, { da: `${reason.da} (${guidance.da})`, en: `${reason.en} (${guidance.en})` });
}
