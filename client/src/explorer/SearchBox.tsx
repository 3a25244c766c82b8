import { useId, useState, type FormEvent } from 'react';
import { useLang, useMessages } from '../i18n/i18n';
import { ErrorNotice } from '../ui/ErrorNotice';
import { usePersonRead } from '../shell/purpose';
import { showDate } from './dates';
import { EXPLORER_MESSAGES } from './explorer-messages';
import { SEARCH, type SearchHit } from './queries';
import styles from './explorer.module.css';

/** Name, birth date or id search; choosing a hit opens that person's family. */
export function SearchBox({ onChoose }: { onChoose(personId: string): void }) {
  const t = useMessages(EXPLORER_MESSAGES);
  const { lang } = useLang();
  const read = usePersonRead();
  const id = useId();
  const [text, setText] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const search = async (after: string | null) => {
    setBusy(true);
    setError(null);
    try {
      const { searchPersons } = await read(SEARCH, { text: text.trim(), first: 20, after });
      setHits((previous) => [...(after ? (previous ?? []) : []), ...searchPersons.items]);
      setCursor(searchPersons.hasNextPage ? searchPersons.endCursor : null);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim().length >= 2) void search(null);
  };

  return (
    <div className={styles.searchBox}>
      <form role="search" onSubmit={submit}>
        <label htmlFor={`${id}-q`}>{t('searchLabel')}</label>
        <input
          id={`${id}-q`}
          name="search"
          type="search"
          value={text}
          placeholder={t('searchPlaceholder')}
          onChange={(e) => setText(e.target.value)}
          autoComplete="off"
          minLength={2}
          maxLength={100}
        />
        <button type="submit" className="primary" disabled={busy}>
          {t('searchButton')}
        </button>
      </form>
      <ErrorNotice error={error} />
      {hits && (
        <div className={styles.searchResults} aria-live="polite">
          {hits.length === 0 ? (
            <p className="muted">{t('searchNone')}</p>
          ) : (
            <ul>
              {hits.map((hit) => (
                <li key={hit.id}>
                  <button
                    type="button"
                    className={`${styles.searchHit} search-hit`}
                    data-person-id={hit.id}
                    onClick={() => {
                      setHits(null);
                      onChoose(hit.id);
                    }}
                  >
                    <strong>{hit.name}</strong>{' '}
                    <span className="muted">
                      {t('born', { date: showDate(hit.birthDate, lang) })}
                      {hit.deathDate ? ` · ${t('died', { date: showDate(hit.deathDate, lang) })}` : ''} · {hit.id}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          {cursor && (
            <button type="button" className="secondary small" onClick={() => void search(cursor)} disabled={busy}>
              {t('searchMore')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
