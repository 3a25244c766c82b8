import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { graphql } from '../api/graphql';
import { onPageLangChange } from '../api/query-client';
import { navigate } from '../app/router';
import { useMe } from '../app/session';
import { useFormat } from '../i18n/format';
import { useMessages } from '../i18n/i18n';
import { ErrorNotice } from '../ui/ErrorNotice';
import { ApiKeysPanel } from './ApiKeysPanel';
import { CypherView } from './CypherEditor';
import { DELETE_SAVED_QUERY, SAVED_QUERIES, type SavedQueryInfo } from './queries-api';
import { QUERIES_MESSAGES } from './queries-messages';
import { QueryEditor } from './QueryEditor';
import { RunPanel } from './RunPanel';
import styles from './queries.module.css';

const PATH = '/queries';

/** Saved queries: `#/queries?name=<name>`, `&edit=1` (admins), `?new=1` (admins), `?keys=1` (admins: API keys). */
export function QueriesPage({ query }: { query: URLSearchParams }) {
  const t = useMessages(QUERIES_MESSAGES);
  const fmt = useFormat();
  const me = useMe();
  const isAdmin = me.role === 'admin';
  const name = query.get('name');
  const editing = isAdmin && query.get('edit') === '1';
  const creating = isAdmin && query.get('new') === '1';
  const showKeys = isAdmin && query.get('keys') === '1';
  const [search, setSearch] = useState('');
  const [list, setList] = useState<SavedQueryInfo[]>([]);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback((text: string) => {
    graphql(SAVED_QUERIES, { search: text.trim() || null })
      .then((r) => setList(r.savedQueries))
      .catch(setError);
  }, []);
  useEffect(() => load(''), [load]);
  // titles, descriptions and parameter labels come in the page's language: read them again when it changes
  useEffect(() => onPageLangChange(() => load(search)), [load, search]);

  const selected = list.find((q) => q.name === name) ?? null;
  const onSearch = (e: FormEvent) => {
    e.preventDefault();
    load(search);
  };
  const onSaved = (saved: SavedQueryInfo) => {
    load(search);
    navigate(PATH, { name: saved.name });
  };
  const remove = async (q: SavedQueryInfo) => {
    if (!window.confirm(t('confirmDelete', { name: q.name }))) return;
    try {
      await graphql(DELETE_SAVED_QUERY, { name: q.name });
      load(search);
      navigate(PATH);
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <main className="page queries-page">
      <h1>{t('title')}</h1>
      <ErrorNotice error={error} />
      <div className={styles.queriesLayout}>
        <aside className={styles.queriesList}>
          <form onSubmit={onSearch} role="search">
            <input
              type="search"
              aria-label={t('search')}
              placeholder={t('searchPlaceholder')}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
            />
            <button type="submit" className="secondary small">
              {t('search')}
            </button>
          </form>
          {isAdmin && (
            <p className="queries-admin-links">
              <button type="button" className="primary small" onClick={() => navigate(PATH, { new: 1 })}>
                {t('newQuery')}
              </button>{' '}
              <button type="button" className="secondary small" onClick={() => navigate(PATH, { keys: 1 })}>
                {t('keys')}
              </button>
            </p>
          )}
          {list.length === 0 ? (
            <p className="muted">{t('none')}</p>
          ) : (
            <ul data-testid="saved-query-list">
              {list.map((q) => (
                <li key={q.name}>
                  <a href={`#${PATH}?name=${encodeURIComponent(q.name)}`} aria-current={q.name === name ? 'true' : undefined}>
                    <strong>{q.title}</strong>
                    <small className="muted">{q.name}</small>
                  </a>
                </li>
              ))}
            </ul>
          )}
        </aside>
        <section className={styles.queriesMain}>
          {showKeys && <ApiKeysPanel queries={list} />}
          {creating && <QueryEditor query={null} onSaved={onSaved} onCancel={() => navigate(PATH)} />}
          {editing && selected && (
            <QueryEditor query={selected} onSaved={onSaved} onCancel={() => navigate(PATH, { name: selected.name })} />
          )}
          {!showKeys && !creating && !editing && selected && (
            <article data-testid="saved-query">
              <header className={styles.queryHead}>
                <h2>{selected.title}</h2>
                <span className="muted">
                  {selected.name} · {t('version', { version: selected.version })} ·{' '}
                  {selected.origin === 'shipped' && selected.version === 1
                    ? t('shipped')
                    : t('by', { user: selected.updatedByName ?? selected.updatedBy, date: fmt.day(selected.updatedAt) })}
                </span>
                {isAdmin && (
                  <span className={styles.queryHeadActions}>
                    <button type="button" className="secondary small" onClick={() => navigate(PATH, { name: selected.name, edit: 1 })}>
                      {t('edit')}
                    </button>
                    <button type="button" className="secondary small" onClick={() => void remove(selected)}>
                      {t('delete')}
                    </button>
                  </span>
                )}
              </header>
              <p>{selected.description}</p>
              <details>
                <summary>{t('source')}</summary>
                <CypherView source={selected.source} />
              </details>
              <RunPanel query={selected} />
            </article>
          )}
          {!showKeys && !creating && !editing && !selected && <p className="empty">{t('pick')}</p>}
        </section>
      </div>
    </main>
  );
}
