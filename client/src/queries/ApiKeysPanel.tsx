import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { REFERENCE, type Reference } from '../admin/admin-api';
import { graphql } from '../api/graphql';
import { PURPOSE_REASONS } from '../api/purpose';
import { useFormat } from '../i18n/format';
import { useMessages } from '../i18n/i18n';
import { ErrorNotice } from '../shell/ErrorNotice';
import { API_KEYS, CREATE_API_KEY, REVOKE_API_KEY, type ApiKeyInfo, type SavedQueryInfo } from './queries-api';
import { QUERIES_MESSAGES, type QueriesKey } from './queries-messages';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

type OrgKind = 'police-district' | 'municipality';
const ORG_PREFIX: Record<OrgKind, string> = { 'police-district': 'district', municipality: 'municipality' };

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
  const [form, setForm] = useState({
    name: '',
    queries: [] as string[],
    purpose: PURPOSE_REASONS[0] as string,
    orgKind: 'police-district' as OrgKind,
    orgCode: '',
    expiresAt: inDays(90),
    rate: '60',
  });

  useEffect(() => {
    graphql<Reference>(REFERENCE).then(setReference).catch(setError);
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

  const create = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const input = {
        name: form.name,
        queries: form.queries,
        purpose: form.purpose,
        organisation: `${ORG_PREFIX[form.orgKind]}:${form.orgCode}`,
        expiresAt: form.expiresAt,
        rateLimitPerMinute: Number(form.rate),
      };
      const r = await graphql(CREATE_API_KEY, { input });
      setCreated(r.createApiKey.key);
      load();
    } catch (caught) {
      setError(caught);
    }
  };

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
      <form className="api-key-form" onSubmit={(e) => void create(e)}>
        <label>
          {t('keyName')} <input required maxLength={100} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        </label>
        <fieldset className="api-key-organisation">
          <legend>{t('keyOrganisation')}</legend>
          <label>
            {t('keyOrgKind')}{' '}
            <select
              value={form.orgKind}
              onChange={(e) => setForm({ ...form, orgKind: e.target.value as OrgKind, orgCode: '', queries: [] })}
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
            <select required value={form.orgCode} onChange={(e) => setForm({ ...form, orgCode: e.target.value })} data-testid="api-key-org">
              <option value="" disabled>
                –
              </option>
              {orgOptions.map((o) => (
                <option key={o.code} value={o.code}>
                  {o.name} ({o.code})
                </option>
              ))}
            </select>
          </label>
          <p className="muted small">{t('keyOrgHint')}</p>
        </fieldset>
        <label>
          {t('keyQueries')}
          {runnable.length === 0 ? (
            <span className="muted">{t('keyNoQueries')}</span>
          ) : (
            <select
              multiple
              required
              value={form.queries}
              onChange={(e) => setForm({ ...form, queries: [...e.target.selectedOptions].map((o) => o.value) })}
            >
              {runnable.map((q) => (
                <option key={q.name} value={q.name}>
                  {q.title} ({q.name})
                </option>
              ))}
            </select>
          )}
        </label>
        <label>
          {t('keyPurpose')}
          <input list="api-key-purposes" required value={form.purpose} onChange={(e) => setForm({ ...form, purpose: e.target.value })} />
          <datalist id="api-key-purposes">
            {PURPOSE_REASONS.map((r) => (
              <option key={r} value={r} />
            ))}
          </datalist>
        </label>
        <label>
          {t('keyExpires')}{' '}
          <input type="date" required value={form.expiresAt} onChange={(e) => setForm({ ...form, expiresAt: e.target.value })} />
        </label>
        <label>
          {t('keyRate')}{' '}
          <input type="number" min={1} max={6000} value={form.rate} onChange={(e) => setForm({ ...form, rate: e.target.value })} />
        </label>
        <button type="submit" className="primary">
          {t('keyCreate')}
        </button>
      </form>
    </section>
  );
}
