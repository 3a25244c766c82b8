import { useState } from 'react';
import { graphql } from '../api/graphql';
import { useMessages } from '../i18n/i18n';
import { ErrorNotice } from '../shell/ErrorNotice';
import { ACCOUNTS_MESSAGES, type AccountsKey } from './accounts-messages';
import { CREATE_SHARING_BASIS, type NewSharingBasis, type Reference, type SharingBasis } from './admin-api';
import { FieldError } from './CreateUserForm';
import { todayInCopenhagen } from './dates';
import { routeError } from './field-errors';
import { basisProblems, type BasisField } from './sharing-bases';

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
  const [form, setForm] = useState<NewSharingBasis>(empty);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [serverErrors, setServerErrors] = useState<Partial<Record<string, string>>>({});
  const [error, setError] = useState<unknown>(null);
  const problems = basisProblems(form);
  const message = (field: BasisField) => {
    const p = tried ? problems[field] : undefined;
    return p ? t(`basis.${p}` as AccountsKey) : serverErrors[field] ? t('serverRefused', { reason: serverErrors[field] }) : null;
  };
  const set = (patch: Partial<NewSharingBasis>) => {
    setForm({ ...form, ...patch });
    setServerErrors({});
  };
  const invalid = (field: BasisField) =>
    message(field) ? { 'aria-invalid': true, 'aria-describedby': `basis-${field}-error` } : { 'aria-invalid': undefined };
  const municipalities = [...(reference?.municipalities ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'da'));

  const submit = async () => {
    setTried(true);
    setError(null);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      const input = { ...form, legalBasis: form.legalBasis.trim(), purpose: form.purpose.trim() };
      const { createSharingBasis } = await graphql<{ createSharingBasis: SharingBasis }>(CREATE_SHARING_BASIS, { input });
      setForm(empty());
      setTried(false);
      onCreated(createSharingBasis);
    } catch (caught) {
      routeError(caught, setServerErrors, setError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="stack-form"
      aria-label={t('newBasis')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label>
        {t('legalBasis')}
        <input
          type="text"
          name="legalBasis"
          value={form.legalBasis}
          onChange={(e) => set({ legalBasis: e.target.value })}
          {...invalid('legalBasis')}
        />
        <span className="muted small">{t('legalBasisHint')}</span>
        <FieldError prefix="basis" field="legalBasis" text={message('legalBasis')} />
      </label>
      <label>
        {t('purpose')}
        <textarea name="purpose" rows={2} value={form.purpose} onChange={(e) => set({ purpose: e.target.value })} {...invalid('purpose')} />
        <span className="muted small">{t('purposeHint')}</span>
        <FieldError prefix="basis" field="purpose" text={message('purpose')} />
      </label>
      <label>
        {t('fromSource')}
        <select
          name="fromSource"
          value={form.fromSource}
          onChange={(e) => set({ fromSource: e.target.value, toOrg: '' })}
          {...invalid('fromSource')}
        >
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
        <select name="toOrg" value={form.toOrg} onChange={(e) => set({ toOrg: e.target.value })} {...invalid('toOrg')}>
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
          <input
            type="date"
            name="validFrom"
            value={form.validFrom}
            onChange={(e) => set({ validFrom: e.target.value })}
            {...invalid('validFrom')}
          />
          <FieldError prefix="basis" field="validFrom" text={message('validFrom')} />
        </label>
        <label>
          {t('validUntil')}
          <input
            type="date"
            name="validUntil"
            value={form.validUntil}
            onChange={(e) => set({ validUntil: e.target.value })}
            {...invalid('validUntil')}
          />
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
