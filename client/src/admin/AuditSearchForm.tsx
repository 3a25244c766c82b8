import { useState } from 'react';
import { useMessages } from '../i18n/i18n';
import { AUDIT_MESSAGES, OPERATIONS, operationLabel } from './audit-messages';
import styles from './admin.module.css';
import { DateField } from '../ui/DateField';

export interface AuditFilter {
  actor: string;
  operation: string;
  person: string;
  from: string;
  to: string;
}

export const EMPTY_FILTER: AuditFilter = { actor: '', operation: '', person: '', from: '', to: '' };

/** The search by user, operation, person and period (whole Danish days, both ends included). */
export function AuditSearchForm({ filter, onSearch }: { filter: AuditFilter; onSearch(filter: AuditFilter): void }) {
  const t = useMessages(AUDIT_MESSAGES);
  const [form, setForm] = useState(filter);
  const field = (key: keyof AuditFilter) => ({
    name: key,
    value: form[key],
    onChange: (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value }),
  });
  const operations = [...OPERATIONS].sort((a, b) => operationLabel(t, a).localeCompare(operationLabel(t, b)));
  return (
    <form
      className={`${styles.auditSearch} audit-search`}
      role="search"
      aria-label={t('search')}
      onSubmit={(e) => {
        e.preventDefault();
        onSearch({ ...form, actor: form.actor.trim(), person: form.person.trim() });
      }}
    >
      <label>
        {t('actor')}
        <input type="text" autoComplete="off" spellCheck={false} {...field('actor')} />
      </label>
      <label>
        {t('operation')}
        <select {...field('operation')}>
          <option value="">{t('anyOperation')}</option>
          {operations.map((op) => (
            <option key={op} value={op}>
              {operationLabel(t, op)} ({op})
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('personId')}
        <input type="text" autoComplete="off" spellCheck={false} {...field('person')} />
      </label>
      <label>
        {t('from')}
        <DateField {...field('from')} />
      </label>
      <label>
        {t('to')}
        <DateField {...field('to')} />
      </label>
      <div className={styles.auditSearchActions}>
        <button type="submit" className="primary small">
          {t('find')}
        </button>
        <button
          type="button"
          className="secondary small"
          onClick={() => {
            setForm(EMPTY_FILTER);
            onSearch(EMPTY_FILTER);
          }}
        >
          {t('clear')}
        </button>
      </div>
    </form>
  );
}
