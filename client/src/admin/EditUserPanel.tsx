import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { GraphQLRequestError, graphql } from '../api/graphql';
import { userRoleValue } from '../api/user-role-value';
import { useLang, useMessages } from '../i18n/i18n';
import { showDateTime } from '../ui/format';
import { ErrorNotice } from '../ui/ErrorNotice';
import type { Reference } from './admin-api';
import { ACCOUNTS_MESSAGES, type AccountsKey } from './accounts-messages';
import { FieldError } from '../ui/FieldError';
import { ScopeFields } from './ScopeFields';
import { routeFormError } from './field-errors';
import { changeInput, editForm, endsSessions, userChangeSchema, type EditField } from './user-edit';
import { USER_ROLES } from './user-form';
import { userStatus } from './user-list';
import { RESET_USER_PASSWORD, SET_USER_ACTIVE, UNLOCK_USER, UPDATE_USER, type UserAccount, type UserChange } from './users-admin-api';

type Done = 'saved' | 'deactivated' | 'reactivated' | 'unlocked';
const FIELDS: readonly EditField[] = ['fullName', 'title', 'role', 'districtCode', 'municipalityCode'];

/**
 * One user as an admin changes them: name, title, role and scope; deactivate or reactivate,
 * unlock, and a temporary password shown once. Each change sends the version read; when someone
 * changed the user in between, the page reloads them and says so.
 */
export function EditUserPanel({
  user,
  me,
  reference,
  onChanged,
  onClose,
}: {
  user: UserAccount;
  me: string;
  reference: Reference | null;
  onChanged(): void;
  onClose(): void;
}) {
  const t = useMessages(ACCOUNTS_MESSAGES);
  const { lang } = useLang();
  // The rules (user-edit.ts) check on save, then on every change; the API's refusals land on their field.
  const {
    register,
    handleSubmit,
    watch,
    setValue,
    setError: setFieldError,
    reset: resetForm,
    formState,
  } = useForm<UserChange>({
    defaultValues: editForm(user),
    resolver: zodResolver(userChangeSchema),
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [temporary, setTemporary] = useState<string | null>(null);
  const form = watch();
  // A reloaded account (a new version) starts the form again from what is stored.
  useEffect(() => resetForm(editForm(user)), [user, resetForm]);
  // Any edit clears the note of what was done last; the reset that follows a reloaded account
  // (it comes right after a save) has no field name and keeps the note.
  useEffect(() => {
    const watching = watch((_values, { name }) => {
      if (name) setDone(null);
    });
    return () => watching.unsubscribe();
  }, [watch]);

  const status = userStatus(user, Date.now());
  const message = (field: EditField): string | null => {
    const problem = formState.errors[field];
    if (!problem?.message) return null;
    return problem.type === 'server'
      ? t('serverRefused', { reason: problem.message })
      : t(`edit.problem.${problem.message}` as AccountsKey);
  };
  const described = (field: EditField) =>
    message(field) ? { 'aria-describedby': `edit-${field}-error`, 'aria-invalid': true as const } : {};

  const run = async (action: () => Promise<void>, outcome: Done | null) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      await action();
      setDone(outcome);
      onChanged();
    } catch (caught) {
      routeFormError(caught, FIELDS, setFieldError, setError);
      if (caught instanceof GraphQLRequestError && caught.code === 'CONFLICT') onChanged();
    } finally {
      setBusy(false);
    }
  };

  const save = handleSubmit((valid) => {
    if (endsSessions(user, valid) && !window.confirm(t('edit.confirmScope', { username: user.username }))) return;
    return run(
      () => graphql(UPDATE_USER, { input: { ...changeInput(valid), role: userRoleValue(valid.role) } }).then(() => undefined),
      'saved',
    );
  });
  const setActive = (active: boolean) => {
    if (!window.confirm(t(active ? 'edit.confirmReactivate' : 'edit.confirmDeactivate', { username: user.username }))) return;
    void run(
      () => graphql(SET_USER_ACTIVE, { username: user.username, version: user.version, active }).then(() => undefined),
      active ? 'reactivated' : 'deactivated',
    );
  };
  const unlock = () =>
    void run(() => graphql(UNLOCK_USER, { username: user.username, version: user.version }).then(() => undefined), 'unlocked');
  const reset = () => {
    if (!window.confirm(t('edit.confirmReset', { username: user.username }))) return;
    void run(async () => {
      const r = await graphql(RESET_USER_PASSWORD, {
        username: user.username,
        version: user.version,
      });
      setTemporary(r.resetUserPassword.temporaryPassword);
    }, null);
  };

  return (
    <section className="card" aria-labelledby="edit-user-h" data-testid="edit-user">
      <div className="page-head">
        <h2 id="edit-user-h">{t('edit.title', { name: user.fullName ?? user.username })}</h2>
        <button type="button" className="link-button" onClick={onClose}>
          {t('edit.close')}
        </button>
      </div>
      <dl className="facts small">
        <dt>{t('col.username')}</dt>
        <dd>{user.username}</dd>
        <dt>{t('col.lastSignIn')}</dt>
        <dd>{user.lastSignInAt ? showDateTime(user.lastSignInAt, lang) : t('neverSignedIn')}</dd>
      </dl>
      {done && (
        <p className="notice notice-ok" role="status" data-testid="user-done">
          {t(`edit.done.${done}` as AccountsKey, { username: user.username })}
        </p>
      )}
      {temporary && (
        <div className="notice notice-warn" role="status" data-testid="temporary-password">
          <strong>{t('edit.temporary', { username: user.username })}</strong>
          <code className="temporary-password">{temporary}</code>
          <span className="small">{t('edit.temporaryHint')}</span>
        </div>
      )}
      <ErrorNotice error={error} />
      <form className="stack-form" aria-label={t('edit.form')} noValidate onSubmit={(e) => void save(e)}>
        <label>
          {t('fullName')}
          <input type="text" {...register('fullName')} {...described('fullName')} />
          <span className="muted small">{t('fullNameHint')}</span>
          <FieldError prefix="edit" field="fullName" text={message('fullName')} />
        </label>
        <label>
          {t('title')}
          <input type="text" {...register('title')} {...described('title')} />
          <FieldError prefix="edit" field="title" text={message('title')} />
        </label>
        <label>
          {t('role')}
          <select {...register('role')} disabled={user.username === me} {...described('role')}>
            {USER_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}` as AccountsKey)}
              </option>
            ))}
          </select>
          {user.username === me && <span className="muted small">{t('edit.ownRole')}</span>}
          <FieldError prefix="edit" field="role" text={message('role')} />
        </label>
        <ScopeFields
          role={form.role}
          value={form}
          reference={reference}
          prefix="edit"
          message={(field) => message(field)}
          onChange={(patch) => {
            for (const [field, value] of Object.entries(patch) as [EditField, string | null][])
              setValue(field, value, { shouldValidate: formState.isSubmitted });
          }}
        />
        {endsSessions(user, form) && <p className="muted small">{t('edit.scopeEndsSessions')}</p>}
        <div className="button-row">
          <button type="submit" className="primary" disabled={busy} data-testid="save-user">
            {t('edit.save')}
          </button>
        </div>
      </form>
      <h3>{t('edit.access')}</h3>
      <div className="button-row">
        {status === 'locked' && (
          <button type="button" disabled={busy} onClick={unlock} data-testid="unlock-user">
            {t('edit.unlock')}
          </button>
        )}
        {user.disabled ? (
          <button type="button" disabled={busy} onClick={() => setActive(true)} data-testid="reactivate-user">
            {t('edit.reactivate')}
          </button>
        ) : (
          user.username !== me && (
            <button type="button" className="danger" disabled={busy} onClick={() => setActive(false)} data-testid="deactivate-user">
              {t('edit.deactivate')}
            </button>
          )
        )}
        <button type="button" disabled={busy} onClick={reset} data-testid="reset-password">
          {t('edit.reset')}
        </button>
      </div>
      <p className="muted small">{t('edit.accessHint')}</p>
    </section>
  );
}
