// The report writing form and the four-eyes notes. The rules are the contract's (the API checks the
// same, server/src/review/report-description.ts); the words are the page's; an API refusal that
// names a field stands beside it.
import {
  decisionNoteSchema,
  DESCRIPTION_FIELDS_ORDER,
  DESCRIPTION_MAX,
  DESCRIPTION_MIN_WORDS,
  descriptionProblem,
  NOTE_MAX,
  reportDraftSchema,
  type DescriptionField,
  type ReportDraftForm,
  type ReportDraftProblem,
} from '@opspor/contract';
import { z } from 'zod';
import type { ReviewKey } from '../review/review-messages';
import type { ReviewT } from '../review/format';
import type { SocialReport } from '../review/review.types';

export { DESCRIPTION_FIELDS_ORDER, DESCRIPTION_MAX, NOTE_MAX, reportDraftSchema } from '@opspor/contract';
export type { DescriptionField, ReportDraftForm };
export type ReportField = keyof ReportDraftForm;
/** The fields the API may name in a refusal of a draft (BAD_USER_INPUT `extensions.field`). */
export const REPORT_FIELDS: readonly ReportField[] = ['childIds', ...DESCRIPTION_FIELDS_ORDER];

/** An error as react-hook-form holds it: `server` for the API's refusal (its reason), else the check's problem. */
export interface FormProblem {
  type?: string;
  message?: string;
}

/** The words beside a field: the API's reason for a refusal, the page's sentence for the form's own check. */
export function reportProblemText(t: ReviewT, field: ReportField, problem: FormProblem | undefined, value: string): string | null {
  if (!problem?.message) return null;
  if (problem.type === 'server') return t('report.refused', { reason: problem.message });
  // The details (the babbled word) come from the text as it stands; the kind from the check.
  const found = field === 'childIds' ? null : descriptionProblem(field, value);
  const kind = (found?.kind ?? problem.message) as ReportDraftProblem;
  return t(`report.problem.${kind}` satisfies ReviewKey, {
    min: field === 'childIds' ? 1 : DESCRIPTION_MIN_WORDS[field],
    max: DESCRIPTION_MAX,
    word: found?.kind === 'babble' ? found.word : '',
  });
}

/** The problems of a draft by field, as the form sees them before sending (for tests and the page). */
export function draftProblems(draft: ReportDraftForm): Partial<Record<ReportField, ReportDraftProblem>> {
  const problems: Partial<Record<ReportField, ReportDraftProblem>> = {};
  for (const issue of reportDraftSchema.safeParse(draft).error?.issues ?? [])
    problems[issue.path[0] as ReportField] ??= issue.message as ReportDraftProblem;
  return problems;
}

/** The draft the form starts from: the saved report's children (matched by name and birth date) and texts, or every child. */
export function initialDraft(report: SocialReport | null, children: readonly Child[]): ReportDraftForm {
  const chosen = report ? children.filter((c) => inReport(report, c)) : children;
  return {
    childIds: chosen.map((c) => c.personId),
    observed: report?.observed ?? '',
    institution: report?.institution ?? '',
    assessment: report?.assessment ?? '',
  };
}

interface Child {
  personId: string;
  name: string;
  birthDate: string;
}
const inReport = (report: SocialReport, c: Child) => report.children.some((r) => r.name === c.name && r.birthDate === c.birthDate);

/** Whether the form differs from the saved report (then the preview shows the form, and "saved" is not shown). */
export function isUnsaved(report: SocialReport | null, children: readonly Child[], draft: ReportDraftForm): boolean {
  if (!report) return true;
  const chosen = children.filter((c) => draft.childIds.includes(c.personId));
  const sameChildren = report.children.length === chosen.length && chosen.every((c) => inReport(report, c));
  return (
    report.assessment !== draft.assessment.trim() ||
    (report.observed ?? '') !== draft.observed.trim() ||
    (report.institution ?? '') !== draft.institution.trim() ||
    !sameChildren
  );
}

/** Returning a report needs a comment for the author; marking it reported needs a note (both kept in the history). */
export const returnSchema = z.object({ returnComment: decisionNoteSchema });
export const reportedSchema = z.object({ reportedNote: decisionNoteSchema });

/** The words beside a note: the API's reason, or the page's sentence for a missing or too long note. */
export function noteProblemText(t: ReviewT, problem: FormProblem | undefined, required: 'report.commentRequired' | 'triage.noteRequired') {
  if (!problem?.message) return null;
  if (problem.type === 'server') return t('report.refused', { reason: problem.message });
  return problem.message === 'tooLong' ? t('report.problem.tooLong', { max: NOTE_MAX }) : t(required);
}
