import { useId, useState, type FormEvent } from 'react';
import { useLang, useMessages } from '../i18n/i18n';
import { ErrorNotice } from '../ui/ErrorNotice';
import { showDate } from './dates';
import { EXPLORER_MESSAGES } from './explorer-messages';
import { usePersonSearch } from './explorer-data';
import { searchText } from './search-text';
import styles from './explorer.module.css';

/** Name, birth date or id search; choosing a hit opens that person's family. */
export function SearchBox({ onChoose }: { onChoose(personId: string): void }) {
  const t = useMessages(EXPLORER_MESSAGES);
  const { lang } = useLang();
  const id = useId();
  const [text, setText] = useState('');
  /** the text searched for (on submit, never while typing: every search is an audited read); null: no hits shown */
  const [searched, setSearched] = useState<string | null>(null);
  const { hits, more, busy, error, loadMore, retry } = usePersonSearch(searched);

  /** a typed day that does not exist: said beside the field, nothing is searched */
  const [notADay, setNotADay] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const query = searchText(text);
    if ('notADay' in query) {
      setNotADay(query.notADay);
      return;
    }
    setNotADay(null);
    const value = query.text;
    if (value.length < 2) return;
    if (value === searched) retry();
    setSearched(value);
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
          onChange={(e) => {
            setText(e.target.value);
            setNotADay(null);
          }}
          aria-invalid={notADay ? true : undefined}
          aria-describedby={notADay ? `${id}-problem` : undefined}
          autoComplete="off"
          minLength={2}
          maxLength={100}
        />
        <button type="submit" className="primary" disabled={busy}>
          {t('searchButton')}
        </button>
      </form>
      {notADay && (
        <p id={`${id}-problem`} className="field-error" role="alert" data-testid="search-not-a-day">
          {t('searchNotADay', { text: notADay })}
        </p>
      )}
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
                      setSearched(null);
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
          {more && (
            <button type="button" className="secondary small" onClick={loadMore} disabled={busy}>
              {t('searchMore')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
