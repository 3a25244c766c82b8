import { BadInputError } from '../common/app-error.js';

/**
 * The structured description of the child that a report must carry. Each field is required,
 * has guidance, and is checked for filler: a minimum of real words, no babble ("blablabla"),
 * no text that is mostly one word repeated.
 */
export const DESCRIPTION_FIELDS = {
  observed: {
    minWords: 6,
    guidance: 'what the police observed about the child (how the child seemed, what the child said or did, when)',
  },
  institution: {
    minWords: 1,
    guidance: 'the child’s daycare or school, or write "ukendt" when it is not known',
  },
  assessment: {
    minWords: 10,
    guidance: 'the child’s situation in your own words: how the child is doing and why you are concerned for the child',
  },
} as const;

export type DescriptionField = keyof typeof DESCRIPTION_FIELDS;
export const DESCRIPTION_MAX = 10_000;

/** "blablabla", "hahaha", "asdasdasd": one short syllable repeated three times or more. */
const BABBLE = /^(.{1,4}?)\1{2,}$/u;

export function fillerProblem(text: string, minWords: number): string | null {
  const words = (text.toLocaleLowerCase('da').match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 0);
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
