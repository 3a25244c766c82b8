import { REOPEN_NOTES } from '../flags/index.js';
import type { Lang } from '../common/lang.js';
import type { Texts } from '../risk/index.js';
import type { ReportStep } from './report.service.js';

/**
 * The notes the server writes into a flag's history itself (no person typed them). They are
 * stored as written (what was recorded stays recorded) and shown in the reader's language: a
 * stored note that is one of these is replaced by its text in that language; anything a person
 * wrote is shown as written.
 */

/** A report step's note when the coordinator adds no comment (stored in Danish). */
export const STEP_NOTES: Record<ReportStep, Texts> = {
  request: {
    da: 'Underretningen er sendt til godkendelse hos en anden koordinator',
    en: 'The report was sent to another coordinator for approval',
  },
  approve: { da: 'Underretningen er godkendt (fire øjne)', en: 'The report was approved (four eyes)' },
  return: { da: 'Underretningen er sendt retur', en: 'The report was returned' },
};

/** The scanner's reopen notes, stored in both languages at once ("da / en"). */
const REOPEN_TEXTS: Record<keyof typeof REOPEN_NOTES, Texts> = {
  'evidence-after-dismissal': {
    da: 'Genåbnet: ny evidens efter afvisningen',
    en: 'Reopened: evidence newer than the dismissal',
  },
  'evidence-after-report': { da: 'Ny evidens efter underretning', en: 'New evidence after the report' },
};

const BY_STORED = new Map<string, Texts>([
  ...Object.values(STEP_NOTES).map((t): [string, Texts] => [t.da, t]),
  ...Object.entries(REOPEN_TEXTS).map(([reason, t]): [string, Texts] => [REOPEN_NOTES[reason as keyof typeof REOPEN_NOTES], t]),
]);

/** Notes written with a value in them: the stored (Danish) pattern and the text per language. */
const PATTERNS: { stored: RegExp; text: Record<Lang, (value: string) => string> }[] = [
  // the scanner, when a child moved district (cypher/flags/write-versions.cypher): "… / …: FROM → TO"
  {
    stored: /^Barnet er flyttet \/ the child has moved: (.*)$/s,
    text: { da: (v) => `Barnet er flyttet: ${v}`, en: (v) => `The child has moved: ${v}` },
  },
  // a saved draft (cypher/review/save-report.cypher)
  {
    stored: /^Udkast til underretning gemt \(version (\d+)\)$/,
    text: { da: (v) => `Udkast til underretning gemt (version ${v})`, en: (v) => `Draft report saved (version ${v})` },
  },
];

/** A stored history note in the reader's language (a person's own note as written). */
export function systemNote(note: string | null | undefined, lang: Lang): string | null {
  if (note == null) return null;
  const known = BY_STORED.get(note);
  if (known) return known[lang];
  for (const { stored, text } of PATTERNS) {
    const m = stored.exec(note);
    if (m) return text[lang](m[1]!);
  }
  return note;
}
