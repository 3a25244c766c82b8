import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { FieldError } from '../admin/CreateUserForm';
import { routeFormError } from '../admin/field-errors';
import { href } from '../app/router';
import { useMe } from '../app/session';
import { useLang } from '../i18n/i18n';
import { ErrorNotice } from '../ui/ErrorNotice';
import { usePersonRead } from '../shell/purpose';
import { label, useReviewT } from '../review/format';
import { showDate } from '../ui/format';
import { FLAG, FLAG_REVIEW, REPORT_PREVIEW, SAVE_REPORT } from '../review/review-queries';
import { StatusBadge } from '../review/StatusBadge';
import { useLoad } from '../ui/useLoad';
import { ReportActions } from './ReportActions';
import { ReportDocument } from './ReportDocument';
import {
  DESCRIPTION_MAX,
  initialDraft,
  isUnsaved,
  REPORT_FIELDS,
  reportDraftSchema,
  reportProblemText,
  type ReportDraftForm,
  type ReportField,
} from './report-form';

const EMPTY: ReportDraftForm = { childIds: [], observed: '', institution: '', assessment: '' };

/** The social report of a flag: `#/flags/<id>/report`. Write (children, assessment), approve, export. */
export function ReportPage({ id }: { id: string }) {
  const t = useReviewT();
  const { lang } = useLang();
  const me = useMe();
  const read = usePersonRead();
  const flag = useLoad((signal) => read(FLAG, { id, lang: 'da' }, signal).then((r) => r.flag), id);
  const review = useLoad((signal) => read(FLAG_REVIEW, { id }, signal).then((r) => r.flagReview), id);
  const children = useMemo(() => flag.data?.members.filter((m) => m.relation === 'CHILD') ?? [], [flag.data]);
  // The contract's rules (the API checks the same) as the writer types; the API's refusals beside their field.
  const form = useForm<ReportDraftForm>({ defaultValues: EMPTY, resolver: zodResolver(reportDraftSchema), mode: 'onChange' });
  const { register, handleSubmit, watch, setValue, reset, setError: setFieldError, formState } = form;
  const [started, setStarted] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const report = review.data?.report ?? null;

  // Start from the saved report: its children (matched by name and birth date) and its assessment.
  useEffect(() => {
    if (!review.data || !flag.data || started) return;
    reset(initialDraft(report, children));
    setStarted(true);
  }, [review.data, flag.data, children, report, started, reset]);

  const values = watch();
  const selection = values.childIds;
  const preview = useLoad(
    (signal) =>
      selection.length === 0
        ? Promise.resolve(null)
        : read(REPORT_PREVIEW, { id, childIds: selection }, signal).then((r) => r.reportPreview),
    `${id}|${selection.join(',')}`,
  );

  const decides = me.role === 'coordinator' || me.role === 'admin';
  // While a report awaits approval it is read-only for everyone: the approver reads what was sent.
  const editable =
    decides && review.data?.status === 'IN_REVIEW' && report?.status !== 'REPORTED' && report?.status !== 'AWAITING_APPROVAL';
  const busy = formState.isSubmitting;
  const save = handleSubmit(async (draft) => {
    setSaveError(null);
    try {
      const data = await read(SAVE_REPORT, { input: { flagId: id, ...draft } });
      review.set(data.saveReportDraft);
      setSaved(data.saveReportDraft.report?.version ?? null);
    } catch (e) {
      routeFormError(e, REPORT_FIELDS, setFieldError, setSaveError);
    }
  });
  const problem = (field: ReportField) => reportProblemText(t, field, formState.errors[field], field === 'childIds' ? '' : values[field]);
  const described = (field: ReportField) => {
    const shown = problem(field) !== null;
    return { 'aria-invalid': shown ? true : undefined, 'aria-describedby': shown ? `report-${field}-error` : undefined };
  };
  const choose = (childId: string, on: boolean) =>
    setValue('childIds', on ? [...selection, childId] : selection.filter((x) => x !== childId), {
      shouldDirty: true,
      shouldValidate: true,
    });

  const unsaved = isUnsaved(report, children, values);
  const documentView =
    report && !unsaved
      ? report
      : {
          status: null,
          reference: null,
          municipalityName: preview.data?.municipalityName ?? flag.data?.municipalityName ?? '',
          senderDistrictName: null,
          senderContact: [],
          issueDate: null,
          legalBasis: null,
          introduction: null,
          children: preview.data?.children ?? [],
          concern: preview.data?.concern ?? [],
          observed: values.observed.trim(),
          institution: values.institution.trim(),
          assessment: values.assessment.trim(),
          authorNames: [],
          approverName: null,
          notice: null,
        };

  return (
    <main className="page report">
      <p>
        <a href={href(`/flags/${encodeURIComponent(id)}`)}>{t('report.back')}</a>
      </p>
      <div className="page-head">
        <h1>{t('report.title')}</h1>
        {review.data && <StatusBadge status={review.data.status} />}
        {report && (
          <span className="muted">
            {label(t, 'report.status', report.status)} · {t('report.version', { version: report.version })}
          </span>
        )}
      </div>
      <ErrorNotice error={flag.error ?? review.error ?? preview.error} />
      <div className="report-body">
        <div className="report-editor">
          {editable ? (
            <form className="card" aria-label={t('report.assessment')} data-testid="report-form" noValidate onSubmit={(e) => void save(e)}>
              <fieldset {...described('childIds')}>
                <legend>{t('report.children')}</legend>
                {children.map((c) => (
                  <label key={c.personId} className="checkbox">
                    <input
                      type="checkbox"
                      name="child"
                      value={c.personId}
                      checked={selection.includes(c.personId)}
                      onChange={(e) => choose(c.personId, e.target.checked)}
                    />{' '}
                    {c.name} ({t('cluster.born', { date: showDate(c.birthDate, lang) })})
                  </label>
                ))}
                <p className="muted small">{t('report.childrenHint')}</p>
                <FieldError prefix="report" field="childIds" text={problem('childIds')} />
              </fieldset>
              {(
                [
                  ['observed', 'report.observed', 'report.observedHint', 4],
                  ['institution', 'report.institution', 'report.institutionHint', 1],
                  ['assessment', 'report.assessment', 'report.assessmentHint', 8],
                ] as const
              ).map(([field, title, hint, rows]) => (
                <label key={field} className="stack">
                  <strong>{t(title)}</strong>
                  <span className="muted small">{t(hint)}</span>
                  {rows === 1 ? (
                    <input maxLength={200} {...register(field)} {...described(field)} />
                  ) : (
                    <textarea rows={rows} maxLength={DESCRIPTION_MAX} {...register(field)} {...described(field)} />
                  )}
                  <FieldError prefix="report" field={field} text={problem(field)} />
                </label>
              ))}
              <ErrorNotice error={saveError} />
              <div className="button-row">
                <button type="submit" className="primary" disabled={busy || selection.length === 0}>
                  {t('report.save')}
                </button>
                {saved !== null && !unsaved && (
                  <span className="muted" role="status">
                    {t('report.saved', { version: saved })}
                  </span>
                )}
              </div>
            </form>
          ) : (
            review.data?.status !== 'IN_REVIEW' && !report && <p className="notice notice-warn">{t('report.notInReview')}</p>
          )}
          {review.data && <ReportActions review={review.data} onChange={review.set} />}
        </div>
        <div className="report-preview">
          <ReportDocument
            report={documentView}
            lang={lang}
            draft={!report || unsaved || !['APPROVED', 'REPORTED'].includes(report.status)}
          />
        </div>
      </div>
    </main>
  );
}
