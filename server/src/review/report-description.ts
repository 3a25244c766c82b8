import { DESCRIPTION_MAX, DESCRIPTION_MIN_WORDS, fillerProblem, type DescriptionField } from '@opspor/contract';
import { BadInputError, type Message } from '../common/app-error.js';

/**
 * The structured description of the child that a report must carry. Each field is required,
 * has guidance, and is checked for filler: a minimum of real words, no babble ("blablabla"),
 * no text that is mostly one word repeated.
 */
export const DESCRIPTION_FIELDS: Record<DescriptionField, { minWords: number; guidance: Message }> = {
  observed: {
    minWords: DESCRIPTION_MIN_WORDS.observed,
    guidance: {
      da: 'hvad politiet observerede om barnet (hvordan barnet virkede, hvad barnet sagde eller gjorde, hvornår)',
      en: 'what the police observed about the child (how the child seemed, what the child said or did, when)',
    },
  },
  institution: {
    minWords: DESCRIPTION_MIN_WORDS.institution,
    guidance: {
      da: 'barnets dagtilbud eller skole, eller skriv "ukendt", når det ikke vides',
      en: 'the child’s daycare or school, or write "ukendt" when it is not known',
    },
  },
  assessment: {
    minWords: DESCRIPTION_MIN_WORDS.assessment,
    guidance: {
      da: 'barnets situation med dine egne ord: hvordan barnet har det, og hvorfor du er bekymret for barnet',
      en: 'the child’s situation in your own words: how the child is doing and why you are concerned for the child',
    },
  },
};

/**
 * The contract's filler reasons (English, shared with the writing form) in both languages: the
 * contract words three cases, matched here by their fixed English shape.
 */
export function fillerTexts(problem: string): Message {
  const babble = /^“(.*)” is not a description: write what you know$/.exec(problem);
  if (babble) return { da: `“${babble[1]}” er ikke en beskrivelse: skriv, hvad du ved`, en: problem };
  const few = /^write at least (\d+) words?$/.exec(problem);
  if (few) return { da: `skriv mindst ${few[1]} ord`, en: problem };
  if (problem.startsWith('repeats the same words')) return { da: 'gentager de samme ord: beskriv barnet med dine egne ord', en: problem };
  return { da: problem, en: problem };
}

export type { DescriptionField };
export { DESCRIPTION_MAX, fillerProblem };

/** Trims, caps and checks one field; the error names the field, the reason and the guidance. */
export function checkDescription(field: DescriptionField, value: string | null | undefined): string {
  const text = (value ?? '').trim();
  const { minWords, guidance } = DESCRIPTION_FIELDS[field];
  if (!text) throw new BadInputError(field, { da: `er påkrævet: ${guidance.da}`, en: `is required: ${guidance.en}` });
  if (text.length > DESCRIPTION_MAX)
    throw new BadInputError(field, { da: `må højst være ${DESCRIPTION_MAX} tegn`, en: `is at most ${DESCRIPTION_MAX} characters` });
  const problem = fillerProblem(text, minWords);
  if (problem) {
    const reason = fillerTexts(problem);
    throw new BadInputError(field, { da: `${reason.da} (${guidance.da})`, en: `${reason.en} (${guidance.en})` });
  }
  return text;
}
