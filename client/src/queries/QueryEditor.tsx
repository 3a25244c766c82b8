import { zodResolver } from '@hookform/resolvers/zod';
import type { SavedQuerySourceProblem } from '@opspor/contract';
import { useEffect, useRef, useState } from 'react';
import { useController, useForm } from 'react-hook-form';
import { graphql } from '../api/graphql';
import { useFormat } from '../i18n/format';
import { useMessages } from '../i18n/i18n';
import { ErrorNotice } from '../ui/ErrorNotice';
import { CypherEditor } from './CypherEditor';
import {
  CHECK_SAVED_QUERY,
  NEW_QUERY_TEMPLATE,
  SAVE_SAVED_QUERY,
  SAVED_QUERY_VERSIONS,
  type QueryCheck,
  type SavedQueryInfo,
  type VersionInfo,
} from './queries-api';
import { QUERIES_MESSAGES } from './queries-messages';
import { refusalLines, savedQuerySourceSchema, sourceProblemText, sourceRefusals, type SavedQuerySourceForm } from './query-form';

const CHECK_AFTER_MS = 700;

interface Props {
  /** the query being edited; null for a new one */
  query: SavedQueryInfo | null;
  onSaved(query: SavedQueryInfo): void;
  onCancel(): void;
}

/** For admins: the Cypher with its header, the server's EXPLAIN verdict as they type, saving a new version, earlier versions. */
export function QueryEditor({ query, onSaved, onCancel }: Props) {
  const t = useMessages(QUERIES_MESSAGES);
  const fmt = useFormat();
  // The contract's rule before sending (some text, the length cap); the API's refusal of a save stands beside the source.
  const form = useForm<SavedQuerySourceForm>({
    defaultValues: { source: query?.source ?? NEW_QUERY_TEMPLATE },
    resolver: zodResolver(savedQuerySourceSchema),
    mode: 'onChange',
  });
  const { field: sourceField } = useController({ name: 'source', control: form.control });
  const source = sourceField.value;
  const { reset, handleSubmit, setError: setFieldError, setValue, formState } = form;
  const [verdict, setVerdict] = useState<QueryCheck | null>(null);
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [versions, setVersions] = useState<VersionInfo[]>([]);
  const latest = useRef(0);

  // Another query (or a new version of it) starts the form again; the same query read again in
  // another language keeps what is being typed.
  const name = query?.name ?? null;
  const original = query?.source ?? NEW_QUERY_TEMPLATE;
  useEffect(() => {
    reset({ source: original });
    setVersions([]);
    if (name === null) return;
    graphql(SAVED_QUERY_VERSIONS, { name })
      .then((r) => setVersions(r.savedQueryVersions))
      .catch(setError);
  }, [name, original, query?.version, reset]);

  // The verdict follows the text: checked a moment after typing stops; an older answer never overwrites a newer one.
  // A text the form already refuses (empty, too long) is not sent.
  useEffect(() => {
    const ticket = ++latest.current;
    if (!savedQuerySourceSchema.safeParse({ source }).success) {
      setVerdict(null);
      setChecking(false);
      return;
    }
    setChecking(true);
    const timer = setTimeout(() => {
      graphql(CHECK_SAVED_QUERY, { source })
        .then((r) => ticket === latest.current && setVerdict(r.checkSavedQuery))
        .catch((e: unknown) => ticket === latest.current && setError(e))
        .finally(() => ticket === latest.current && setChecking(false));
    }, CHECK_AFTER_MS);
    return () => clearTimeout(timer);
  }, [source]);

  const save = handleSubmit(async (valid) => {
    setError(null);
    try {
      const renamed = verdict?.name && query && verdict.name !== query.name;
      const expectedVersion = query && !renamed ? query.version : null;
      const r = await graphql(SAVE_SAVED_QUERY, { source: valid.source, expectedVersion });
      onSaved(r.saveSavedQuery);
    } catch (caught) {
      const refusals = sourceRefusals(caught);
      if (refusals) setFieldError('source', { type: 'server', message: refusalLines(t, refusals).join('\n') });
      else setError(caught);
    }
  });
  const saving = formState.isSubmitting;
  const problem = formState.errors.source;
  const refused = problem?.type === 'server' && problem.message ? problem.message.split('\n') : null;
  const invalid = problem?.message && !refused ? sourceProblemText(t, problem.message as SavedQuerySourceProblem) : null;

  const current = verdict && !checking;
  return (
    <section className="query-editor" aria-label={query ? t('editorTitle') : t('newTitle')}>
      <h2>{query ? `${t('editorTitle')}: ${query.name}` : t('newTitle')}</h2>
      <p className="muted query-note">{t('editorHint')}</p>
      <CypherEditor
        value={source}
        onChange={sourceField.onChange}
        label={t('source')}
        describedBy={problem ? 'query-source-error' : undefined}
      />
      {problem && (
        <div className="field-error" id="query-source-error" role="alert" data-field="source" data-testid="source-error">
          {refused ? (
            <>
              <strong>{t('sourceRefused')}</strong>
              <ul>
                {refused.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          ) : (
            invalid
          )}
        </div>
      )}
      <div className="verdict" data-testid="verdict" aria-live="polite" data-ok={current ? String(verdict.ok) : undefined}>
        <h3>{t('verdict')}</h3>
        {!verdict && <p className="muted">{checking ? t('checking') : t('notChecked')}</p>}
        {verdict && (
          <div className={checking ? 'stale' : ''}>
            {verdict.ok ? (
              <p className="notice notice-ok">{t('verdictOk', { type: verdict.queryType ?? '?' })}</p>
            ) : (
              <div className="notice notice-error">
                <strong>{t('verdictBad')}</strong>
                <ul>
                  {verdict.reasons.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              </div>
            )}
            {verdict.warnings.length > 0 && (
              <div className="notice notice-warn">
                <strong>{t('warnings')}</strong>
                <ul>
                  {verdict.warnings.map((w) => (
                    <li key={w}>{w}</li>
                  ))}
                </ul>
              </div>
            )}
            {verdict.parameters.length > 0 && (
              <p className="muted query-note">
                {t('parameters')}: {verdict.parameters.map((p) => `${p.name}: ${p.type}${p.required ? '' : '?'}`).join(', ')}
              </p>
            )}
          </div>
        )}
      </div>
      <ErrorNotice error={error} />
      <div className="dialog-actions">
        <button type="button" className="secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
        <button
          type="button"
          className="primary"
          onClick={(e) => void save(e)}
          disabled={saving || checking || !verdict?.ok}
          data-testid="save-query"
        >
          {saving ? t('saving') : t('save')}
        </button>
      </div>
      {query && (
        <details className="versions">
          <summary>{t('versions')}</summary>
          {versions.length === 0 ? (
            <p className="muted">{t('noVersions')}</p>
          ) : (
            <ul>
              {versions.map((v) => (
                <li key={v.version}>
                  {t('version', { version: v.version })} · {t('by', { user: v.savedByName ?? v.savedBy, date: fmt.dateTime(v.savedAt) })}{' '}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => setValue('source', v.source, { shouldDirty: true, shouldValidate: true })}
                  >
                    {t('load')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </details>
      )}
    </section>
  );
}
