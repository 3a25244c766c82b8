import { useEffect, useState } from 'react';
import { GraphQLRequestError, graphql } from '../api/graphql';
import { userRoleValue } from '../api/roles';
import { useLang, useMessages } from '../i18n/i18n';
import { showDateTime } from '../ui/format';
import { ErrorNotice } from '../ui/ErrorNotice';
import type { Reference } from './admin-api';
import { ACCOUNTS_MESSAGES, type AccountsKey } from './accounts-messages';
import { FieldError } from './CreateUserForm';
import { ScopeFields } from './ScopeFields';
import { routeError } from './field-errors';
import { changeInput, editForm, editProblems, endsSessions, type EditField } from './user-edit';
import { USER_ROLES } from './user-form';
import { userStatus } from './user-list';
import { RESET_USER_PASSWORD, SET_USER_ACTIVE, UNLOCK_USER, UPDATE_USER, type UserAccount, type UserChange } from './users-admin-api';

type Done = 'saved' | 'deactivated' | 'reactivated' | 'unlocked';

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
  const [form, setForm] = useState<UserChange>(() => editForm(user));
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [serverErrors, setServerErrors] = useState<Partial<Record<string, string>>>({});
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [temporary, setTemporary] = useState<string | null>(null);
  // A reloaded account (a new version) starts the form again from what is stored.
  useEffect(() => setForm(editForm(user)), [user]);

  const status = userStatus(user, Date.now());
  const problems = editProblems(form);
  const message = (field: EditField): string | null => {
    const p = tried ? problems[field] : undefined;
    return p ? t(`edit.problem.${p}` as AccountsKey) : serverErrors[field] ? t('serverRefused', { reason: serverErrors[field] }) : null;
  };
  const set = (patch: Partial<UserChange>) => {
    setForm({ ...form, ...patch });
    setServerErrors({});
    setDone(null);
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
      routeError(caught, setServerErrors, setError);
      if (caught instanceof GraphQLRequestError && caught.code === 'CONFLICT') onChanged();
    } finally {
      setBusy(false);
    }
  };

  const save = () => {
    setTried(true);
    if (Object.keys(problems).length > 0) return;
    if (endsSessions(user, form) && !window.confirm(t('edit.confirmScope', { username: user.username }))) return;
    void run(
      () => graphql(UPDATE_USER, { input: { ...changeInput(form), role: userRoleValue(form.role) } }).then(() => undefined),
      'saved',
    );
  };
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
      <form
        className="stack-form"
        aria-label={t('edit.form')}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <label>
          {t('fullName')}
          <input
            type="text"
            name="fullName"
            value={form.fullName ?? ''}
            onChange={(e) => set({ fullName: e.target.value })}
            {...described('fullName')}
          />
          <span className="muted small">{t('fullNameHint')}</span>
          <FieldError prefix="edit" field="fullName" text={message('fullName')} />
        </label>
        <label>
          {t('title')}
          <input
            type="text"
            name="title"
            value={form.title ?? ''}
            onChange={(e) => set({ title: e.target.value })}
            {...described('title')}
          />
          <FieldError prefix="edit" field="title" text={message('title')} />
        </label>
        <label>
          {t('role')}
          <select
            name="role"
            value={form.role}
            disabled={user.username === me}
            onChange={(e) => set({ role: e.target.value })}
            {...described('role')}
          >
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
          onChange={(patch) => set(patch)}
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
