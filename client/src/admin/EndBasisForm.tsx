import { useState } from 'react';
import { graphql } from '../api/graphql';
import { useMessages } from '../i18n/i18n';
import { ErrorNotice } from '../shell/ErrorNotice';
import { ACCOUNTS_MESSAGES, type AccountsKey } from './accounts-messages';
import { FieldError } from './CreateUserForm';
import { fieldError } from './field-errors';
import { END_SHARING_BASIS, endReasonProblem, type EndedSharingBasis } from './sharing-end-api';

/** Ends one basis early: a required reason, a confirmation, and the API's refusal beside the field. */
export function EndBasisForm({ basis, onEnded, onCancel }: { basis: EndedSharingBasis; onEnded(): void; onCancel(): void }) {
  const t = useMessages(ACCOUNTS_MESSAGES);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [serverReason, setServerReason] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const problem = tried ? endReasonProblem(reason) : null;
  const message = problem ? t(`end.problem.${problem}` as AccountsKey) : serverReason ? t('serverRefused', { reason: serverReason }) : null;

  const submit = async () => {
    setTried(true);
    setError(null);
    if (endReasonProblem(reason)) return;
    if (!window.confirm(t('end.confirm', { basis: basis.legalBasis }))) return;
    setBusy(true);
    try {
      await graphql(END_SHARING_BASIS, { id: basis.id, reason: reason.trim() });
      onEnded();
    } catch (caught) {
      const field = fieldError(caught);
      if (field?.field === 'reason') setServerReason(field.reason);
      else setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="stack-form end-basis"
      aria-label={t('end.form', { basis: basis.legalBasis })}
      noValidate
      data-testid="end-basis-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label>
        {t('end.reason')}
        <textarea
          name="reason"
          rows={3}
          value={reason}
          onChange={(e) => {
            setReason(e.target.value);
            setServerReason(null);
          }}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? 'end-reason-error' : 'end-reason-hint'}
        />
        <span className="muted small" id="end-reason-hint">
          {t('end.reasonHint')}
        </span>
        <FieldError prefix="end" field="reason" text={message} />
      </label>
      <ErrorNotice error={error} />
      <div className="button-row">
        <button type="submit" className="danger" disabled={busy} data-testid="end-basis-submit">
          {t('end.submit')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('end.cancel')}
        </button>
      </div>
    </form>
  );
}
