// The description of the child a social report must carry: minimum words per field and the
// filler check, the same in the writing form and in the API; the note a four-eyes step needs.
import { z } from 'zod';

/** Minimum real words per field: the assessment is the child's situation in the writer's words. */
export const DESCRIPTION_MIN_WORDS = { observed: 6, institution: 1, assessment: 10 } as const;
export type DescriptionField = keyof typeof DESCRIPTION_MIN_WORDS;
export const DESCRIPTION_FIELDS_ORDER: readonly DescriptionField[] = ['observed', 'institution', 'assessment'];
/** The minimum length of the assessment, in words. */
export const MIN_ASSESSMENT_WORDS = DESCRIPTION_MIN_WORDS.assessment;
/** No description field is longer (characters). */
export const DESCRIPTION_MAX = 10_000;

/** The words of a text: runs of letters and digits. */
export function descriptionWords(text: string): string[] {
  return text.toLocaleLowerCase('da').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Why a description field is refused, as data: the form words it in the user's language, the
 * API in English. `babble` names the word ("blablabla"), `tooFew` the minimum, `tooLong` the cap.
 */
export type DescriptionProblem =
  | { kind: 'required' }
  | { kind: 'tooLong'; max: number }
  | { kind: 'babble'; word: string }
  | { kind: 'tooFew'; min: number }
  | { kind: 'repeats' };
export type DescriptionProblemKind = DescriptionProblem['kind'];

/** "blablabla", "hahaha", "asdasdasd": one short syllable repeated three times or more. */
const BABBLE = /^(.{1,4}?)\1{2,}$/u;

/** Why a text is filler rather than a description (babble, too few words, the same words repeated), or null. */
function fillerOf(text: string, minWords: number): DescriptionProblem | null {
  const words = descriptionWords(text);
  const babble = words.find((w) => w.length >= 4 && BABBLE.test(w));
  if (babble) return { kind: 'babble', word: babble };
  if (words.length < minWords) return { kind: 'tooFew', min: minWords };
  if (words.length >= 4) {
    const counts = new Map<string, number>();
    for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
    const top = Math.max(...counts.values());
    if (counts.size / words.length < 0.5 || top > Math.max(3, words.length / 3)) return { kind: 'repeats' };
  }
  return null;
}

/** The one check of a description field: required, at most DESCRIPTION_MAX characters, no filler. */
export function descriptionProblem(field: DescriptionField, value: string | null | undefined): DescriptionProblem | null {
  const text = (value ?? '').trim();
  if (!text) return { kind: 'required' };
  if (text.length > DESCRIPTION_MAX) return { kind: 'tooLong', max: DESCRIPTION_MAX };
  return fillerOf(text, DESCRIPTION_MIN_WORDS[field]);
}

/** A problem in the API's words (English). */
export function descriptionReason(problem: DescriptionProblem): string {
  switch (problem.kind) {
    case 'required':
      return 'is required';
    case 'tooLong':
      return `is at most ${problem.max} characters`;
    case 'babble':
      return `“${problem.word}” is not a description: write what you know`;
    case 'tooFew':
      return `write at least ${problem.min} ${problem.min === 1 ? 'word' : 'words'}`;
    case 'repeats':
      return 'repeats the same words: describe the child in your own words';
  }
}

/** Why a text is filler rather than a description (English, for the API), or null when it is fine. */
export function fillerProblem(text: string, minWords: number): string | null {
  const problem = fillerOf(text, minWords);
  return problem && descriptionReason(problem);
}

/** A description field as a form holds it: an issue's message is the problem's kind. */
function descriptionText(field: DescriptionField) {
  return z.string().superRefine((text, ctx) => {
    const problem = descriptionProblem(field, text);
    if (problem) ctx.addIssue({ code: 'custom', message: problem.kind });
  });
}

/** The report draft as the writing form holds it: at least one child, and the three description fields. */
export const reportDraftSchema = z.object({
  childIds: z.array(z.string()).min(1, 'noChild'),
  observed: descriptionText('observed'),
  institution: descriptionText('institution'),
  assessment: descriptionText('assessment'),
});
export type ReportDraftForm = z.input<typeof reportDraftSchema>;
export type ReportDraftProblem = DescriptionProblemKind | 'noChild';

/** A decision's note or a return comment: it is kept in the flag's history, so it is required. */
export const NOTE_MAX = 2000;
/** A note as a form holds it: an issue's message is `required` or `tooLong`. */
export const decisionNoteSchema = z.string().trim().min(1, 'required').max(NOTE_MAX, 'tooLong');
export type NoteProblem = 'required' | 'tooLong';
