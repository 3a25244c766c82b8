import { FieldError } from '../ui/FieldError';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { graphql } from '../api/graphql';
import { userRoleValue } from '../api/user-role-value';
import { useMessages } from '../i18n/i18n';
import { ErrorNotice } from '../ui/ErrorNotice';
import { CREATE_USER, type NewUser, type Reference } from './admin-api';
import { ACCOUNTS_MESSAGES, type AccountsKey } from './accounts-messages';
import { routeFormError } from './field-errors';
import { ScopeFields } from './ScopeFields';
import { newUserSchema, passwordChecks, USER_ROLES, userInput, type PasswordRule, type UserField } from './user-form';

const EMPTY: NewUser = { username: '', password: '', role: '', districtCode: null, municipalityCode: null };
const RULES: PasswordRule[] = ['length', 'classes', 'username'];
const FIELDS: readonly UserField[] = ['username', 'password', 'role', 'districtCode', 'municipalityCode'];

/** Creates a user: the password rules are shown first and ticked off while typing; errors stand by their field. */
export function CreateUserForm({ reference, onCreated }: { reference: Reference | null; onCreated(username: string): void }) {
  const t = useMessages(ACCOUNTS_MESSAGES);
  // The shared schema (@opspor/contract) checks on submit, then on every change; the API's refusals land on their field.
  const form = useForm<NewUser>({ defaultValues: EMPTY, resolver: zodResolver(newUserSchema) });
  const { register, handleSubmit, watch, setValue, setError: setFieldError, reset, formState } = form;
  const [showPassword, setShowPassword] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const values = watch();

  const checks = passwordChecks(values.password, values.username.trim());
  const message = (field: UserField): string | null => {
    const problem = formState.errors[field];
    if (!problem?.message) return null;
    return problem.type === 'server' ? t('serverRefused', { reason: problem.message }) : t(`problem.${problem.message}` as AccountsKey);
  };
  const described = (field: UserField, extra?: string) => {
    const ids = [extra, message(field) ? `user-${field}-error` : undefined].filter(Boolean).join(' ');
    return { 'aria-describedby': ids || undefined, 'aria-invalid': message(field) ? true : undefined };
  };

  const submit = handleSubmit(async (valid) => {
    setError(null);
    try {
      const input = userInput(valid);
      await graphql(CREATE_USER, { input: { ...input, role: userRoleValue(input.role) } });
      reset(EMPTY);
      onCreated(input.username);
    } catch (caught) {
      routeFormError(caught, FIELDS, setFieldError, setError);
    }
  });
  const busy = formState.isSubmitting;

  return (
    <form className="stack-form" aria-label={t('newUser')} noValidate onSubmit={(e) => void submit(e)}>
      <div className="rules-box" id="password-rules">
        <strong>{t('passwordRules')}</strong>
        <ul className="checklist" data-testid="password-rules">
          {RULES.map((rule) => {
            const kept = values.password !== '' && checks[rule];
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
          autoComplete="off"
          spellCheck={false}
          {...register('username')}
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
          autoComplete="new-password"
          {...register('password')}
          {...described('password', 'password-rules')}
        />
        <FieldError field="password" text={message('password')} />
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={showPassword} onChange={(e) => setShowPassword(e.target.checked)} /> {t('showPassword')}
      </label>
      <label>
        {t('role')}
        <select {...register('role')} {...described('role')}>
          <option value="">{t('choose')}</option>
          {USER_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}` as AccountsKey)}
            </option>
          ))}
        </select>
        {values.role && <span className="muted small">{t(`roleHint.${values.role}` as AccountsKey)}</span>}
        <FieldError field="role" text={message('role')} />
      </label>
      <ScopeFields
        role={values.role}
        value={values}
        reference={reference}
        prefix="user"
        message={(field) => message(field)}
        onChange={(patch) => {
          for (const [field, value] of Object.entries(patch) as [UserField, string | null][])
            setValue(field, value, { shouldValidate: formState.isSubmitted });
        }}
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
