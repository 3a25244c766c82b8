import { DESCRIPTION_MIN_WORDS, descriptionWords, type DescriptionField } from '@opspor/contract';
import { useEffect, useMemo, useState } from 'react';
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

/** Minimum words per field: the contract's, which the server checks too (and rejects filler). */
const MIN_WORDS = DESCRIPTION_MIN_WORDS;
type Field = DescriptionField;
const words = (text: string) => descriptionWords(text).length;

/** The social report of a flag: `#/flags/<id>/report`. Write (children, assessment), approve, export. */
export function ReportPage({ id }: { id: string }) {
  const t = useReviewT();
  const { lang } = useLang();
  const me = useMe();
  const read = usePersonRead();
  const flag = useLoad((signal) => read(FLAG, { id, lang: 'da' }, signal).then((r) => r.flag), id);
  const review = useLoad((signal) => read(FLAG_REVIEW, { id }, signal).then((r) => r.flagReview), id);
  const children = useMemo(() => flag.data?.members.filter((m) => m.relation === 'CHILD') ?? [], [flag.data]);
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [fields, setFields] = useState<Record<Field, string> | null>(null);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const report = review.data?.report ?? null;

  // Start from the saved report: its children (matched by name and birth date) and its assessment.
  useEffect(() => {
    if (!review.data || !flag.data || chosen !== null) return;
    const inReport = report
      ? children.filter((c) => report.children.some((r) => r.name === c.name && r.birthDate === c.birthDate))
      : children;
    setChosen(inReport.map((c) => c.personId));
    setFields({ observed: report?.observed ?? '', institution: report?.institution ?? '', assessment: report?.assessment ?? '' });
  }, [review.data, flag.data, children, report, chosen]);

  const selection = chosen ?? [];
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
  const values = fields ?? { observed: '', institution: '', assessment: '' };
  const text = values.assessment;
  const tooShort = (Object.keys(MIN_WORDS) as Field[]).filter((f) => words(values[f]) < MIN_WORDS[f]);
  const save = async () => {
    setBusy(true);
    setSaveError(null);
    try {
      const data = await read(SAVE_REPORT, {
        input: {
          flagId: id,
          assessment: text,
          observed: values.observed,
          institution: values.institution,
          childIds: selection,
        },
      });
      review.set(data.saveReportDraft);
      setSaved(data.saveReportDraft.report?.version ?? null);
    } catch (e) {
      setSaveError(e);
    } finally {
      setBusy(false);
    }
  };

  const chosenChildren = children.filter((c) => selection.includes(c.personId));
  const sameChildren =
    !!report &&
    report.children.length === chosenChildren.length &&
    chosenChildren.every((c) => report.children.some((r) => r.name === c.name && r.birthDate === c.birthDate));
  const unsaved =
    !report ||
    report.assessment !== text.trim() ||
    (report.observed ?? '') !== values.observed.trim() ||
    (report.institution ?? '') !== values.institution.trim() ||
    !sameChildren;
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
          assessment: text.trim(),
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
            <form
              className="card"
              aria-label={t('report.assessment')}
              data-testid="report-form"
              onSubmit={(e) => {
                e.preventDefault();
                void save();
              }}
            >
              <fieldset>
                <legend>{t('report.children')}</legend>
                {children.map((c) => (
                  <label key={c.personId} className="checkbox">
                    <input
                      type="checkbox"
                      name="child"
                      value={c.personId}
                      checked={selection.includes(c.personId)}
                      onChange={(e) => setChosen(e.target.checked ? [...selection, c.personId] : selection.filter((x) => x !== c.personId))}
                    />{' '}
                    {c.name} ({t('cluster.born', { date: showDate(c.birthDate, lang) })})
                  </label>
                ))}
                <p className="muted small">{t('report.childrenHint')}</p>
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
                    <input
                      name={field}
                      maxLength={200}
                      value={values[field]}
                      onChange={(e) => setFields({ ...values, [field]: e.target.value })}
                    />
                  ) : (
                    <textarea
                      name={field}
                      rows={rows}
                      maxLength={10000}
                      value={values[field]}
                      onChange={(e) => setFields({ ...values, [field]: e.target.value })}
                    />
                  )}
                  {values[field].trim().length > 0 && tooShort.includes(field) && (
                    <span className="field-error">{t('report.assessmentTooShort', { min: MIN_WORDS[field] })}</span>
                  )}
                </label>
              ))}
              <ErrorNotice error={saveError} />
              <div className="button-row">
                <button type="submit" className="primary" disabled={busy || selection.length === 0 || tooShort.length > 0}>
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
