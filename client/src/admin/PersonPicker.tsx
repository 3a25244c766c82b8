import { useState } from 'react';
import { graphql } from '../api/graphql';
import { gql } from '../gql';
import type { SubjectPickerQuery } from '../gql/graphql';
import { useLang, useMessages } from '../i18n/i18n';
import { showDate } from '../ui/format';
import { ErrorNotice } from '../ui/ErrorNotice';
import { AUDIT_MESSAGES } from './audit-messages';

/** A person the register knows, as the picker shows them (birth dates tell namesakes apart). */
export type PersonCandidate = SubjectPickerQuery['subjectSearch']['matches'][number];

export const SUBJECT_SEARCH = gql(
  `query SubjectPicker($query: String!) { subjectSearch(query: $query) { matches { personId name birthDate } } }`,
);

/**
 * The person picker of a data-subject extract: search by name, birth date or id, then choose one
 * person (birth dates tell namesakes apart). A search that matches nobody says so and offers no
 * extract: an extract is only ever made for a person the register knows.
 */
export function PersonPicker({ onChoose }: { onChoose(person: PersonCandidate): void }) {
  const t = useMessages(AUDIT_MESSAGES);
  const { lang } = useLang();
  const [input, setInput] = useState('');
  const [result, setResult] = useState<{ query: string; matches: PersonCandidate[] } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const search = async () => {
    const query = input.trim();
    if (query.length < 2) return;
    setBusy(true);
    setError(null);
    try {
      const r = await graphql(SUBJECT_SEARCH, { query });
      setResult({ query, matches: r.subjectSearch.matches });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="person-picker">
      <form
        className="button-row"
        role="search"
        aria-label={t('picker.label')}
        onSubmit={(e) => {
          e.preventDefault();
          void search();
        }}
      >
        <label>
          {t('picker.label')}{' '}
          <input
            type="search"
            name="person-search"
            required
            minLength={2}
            maxLength={200}
            spellCheck={false}
            autoComplete="off"
            placeholder={t('picker.hint')}
            value={input}
            onChange={(e) => setInput(e.target.value)}
          />
        </label>
        <button type="submit" className="secondary small" disabled={busy} data-testid="person-search">
          {t('picker.find')}
        </button>
      </form>
      <ErrorNotice error={error} />
      {result && result.matches.length === 0 && (
        <p className="notice notice-warn" role="status" data-testid="no-person-match">
          {t('picker.noMatch', { query: result.query })}
        </p>
      )}
      {result && result.matches.length > 0 && (
        <>
          <p className="muted small">{t('picker.choose', { count: result.matches.length })}</p>
          <ul className="picker-matches" data-testid="person-matches">
            {result.matches.map((m) => (
              <li key={m.personId}>
                <button type="button" className="link-button" data-person-id={m.personId} onClick={() => onChoose(m)}>
                  {m.name}
                </button>{' '}
                <span className="muted small">
                  {t('picker.born', { date: m.birthDate ? showDate(m.birthDate, lang) : '–' })} · {m.personId}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
