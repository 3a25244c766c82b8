// The description of the child a social report must carry: minimum words per field and the
// filler check, the same in the writing form and in the API.

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

/** "blablabla", "hahaha", "asdasdasd": one short syllable repeated three times or more. */
const BABBLE = /^(.{1,4}?)\1{2,}$/u;

/** Why a text is filler rather than a description (English, for the API), or null when it is fine. */
export function fillerProblem(text: string, minWords: number): string | null {
  const words = descriptionWords(text);
  const babble = words.filter((w) => w.length >= 4 && BABBLE.test(w));
  if (babble.length > 0) return `“${babble[0]}” is not a description: write what you know`;
  if (words.length < minWords) return `write at least ${minWords} ${minWords === 1 ? 'word' : 'words'}`;
  if (words.length >= 4) {
    const counts = new Map<string, number>();
    for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
    const top = Math.max(...counts.values());
    if (counts.size / words.length < 0.5 || top > Math.max(3, words.length / 3))
      return 'repeats the same words: describe the child in your own words';
  }
  return null;
}
