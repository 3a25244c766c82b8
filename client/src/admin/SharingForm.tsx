import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { graphql } from '../api/graphql';
import { useMessages } from '../i18n/i18n';
import { ErrorNotice } from '../ui/ErrorNotice';
import { ACCOUNTS_MESSAGES, type AccountsKey } from './accounts-messages';
import { CREATE_SHARING_BASIS, type NewSharingBasis, type Reference, type SharingBasis } from './admin-api';
import { FieldError } from './CreateUserForm';
import { todayInCopenhagen } from './dates';
import { routeFormError } from './field-errors';
import { basisProblems, type BasisField } from './sharing-bases';
import { DateField } from '../ui/DateField';

const FIELDS: readonly BasisField[] = ['legalBasis', 'purpose', 'fromSource', 'toOrg', 'validFrom', 'validUntil'];
/** The basis rules as a zod schema: each issue names its field, its message is the problem's key. */
const basisSchema = z
  .object({
    legalBasis: z.string(),
    purpose: z.string(),
    fromSource: z.string(),
    toOrg: z.string(),
    validFrom: z.string(),
    validUntil: z.string(),
  })
  .superRefine((basis, ctx) => {
    for (const [field, problem] of Object.entries(basisProblems(basis))) ctx.addIssue({ code: 'custom', path: [field], message: problem });
  });

/** A new sharing basis: legal basis and purpose required; the recipient list follows the source, so the direction is right by construction. */
export function SharingForm({ reference, onCreated }: { reference: Reference | null; onCreated(basis: SharingBasis): void }) {
  const t = useMessages(ACCOUNTS_MESSAGES);
  const empty = (): NewSharingBasis => ({
    legalBasis: '',
    purpose: '',
    fromSource: 'police',
    toOrg: '',
    validFrom: todayInCopenhagen(),
    validUntil: '',
  });
  const {
    register,
    handleSubmit,
    watch,
    setValue,
    setError: setFieldError,
    reset,
    formState,
  } = useForm<NewSharingBasis>({
    defaultValues: empty(),
    resolver: zodResolver(basisSchema),
  });
  const form = watch();
  const [error, setError] = useState<unknown>(null);
  const message = (field: BasisField) => {
    const problem = formState.errors[field];
    if (!problem?.message) return null;
    return problem.type === 'server' ? t('serverRefused', { reason: problem.message }) : t(`basis.${problem.message}` as AccountsKey);
  };
  const invalid = (field: BasisField) =>
    message(field) ? { 'aria-invalid': true, 'aria-describedby': `basis-${field}-error` } : { 'aria-invalid': undefined };
  const municipalities = [...(reference?.municipalities ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'da'));

  const submit = handleSubmit(async (valid) => {
    setError(null);
    try {
      const input = { ...valid, legalBasis: valid.legalBasis.trim(), purpose: valid.purpose.trim() };
      const { createSharingBasis } = await graphql(CREATE_SHARING_BASIS, { input });
      reset(empty());
      onCreated(createSharingBasis);
    } catch (caught) {
      routeFormError(caught, FIELDS, setFieldError, setError);
    }
  });
  const busy = formState.isSubmitting;

  return (
    <form className="stack-form" aria-label={t('newBasis')} noValidate onSubmit={(e) => void submit(e)}>
      <label>
        {t('legalBasis')}
        <input type="text" {...register('legalBasis')} {...invalid('legalBasis')} />
        <span className="muted small">{t('legalBasisHint')}</span>
        <FieldError prefix="basis" field="legalBasis" text={message('legalBasis')} />
      </label>
      <label>
        {t('purpose')}
        <textarea rows={2} {...register('purpose')} {...invalid('purpose')} />
        <span className="muted small">{t('purposeHint')}</span>
        <FieldError prefix="basis" field="purpose" text={message('purpose')} />
      </label>
      <label>
        {t('fromSource')}
        <select {...register('fromSource', { onChange: () => setValue('toOrg', '') })} {...invalid('fromSource')}>
          <option value="police">{t('policeSource')}</option>
          {municipalities.map((m) => (
            <option key={m.code} value={`municipality:${m.code}`}>
              {t('municipalityOption', { name: m.name })}
            </option>
          ))}
        </select>
        <FieldError prefix="basis" field="fromSource" text={message('fromSource')} />
      </label>
      <label>
        {t('toOrg')}
        <select {...register('toOrg')} {...invalid('toOrg')}>
          <option value="">{t('choose')}</option>
          {form.fromSource === 'police'
            ? municipalities.map((m) => (
                <option key={m.code} value={`municipality:${m.code}`}>
                  {t('municipalityOption', { name: m.name })}
                </option>
              ))
            : [
                <option key="police" value="police">
                  {t('police')}
                </option>,
                ...(reference?.policeDistricts ?? []).map((d) => (
                  <option key={d.code} value={`district:${d.code}`}>
                    {t('districtOption', { name: d.name })}
                  </option>
                )),
              ]}
        </select>
        <FieldError prefix="basis" field="toOrg" text={message('toOrg')} />
      </label>
      <div className="two-fields">
        <label>
          {t('validFrom')}
          <DateField {...register('validFrom')} {...invalid('validFrom')} />
          <FieldError prefix="basis" field="validFrom" text={message('validFrom')} />
        </label>
        <label>
          {t('validUntil')}
          <DateField {...register('validUntil')} {...invalid('validUntil')} />
          <FieldError prefix="basis" field="validUntil" text={message('validUntil')} />
        </label>
      </div>
      <span className="muted small">{t('validUntilField')}</span>
      <ErrorNotice error={error} />
      <div className="button-row">
        <button type="submit" className="primary" disabled={busy} data-testid="create-basis">
          {busy ? t('creating') : t('create')}
        </button>
      </div>
    </form>
  );
}
