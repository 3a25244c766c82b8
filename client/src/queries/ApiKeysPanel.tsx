import { zodResolver } from '@hookform/resolvers/zod';
import { isIsoDate, isValidPurpose } from '@opspor/contract';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { z } from 'zod';
import { REFERENCE, type Reference } from '../admin/admin-api';
import { routeFormError } from '../admin/field-errors';
import { graphql } from '../api/graphql';
import { useFormat } from '../i18n/format';
import { useMessages, useT } from '../i18n/i18n';
import { ErrorNotice } from '../ui/ErrorNotice';
import { usePurposeReasons } from '../shell/purpose';
import { API_KEYS, CREATE_API_KEY, REVOKE_API_KEY, type ApiKeyInfo, type SavedQueryInfo } from './queries-api';
import { QUERIES_MESSAGES, type QueriesKey } from './queries-messages';
import { DateField } from '../ui/DateField';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

type OrgKind = 'police-district' | 'municipality';
const ORG_PREFIX: Record<OrgKind, string> = { 'police-district': 'district', municipality: 'municipality' };
const RATE = { min: 1, max: 6000 };

/** A new key as the form holds it; an issue's message says what is wrong: `required`, `date`, `range` or `purpose`. */
function apiKeySchema(reasons: readonly string[]) {
  return z.object({
    name: z.string().trim().min(1, 'required').max(100, 'required'),
    orgKind: z.enum(['police-district', 'municipality']),
    orgCode: z.string().min(1, 'required'),
    queries: z.array(z.string()).min(1, 'required'),
    purpose: z.string().refine((v) => isValidPurpose(v, reasons), 'purpose'),
    expiresAt: z.string().refine(isIsoDate, 'date'),
    rate: z.string().refine((v) => /^\d+$/.test(v) && Number(v) >= RATE.min && Number(v) <= RATE.max, 'range'),
  });
}
type KeyForm = z.infer<ReturnType<typeof apiKeySchema>>;
type KeyField = keyof KeyForm;
/** The API's input field each form field is sent as (a refusal naming it lands on the form field). */
const SENT_AS: Record<string, KeyField> = {
  name: 'name',
  queries: 'queries',
  purpose: 'purpose',
  organisation: 'orgCode',
  expiresAt: 'expiresAt',
  rateLimitPerMinute: 'rate',
};

/**
 * For admins: API keys with their organisation, scope and status; a new key is issued for a
 * police district or a municipality and may run only the queries that admit that kind of
 * organisation; it is shown once; revoking is immediate.
 */
export function ApiKeysPanel({ queries }: { queries: SavedQueryInfo[] }) {
  const t = useMessages(QUERIES_MESSAGES);
  const fmt = useFormat();
  const [keys, setKeys] = useState<ApiKeyInfo[]>([]);
  const [reference, setReference] = useState<Reference | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [created, setCreated] = useState<string | null>(null);
  const tShell = useT();
  // The purposes are the server's configured reasons (or a journal number): read from the API.
  const reasons = usePurposeReasons();
  const reasonsNow = useRef<readonly string[]>([]);
  reasonsNow.current = reasons ?? [];
  const resolver: Resolver<KeyForm> = (values, context, options) => zodResolver(apiKeySchema(reasonsNow.current))(values, context, options);
  const {
    register,
    handleSubmit,
    watch,
    setValue,
    setError: setFieldError,
    getValues,
    formState,
  } = useForm<KeyForm>({
    resolver,
    defaultValues: { name: '', queries: [], purpose: '', orgKind: 'police-district', orgCode: '', expiresAt: inDays(90), rate: '60' },
  });
  const form = watch();
  useEffect(() => {
    if (reasons?.[0] && getValues('purpose') === '') setValue('purpose', reasons[0]);
  }, [reasons, getValues, setValue]);
  const labels: Record<KeyField, string> = {
    name: t('keyName'),
    orgKind: t('keyOrgKind'),
    orgCode: t(`orgWhich.${form.orgKind}`),
    queries: t('keyQueries'),
    purpose: t('keyPurpose'),
    expiresAt: t('keyExpires'),
    rate: t('keyRate'),
  };
  /** The problem of a field, beside it: the form's own check or the API's refusal. */
  const problem = (field: KeyField) => {
    const e = formState.errors[field];
    if (!e?.message) return null;
    const text =
      e.type === 'server'
        ? t('serverRefused', { reason: e.message })
        : e.message === 'purpose'
          ? tShell('purpose.invalid')
          : t(`invalid.${e.message}` as QueriesKey, { name: labels[field], ...RATE });
    return (
      <span className="field-error" role="alert" data-field={field} id={`api-key-${field}-error`}>
        {text}
      </span>
    );
  };
  const invalid = (field: KeyField) =>
    formState.errors[field] ? { 'aria-invalid': true, 'aria-describedby': `api-key-${field}-error` } : {};

  useEffect(() => {
    graphql(REFERENCE).then(setReference).catch(setError);
  }, []);

  const districts = [...(reference?.policeDistricts ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'da'));
  const municipalities = [...(reference?.municipalities ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'da'));
  const orgOptions = form.orgKind === 'police-district' ? districts : municipalities;
  const runnable = queries.filter((q) => q.scopes.includes(form.orgKind));

  /** "Nordjyllands Politi (police district)", "Læsø Municipality"; the raw value only if the reference has no name for it. */
  const organisationName = (organisation: string | null): string => {
    if (!organisation) return t('keyOrgNone');
    const [prefix, code = ''] = organisation.split(':');
    if (prefix === 'district') {
      const name = reference?.policeDistricts.find((d) => d.code === code)?.name ?? code;
      return t('keyOrgDistrict', { name });
    }
    return t('keyOrgMunicipality', { name: reference?.municipalities.find((m) => m.code === code)?.name ?? code });
  };

  const load = useCallback(() => {
    graphql(API_KEYS)
      .then((r) => setKeys(r.apiKeys))
      .catch(setError);
  }, []);
  useEffect(load, [load]);

  const create = handleSubmit(async (valid) => {
    setError(null);
    try {
      const input = {
        name: valid.name.trim(),
        queries: valid.queries,
        purpose: valid.purpose.trim(),
        organisation: `${ORG_PREFIX[valid.orgKind]}:${valid.orgCode}`,
        expiresAt: valid.expiresAt,
        rateLimitPerMinute: Number(valid.rate),
      };
      const r = await graphql(CREATE_API_KEY, { input });
      setCreated(r.createApiKey.key);
      load();
    } catch (caught) {
      const onField = (field: string, e: { type: 'server'; message: string }) => setFieldError(SENT_AS[field] ?? 'name', e);
      routeFormError(caught, Object.keys(SENT_AS), onField, setError);
    }
  });

  const revoke = async (id: string) => {
    setError(null);
    try {
      await graphql(REVOKE_API_KEY, { id });
      load();
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <section className="api-keys" aria-label={t('keys')}>
      <h2>{t('keys')}</h2>
      <ErrorNotice error={error} />
      {created && (
        <div className="notice notice-warn" role="status">
          {t('keyShownOnce')} <code data-testid="new-api-key">{created}</code>
        </div>
      )}
      {keys.length === 0 ? (
        <p className="muted">{t('keyNone')}</p>
      ) : (
        <table className="query-table">
          <thead>
            <tr>
              {(
                ['keyName', 'keyOrganisation', 'keyQueries', 'keyPurpose', 'keyExpires', 'keyRate', 'keyStatus', 'keyLastUsed'] as const
              ).map((k) => (
                <th key={k} scope="col">
                  {t(k)}
                </th>
              ))}
              <th />
            </tr>
          </thead>
          <tbody>
            {keys.map((k) => (
              <tr key={k.id}>
                <td>{k.name}</td>
                <td>{organisationName(k.organisation)}</td>
                <td>{k.queries.join(', ')}</td>
                <td>{k.purpose}</td>
                <td>{fmt.day(k.expiresAt)}</td>
                <td>{k.rateLimitPerMinute}</td>
                <td>{t(`status.${k.status}` as QueriesKey)}</td>
                <td>{k.lastUsedAt ? fmt.dateTime(k.lastUsedAt) : '–'}</td>
                <td>
                  {k.status === 'active' && (
                    <button type="button" className="secondary small" onClick={() => void revoke(k.id)}>
                      {t('keyRevoke')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form className="api-key-form" noValidate onSubmit={(e) => void create(e)}>
        <label>
          {t('keyName')} <input maxLength={100} {...register('name')} {...invalid('name')} />
          {problem('name')}
        </label>
        <fieldset className="api-key-organisation">
          <legend>{t('keyOrganisation')}</legend>
          <label>
            {t('keyOrgKind')}{' '}
            <select
              {...register('orgKind', {
                onChange: () => {
                  setValue('orgCode', '');
                  setValue('queries', []);
                },
              })}
              data-testid="api-key-org-kind"
            >
              {(['police-district', 'municipality'] as const).map((kind) => (
                <option key={kind} value={kind}>
                  {t(`orgKind.${kind}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t(`orgWhich.${form.orgKind}`)}{' '}
            <select {...register('orgCode')} {...invalid('orgCode')} data-testid="api-key-org">
              <option value="" disabled>
                –
              </option>
              {orgOptions.map((o) => (
                <option key={o.code} value={o.code}>
                  {o.name} ({o.code})
                </option>
              ))}
            </select>
            {problem('orgCode')}
          </label>
          <p className="muted small">{t('keyOrgHint')}</p>
        </fieldset>
        <label>
          {t('keyQueries')}
          {runnable.length === 0 ? (
            <span className="muted">{t('keyNoQueries')}</span>
          ) : (
            <select multiple {...register('queries')} {...invalid('queries')}>
              {runnable.map((q) => (
                <option key={q.name} value={q.name}>
                  {q.title} ({q.name})
                </option>
              ))}
            </select>
          )}
          {problem('queries')}
        </label>
        <label>
          {t('keyPurpose')}
          <input list="api-key-purposes" {...register('purpose')} {...invalid('purpose')} />
          <datalist id="api-key-purposes">
            {(reasons ?? []).map((r) => (
              <option key={r} value={r} />
            ))}
          </datalist>
          {problem('purpose')}
        </label>
        <label>
          {t('keyExpires')} <DateField {...register('expiresAt')} {...invalid('expiresAt')} />
          {problem('expiresAt')}
        </label>
        <label>
          {t('keyRate')} <input type="number" min={RATE.min} max={RATE.max} {...register('rate')} {...invalid('rate')} />
          {problem('rate')}
        </label>
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {t('keyCreate')}
        </button>
      </form>
    </section>
  );
}
