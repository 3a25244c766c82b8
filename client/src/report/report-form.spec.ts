import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/i18n';
import { REVIEW_MESSAGES } from '../review/review-messages';
import type { SocialReport } from '../review/review.types';
import {
  draftProblems,
  initialDraft,
  isUnsaved,
  noteProblemText,
  reportDraftSchema,
  reportedSchema,
  reportProblemText,
  returnSchema,
  type ReportDraftForm,
} from './report-form';

const OBSERVED = 'Drengen åbnede døren og virkede bange for sin far.';
const ASSESSMENT = 'Pigen virker stille og træt i skolen og har selv fortalt om uro i hjemmet om natten.';
const draft = (extra: Partial<ReportDraftForm> = {}): ReportDraftForm => ({
  childIds: ['c1'],
  observed: OBSERVED,
  institution: 'ukendt',
  assessment: ASSESSMENT,
  ...extra,
});
const da = translator(REVIEW_MESSAGES, 'da');
const en = translator(REVIEW_MESSAGES, 'en');

describe('the report draft form (the contract schema the API checks too)', () => {
  it('accepts a real description of a chosen child', () => {
    expect(draftProblems(draft())).toEqual({});
    expect(reportDraftSchema.safeParse(draft()).success).toBe(true);
  });

  it('names each field that is refused, with the problem', () => {
    expect(draftProblems(draft({ childIds: [], observed: ' ', institution: '', assessment: 'Barnet virker træt og ked af det' }))).toEqual({
      childIds: 'noChild',
      observed: 'required',
      institution: 'required',
      assessment: 'tooFew',
    });
    expect(draftProblems(draft({ assessment: 'Far har gentagne sager om spiritus og vold. Blablabla blablabla.' }))).toEqual({
      assessment: 'babble',
    });
    expect(draftProblems(draft({ observed: 'barn barn barn barn barn barn barn barn' }))).toEqual({ observed: 'repeats' });
    expect(draftProblems(draft({ assessment: `${ASSESSMENT} ${'ord '.repeat(2600)}` }))).toEqual({ assessment: 'tooLong' });
  });

  it('words the problem beside the field in both languages, with plurals and the babbled word', () => {
    const short = 'Barnet virker træt';
    const problem = { type: 'custom', message: 'tooFew' };
    expect(reportProblemText(da, 'assessment', problem, short)).toBe('Skriv mindst 10 ord, der beskriver barnet.');
    expect(reportProblemText(en, 'assessment', problem, short)).toBe('Write at least 10 words describing the child.');
    expect(reportProblemText(en, 'institution', { message: 'tooFew' }, '.')).toBe('Write at least 1 word describing the child.');
    const babble = 'Far har gentagne sager om spiritus og vold. Blablabla blablabla.';
    expect(reportProblemText(da, 'assessment', { message: 'babble' }, babble)).toBe(
      '“blablabla” er ikke en beskrivelse: skriv, hvad I ved.',
    );
    expect(reportProblemText(en, 'childIds', { message: 'noChild' }, '')).toBe('Choose at least one child.');
    expect(reportProblemText(en, 'assessment', { message: 'tooLong' }, 'x'.repeat(10_001))).toBe('At most 10,000 characters.');
    expect(reportProblemText(da, 'assessment', undefined, short)).toBeNull();
  });

  it('shows the API’s own reason for a refusal', () => {
    expect(reportProblemText(da, 'childIds', { type: 'server', message: 'choose at least one child' }, '')).toBe(
      'Afvist af serveren: choose at least one child',
    );
  });
});

const saved = (extra: Partial<SocialReport> = {}) =>
  ({
    observed: OBSERVED,
    institution: 'ukendt',
    assessment: ASSESSMENT,
    children: [{ name: 'Test barn', birthDate: '2015-09-09' }],
    ...extra,
  }) as SocialReport;
const children = [
  { personId: 'c1', name: 'Test barn', birthDate: '2015-09-09' },
  { personId: 'c2', name: 'Test bror', birthDate: '2017-01-02' },
];

describe('starting from the saved report and knowing what is unsaved', () => {
  it('starts from the saved children and texts, or from every child', () => {
    expect(initialDraft(saved(), children)).toEqual(draft());
    expect(initialDraft(null, children)).toEqual({ childIds: ['c1', 'c2'], observed: '', institution: '', assessment: '' });
  });

  it('is unsaved when a text (trimmed) or the children differ, or nothing is saved', () => {
    expect(isUnsaved(saved(), children, draft({ assessment: `  ${ASSESSMENT} ` }))).toBe(false);
    expect(isUnsaved(saved(), children, draft({ assessment: `${ASSESSMENT} Mere.` }))).toBe(true);
    expect(isUnsaved(saved(), children, draft({ childIds: ['c1', 'c2'] }))).toBe(true);
    expect(isUnsaved(null, children, draft())).toBe(true);
  });
});

describe('the four-eyes notes', () => {
  it('need a comment to return and a note to mark reported, at most 2000 characters, trimmed', () => {
    expect(returnSchema.safeParse({ returnComment: '  ' }).error?.issues[0]?.message).toBe('required');
    expect(returnSchema.parse({ returnComment: ' Beskriv skolen. ' })).toEqual({ returnComment: 'Beskriv skolen.' });
    expect(reportedSchema.safeParse({ reportedNote: 'x'.repeat(2001) }).error?.issues[0]?.message).toBe('tooLong');
    expect(noteProblemText(da, { message: 'required' }, 'report.commentRequired')).toBe('Skriv en kommentar først.');
    expect(noteProblemText(en, { message: 'tooLong' }, 'triage.noteRequired')).toBe('At most 2,000 characters.');
    expect(noteProblemText(en, { type: 'server', message: 'comment: is required' }, 'report.commentRequired')).toBe(
      'Refused by the server: comment: is required',
    );
  });
});
