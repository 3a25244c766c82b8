import { useState } from 'react';
import { graphql } from '../api/graphql';
import { useMessages } from '../i18n/i18n';
import { ErrorNotice } from '../shell/ErrorNotice';
import { CREATE_USER, type NewUser, type Reference } from './admin-api';
import { ACCOUNTS_MESSAGES, type AccountsKey } from './accounts-messages';
import { routeError } from './field-errors';
import { ScopeFields } from './ScopeFields';
import { passwordChecks, USER_ROLES, userInput, userProblems, type PasswordRule, type UserField } from './user-form';

const EMPTY: NewUser = { username: '', password: '', role: '', districtCode: null, municipalityCode: null };
const RULES: PasswordRule[] = ['length', 'classes', 'username'];

/** Creates a user: the password rules are shown first and ticked off while typing; errors stand by their field. */
export function CreateUserForm({ reference, onCreated }: { reference: Reference | null; onCreated(username: string): void }) {
  const t = useMessages(ACCOUNTS_MESSAGES);
  const [form, setForm] = useState<NewUser>(EMPTY);
  const [tried, setTried] = useState(false);
  const [showPassword, setShowPassword] = useState(false);
  const [busy, setBusy] = useState(false);
  const [serverErrors, setServerErrors] = useState<Partial<Record<string, string>>>({});
  const [error, setError] = useState<unknown>(null);

  const problems = userProblems(form);
  const checks = passwordChecks(form.password, form.username);
  const message = (field: UserField): string | null => {
    const p = tried ? problems[field] : undefined;
    return p ? t(`problem.${p}` as AccountsKey) : serverErrors[field] ? t('serverRefused', { reason: serverErrors[field] }) : null;
  };
  const set = (patch: Partial<NewUser>) => {
    setForm({ ...form, ...patch });
    setServerErrors({});
  };
  const described = (field: UserField, extra?: string) => {
    const ids = [extra, message(field) ? `user-${field}-error` : undefined].filter(Boolean).join(' ');
    return { 'aria-describedby': ids || undefined, 'aria-invalid': message(field) ? true : undefined };
  };

  const submit = async () => {
    setTried(true);
    setError(null);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      const input = userInput(form);
      await graphql<{ createUser: boolean }>(CREATE_USER, { input });
      setForm(EMPTY);
      setTried(false);
      onCreated(input.username);
    } catch (caught) {
      routeError(caught, setServerErrors, setError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="stack-form"
      aria-label={t('newUser')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="rules-box" id="password-rules">
        <strong>{t('passwordRules')}</strong>
        <ul className="checklist" data-testid="password-rules">
          {RULES.map((rule) => {
            const kept = form.password !== '' && checks[rule];
            return (
              <li key={rule} className={kept ? 'kept' : undefined} data-kept={String(kept)}>
                <span aria-hidden="true">{kept ? '✓' : '•'}</span> {t(`rule.${rule}` as AccountsKey)}
              </li>
            );
          })}
        </ul>
      </div>
      <label>
        {t('username')}
        <input
          type="text"
          name="username"
          autoComplete="off"
          spellCheck={false}
          value={form.username}
          onChange={(e) => set({ username: e.target.value })}
          {...described('username', 'user-username-hint')}
        />
        <span className="muted small" id="user-username-hint">
          {t('usernameHint')}
        </span>
        <FieldError field="username" text={message('username')} />
      </label>
      <label>
        {t('password')}
        <input
          type={showPassword ? 'text' : 'password'}
          name="password"
          autoComplete="new-password"
          value={form.password}
          onChange={(e) => set({ password: e.target.value })}
          {...described('password', 'password-rules')}
        />
        <FieldError field="password" text={message('password')} />
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={showPassword} onChange={(e) => setShowPassword(e.target.checked)} /> {t('showPassword')}
      </label>
      <label>
        {t('role')}
        <select name="role" value={form.role} onChange={(e) => set({ role: e.target.value })} {...described('role')}>
          <option value="">{t('choose')}</option>
          {USER_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}` as AccountsKey)}
            </option>
          ))}
        </select>
        {form.role && <span className="muted small">{t(`roleHint.${form.role}` as AccountsKey)}</span>}
        <FieldError field="role" text={message('role')} />
      </label>
      <ScopeFields
        role={form.role}
        value={form}
        reference={reference}
        prefix="user"
        message={(field) => message(field)}
        onChange={(patch) => set(patch)}
      />
      <ErrorNotice error={error} />
      <p className="muted small">{t('passwordHandOver')}</p>
      <div className="button-row">
        <button type="submit" className="primary" disabled={busy} data-testid="create-user">
          {busy ? t('creating') : t('create')}
        </button>
      </div>
    </form>
  );
}

export function FieldError({ field, text, prefix = 'user' }: { field: string; text: string | null | undefined; prefix?: string }) {
  if (!text) return null;
  return (
    <span className="field-error" id={`${prefix}-${field}-error`} role="alert" data-field={field}>
      {text}
    </span>
  );
}
