import { href } from '../app/router';
import { useLang, useMessages } from '../i18n/i18n';
import { showDateTime } from '../ui/format';
import type { ReactNode } from 'react';
import type { AuditEvent } from './admin-api';
import { ACCOUNTS_MESSAGES, type AccountsKey } from './accounts-messages';
import { AUDIT_MESSAGES, operationLabel, type AuditKey } from './audit-messages';
import styles from './admin.module.css';
import tableStyles from '../ui/table.module.css';

const OUTCOME_CLASS: Record<string, string | undefined> = {
  ok: styles.outcomeOk,
  denied: styles.outcomeDenied,
  failed: styles.outcomeFailed,
};

/** Entries newest first: who, role, what, which persons, why, the outcome, the request id and when. */
export function AuditTable({ events }: { events: AuditEvent[] }) {
  const t = useMessages(AUDIT_MESSAGES);
  const { lang } = useLang();
  const outcome = (value: string) => {
    const key = `outcome.${value}`;
    return key in AUDIT_MESSAGES.da ? t(key as AuditKey) : value;
  };
  return (
    <div className={styles.tableWrap}>
      <table className={`${tableStyles.compact} ${styles.auditTable}`} data-testid="audit-table">
        <thead>
          <tr>
            <th scope="col">{t('col.seq')}</th>
            <th scope="col">{t('col.at')}</th>
            <th scope="col">{t('col.who')}</th>
            <th scope="col">{t('col.operation')}</th>
            <th scope="col">{t('col.persons')}</th>
            <th scope="col">{t('col.purpose')}</th>
            <th scope="col">{t('col.outcome')}</th>
            <th scope="col">{t('col.request')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.seq} data-seq={e.seq} data-operation={e.operation} data-actor={e.actor} data-outcome={e.outcome}>
              <td className="num muted">{e.seq}</td>
              <td className="nowrap">
                <time dateTime={e.at}>{showDateTime(e.at, lang)}</time>
              </td>
              <td className={styles.auditActor}>
                <AuditActor event={e} />
              </td>
              <td>
                {operationLabel(t, e.operation)}
                <div className="muted small">
                  <code>{e.operation}</code>
                </div>
                {e.detail && (
                  <details className={styles.auditDetail}>
                    <summary>{t('detail')}</summary>
                    <pre>{pretty(e.detail)}</pre>
                  </details>
                )}
              </td>
              <td className={`${styles.auditPersons} audit-persons`}>
                <AuditPersons persons={e.persons} />
              </td>
              <td>{e.purpose ?? ''}</td>
              <td>
                <span className={`${styles.auditOutcome} ${OUTCOME_CLASS[e.outcome] ?? ''}`}>{outcome(e.outcome)}</span>
              </td>
              <td>
                <code className="small">{e.requestId ?? ''}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Who acted, as a person reads it: a user's full name with the username as secondary text, an API
 * key's name, the system or the command line; an unknown account says so. The role comes last.
 */
function AuditActor({ event: e }: { event: AuditEvent }) {
  const t = useMessages(AUDIT_MESSAGES);
  const accounts = useMessages(ACCOUNTS_MESSAGES);
  const role = `role.${e.role}` in ACCOUNTS_MESSAGES.da ? accounts(`role.${e.role}` as AccountsKey) : null;
  const secondary = (text: string) => <div className={`muted small ${styles.auditActorId}`}>{text}</div>;
  let name: ReactNode;
  let id: string | null = e.actor;
  switch (e.actorKind) {
    case 'USER':
      name = e.actorName ?? <span className={styles.auditPersonGone}>{t('actor.noName')}</span>;
      break;
    case 'API_KEY':
      name = e.actorName ?? t('actor.unknownKey');
      id = `${t('actor.apiKey')} · ${e.actor}`;
      break;
    case 'SYSTEM':
      name = t('actor.system');
      id = null;
      break;
    case 'CLI':
      name = t('actor.cli');
      id = e.actor.replace(/^cli:/, '');
      break;
    default:
      name = <span className={styles.auditPersonGone}>{e.role === 'api-client' ? t('actor.unknownKey') : t('actor.unknown')}</span>;
  }
  return (
    <>
      <strong>{name}</strong>
      {id && secondary(id)}
      {role && e.actorKind !== 'API_KEY' && <div className="muted small">{role}</div>}
    </>
  );
}

/** How many persons an entry shows before the rest fold away (an audit-log read names a whole page of them). */
const PERSONS_SHOWN = 4;

/** Each person by name (or "(deleted person)"), the id as secondary text; the link filters the log to that person. */
function AuditPersons({ persons }: { persons: AuditEvent['persons'] }) {
  const t = useMessages(AUDIT_MESSAGES);
  const one = (p: AuditEvent['persons'][number]) => (
    <a key={p.id} href={href('/audit', { person: p.id })} title={t('filterPerson', { id: p.id })} data-person-id={p.id}>
      <span className={p.name == null ? styles.auditPersonGone : undefined}>{p.name ?? t('deletedPerson')}</span>{' '}
      <span className={`muted small ${styles.auditPersonId}`}>{p.id}</span>
    </a>
  );
  const rest = persons.slice(PERSONS_SHOWN);
  return (
    <>
      {persons.slice(0, PERSONS_SHOWN).map(one)}
      {rest.length > 0 && (
        <details className={styles.auditDetail}>
          <summary>{t('morePersons', { count: rest.length })}</summary>
          {rest.map(one)}
        </details>
      )}
    </>
  );
}

function pretty(json: string): string {
  try {
    return JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    return json;
  }
}
