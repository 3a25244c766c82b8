import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { graphql } from '../api/graphql';
import { useMessages } from '../i18n/i18n';
import { ErrorNotice } from '../ui/ErrorNotice';
import { ACCOUNTS_MESSAGES, type AccountsKey } from './accounts-messages';
import { FieldError } from '../ui/FieldError';
import { routeFormError } from './field-errors';
import { END_SHARING_BASIS, endReasonProblem, type EndedSharingBasis } from './sharing-end-api';

/** The reason is required, 5-2000 characters: an issue's message is the problem's key. */
const endSchema = z.object({
  reason: z.string().superRefine((reason, ctx) => {
    const problem = endReasonProblem(reason);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
});

/** Ends one basis early: a required reason, a confirmation, and the API's refusal beside the field. */
export function EndBasisForm({ basis, onEnded, onCancel }: { basis: EndedSharingBasis; onEnded(): void; onCancel(): void }) {
  const t = useMessages(ACCOUNTS_MESSAGES);
  const {
    register,
    handleSubmit,
    setError: setFieldError,
    formState,
  } = useForm<z.infer<typeof endSchema>>({
    defaultValues: { reason: '' },
    resolver: zodResolver(endSchema),
  });
  const [error, setError] = useState<unknown>(null);
  const problem = formState.errors.reason;
  const message = !problem?.message
    ? null
    : problem.type === 'server'
      ? t('serverRefused', { reason: problem.message })
      : t(`end.problem.${problem.message}` as AccountsKey);

  const submit = handleSubmit(async ({ reason }) => {
    setError(null);
    if (!window.confirm(t('end.confirm', { basis: basis.legalBasis }))) return;
    try {
      await graphql(END_SHARING_BASIS, { id: basis.id, reason: reason.trim() });
      onEnded();
    } catch (caught) {
      routeFormError(caught, ['reason'], setFieldError, setError);
    }
  });
  const busy = formState.isSubmitting;

  return (
    <form
      className="stack-form end-basis"
      aria-label={t('end.form', { basis: basis.legalBasis })}
      noValidate
      data-testid="end-basis-form"
      onSubmit={(e) => void submit(e)}
    >
      <label>
        {t('end.reason')}
        <textarea
          rows={3}
          {...register('reason')}
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
