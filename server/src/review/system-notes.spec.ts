import { describe, expect, it } from 'vitest';
import { REOPEN_NOTES } from '../flags/index.js';
import { STEP_NOTES, systemNote } from './system-notes.js';

describe('systemNote', () => {
  it('shows every note the server writes in the reader’s language', () => {
    for (const texts of Object.values(STEP_NOTES)) {
      expect(systemNote(texts.da, 'da')).toBe(texts.da);
      expect(systemNote(texts.da, 'en')).toBe(texts.en);
    }
    for (const stored of Object.values(REOPEN_NOTES)) {
      const da = systemNote(stored, 'da')!;
      const en = systemNote(stored, 'en')!;
      expect(stored.startsWith(da)).toBe(true);
      expect(stored.toLowerCase()).toContain(en.toLowerCase());
      expect(da).not.toBe(en);
    }
    const moved = 'Barnet er flyttet / the child has moved: NJY → KBH';
    expect(systemNote(moved, 'da')).toBe('Barnet er flyttet: NJY → KBH');
    expect(systemNote(moved, 'en')).toBe('The child has moved: NJY → KBH');
    expect(systemNote('Udkast til underretning gemt (version 3)', 'da')).toBe('Udkast til underretning gemt (version 3)');
    expect(systemNote('Udkast til underretning gemt (version 3)', 'en')).toBe('Draft report saved (version 3)');
  });

  it('leaves a note a person wrote as written', () => {
    expect(systemNote('Talt med skolen', 'en')).toBe('Talt med skolen');
    expect(systemNote('Barnet er flyttet', 'en')).toBe('Barnet er flyttet');
    expect(systemNote(null, 'en')).toBeNull();
  });
});
