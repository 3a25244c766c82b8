import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { graphql } from '../api/graphql';
import { PURPOSE_REASONS } from '../api/purpose';
import { useMessages } from '../i18n/i18n';
import { ErrorNotice } from '../shell/ErrorNotice';
import { API_KEYS, CREATE_API_KEY, REVOKE_API_KEY, type ApiKeyInfo, type SavedQueryInfo } from './queries-api';
import { QUERIES_MESSAGES, type QueriesKey } from './queries-messages';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** For admins: API keys with their scope and status; a new key is shown once; revoking is immediate. */
export function ApiKeysPanel({ queries }: { queries: SavedQueryInfo[] }) {
  const t = useMessages(QUERIES_MESSAGES);
  const [keys, setKeys] = useState<ApiKeyInfo[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [form, setForm] = useState({
    name: '',
    queries: [] as string[],
    purpose: PURPOSE_REASONS[0] as string,
    expiresAt: inDays(90),
    rate: '60',
  });

  const load = useCallback(() => {
    graphql<{ apiKeys: ApiKeyInfo[] }>(API_KEYS)
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
        expiresAt: form.expiresAt,
        rateLimitPerMinute: Number(form.rate),
      };
      const r = await graphql<{ createApiKey: { key: string } }>(CREATE_API_KEY, { input });
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
              {(['keyName', 'keyQueries', 'keyPurpose', 'keyExpires', 'keyRate', 'keyStatus', 'keyLastUsed'] as const).map((k) => (
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
                <td>{k.queries.join(', ')}</td>
                <td>{k.purpose}</td>
                <td>{k.expiresAt.slice(0, 10)}</td>
                <td>{k.rateLimitPerMinute}</td>
                <td>{t(`status.${k.status}` as QueriesKey)}</td>
                <td>{k.lastUsedAt?.slice(0, 16).replace('T', ' ') ?? '–'}</td>
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
        <label>
          {t('keyQueries')}
          <select
            multiple
            required
            value={form.queries}
            onChange={(e) => setForm({ ...form, queries: [...e.target.selectedOptions].map((o) => o.value) })}
          >
            {queries.map((q) => (
              <option key={q.name} value={q.name}>
                {q.name}
              </option>
            ))}
          </select>
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
