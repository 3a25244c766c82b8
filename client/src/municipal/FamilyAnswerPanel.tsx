import { useState } from 'react';
import { graphql } from '../api/graphql';
import { useMe } from '../app/session';
import { FieldError } from '../admin/CreateUserForm';
import { todayInCopenhagen } from '../admin/dates';
import { routeError } from '../admin/field-errors';
import { useLang, useMessages } from '../i18n/i18n';
import { showDate } from '../ui/format';
import { ErrorNotice } from '../ui/ErrorNotice';
import { FAMILY_ANSWERS, RECORD_FAMILY_ANSWER, type FamilyAnswer, type SupportFlagAnswer } from './family-answer';
import { OFFER_LETTER_MESSAGES, type OfferLetterKey } from './offer-letter-messages';
import historyStyles from '../ui/history.module.css';
import { DateField } from '../ui/DateField';

/**
 * The family's answer to an offer (accepted, declined, no answer) with its date and a note: an
 * offer is never imposed, so a no is recorded like a yes, and the answer closes the offer.
 */
export function FamilyAnswerPanel({ flag, onRecorded }: { flag: SupportFlagAnswer & { id: string }; onRecorded(): void }) {
  const t = useMessages(OFFER_LETTER_MESSAGES);
  const { lang } = useLang();
  const me = useMe();
  const [answer, setAnswer] = useState<FamilyAnswer | ''>('');
  const [date, setDate] = useState(todayInCopenhagen());
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [serverErrors, setServerErrors] = useState<Partial<Record<string, string>>>({});
  const [error, setError] = useState<unknown>(null);

  if (flag.familyAnswer) {
    return (
      <section className="card" aria-labelledby="answer-h" data-testid="family-answer">
        <h2 id="answer-h">{t('answer.title')}</h2>
        <p>
          <strong data-answer={flag.familyAnswer}>{t(`answer.${flag.familyAnswer}` as OfferLetterKey)}</strong> ·{' '}
          {flag.familyAnswerDate ? showDate(flag.familyAnswerDate, lang) : '–'}
        </p>
        {flag.familyAnswerNote && <p className={historyStyles.historyNote}>{flag.familyAnswerNote}</p>}
        <p className="muted small">{t('answer.closed')}</p>
      </section>
    );
  }
  if (me.role !== 'caseworker') return null;

  const problems = {
    answer: answer === '' ? t('answer.problem.answer') : null,
    date: !date || date > todayInCopenhagen() ? t('answer.problem.date') : null,
    note: note.trim().length < 3 ? t('answer.problem.note') : null,
  };
  const message = (field: 'answer' | 'date' | 'note') =>
    (tried ? problems[field] : null) ?? (serverErrors[field] ? t('answer.refused', { reason: serverErrors[field]! }) : null);
  const submit = async () => {
    setTried(true);
    setError(null);
    if (answer === '' || problems.date || problems.note) return;
    setBusy(true);
    try {
      await graphql(RECORD_FAMILY_ANSWER, { input: { id: flag.id, answer, date, note: note.trim() } });
      onRecorded();
    } catch (caught) {
      routeError(caught, setServerErrors, setError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="answer-h" data-testid="family-answer-form">
      <h2 id="answer-h">{t('answer.title')}</h2>
      <p className="muted small">{t('answer.intro')}</p>
      <form
        className="stack-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <fieldset>
          <legend>{t('answer.question')}</legend>
          {FAMILY_ANSWERS.map((a) => (
            <label key={a} className="checkbox">
              <input type="radio" name="answer" value={a} checked={answer === a} onChange={() => setAnswer(a)} /> {t(`answer.${a}`)}
            </label>
          ))}
          <FieldError prefix="answer" field="answer" text={message('answer')} />
        </fieldset>
        <label>
          {t('answer.date')}
          <DateField name="answerDate" max={todayInCopenhagen()} value={date} onChange={(e) => setDate(e.target.value)} />
          <FieldError prefix="answer" field="date" text={message('date')} />
        </label>
        <label>
          {t('answer.note')}
          <textarea name="answerNote" rows={3} maxLength={4000} value={note} onChange={(e) => setNote(e.target.value)} />
          <FieldError prefix="answer" field="note" text={message('note')} />
        </label>
        <ErrorNotice error={error} />
        <div className="button-row">
          <button type="submit" className="primary" disabled={busy} data-testid="record-answer">
            {t('answer.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
