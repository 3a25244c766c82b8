import { href } from '../app/router';
import { useMessages, type Lang } from '../i18n/i18n';
import { showDate, showDateTime } from '../ui/format';
import type { FlagChanges, FlagDetail } from '../review/review.types';
import { VERSION_MESSAGES } from './version-messages';
import styles from './cluster.module.css';

type VT = ReturnType<typeof useVersionT>;

export function useVersionT() {
  return useMessages(VERSION_MESSAGES);
}

const who = (rule: string, person: string | null) => (person ? `${rule} · ${person}` : rule);

/** What changed between two versions, in words: signals, records, score, address, household. */
function ChangeList({ changes, t, lang }: { changes: FlagChanges; t: VT; lang: Lang }) {
  const items: string[] = [];
  if (changes.scoreFrom !== changes.scoreTo) items.push(t('changes.score', { from: changes.scoreFrom, to: changes.scoreTo }));
  if (changes.addressTo) items.push(t('changes.moved', { from: changes.addressFrom ?? '', to: changes.addressTo }));
  for (const s of changes.signalsAdded) items.push(t('changes.signalAdded', { rule: who(s.ruleTitle, s.personName) }));
  for (const s of changes.signalsRemoved) items.push(t('changes.signalRemoved', { rule: who(s.ruleTitle, s.personName) }));
  for (const e of changes.evidenceAdded)
    items.push(t('changes.evidenceAdded', { date: showDate(e.date, lang), rule: who(e.ruleTitle, e.personName) }));
  for (const e of changes.evidenceRemoved)
    items.push(t('changes.evidenceRemoved', { date: showDate(e.date, lang), rule: who(e.ruleTitle, e.personName) }));
  if (changes.membersAdded.length) items.push(t('changes.membersAdded', { names: changes.membersAdded.join(', ') }));
  if (changes.membersRemoved.length) items.push(t('changes.membersRemoved', { names: changes.membersRemoved.join(', ') }));
  return (
    <div className={styles.versionChanges} data-testid={`changes-${changes.since}`} role="status">
      <h3>{t(`changes.${changes.since as 'report' | 'last-seen'}`, { from: changes.fromVersion, to: changes.toVersion })}</h3>
      <ul>
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

/** The top of a flag: who owns it, which version is shown, and what changed since the user (or the report) last saw it. */
export function VersionNotices({ flag, lang }: { flag: FlagDetail; lang: Lang }) {
  const t = useVersionT();
  const older = flag.viewingVersion !== flag.version;
  const shown = flag.versions.find((v) => v.n === flag.viewingVersion);
  return (
    <>
      {flag.readOnly && (
        <p className={`notice notice-warn ${styles.readOnlyNotice} read-only-notice`}>
          {t('owner.readOnly', { owner: flag.ownerDistrictName })}
        </p>
      )}
      {older && (
        <p className="notice notice-warn" data-testid="older-version">
          {t('version.viewing', { n: flag.viewingVersion, current: flag.version, date: showDate(shown?.asOf, lang) })}{' '}
          <a href={href(`/flags/${encodeURIComponent(flag.id)}`)}>{t('version.toCurrent')}</a>
        </p>
      )}
      {flag.changes.map((c) => (
        <ChangeList key={c.since} changes={c} t={t} lang={lang} />
      ))}
    </>
  );
}

/** Every version of the flag, newest first, with the rule settings that produced it. */
export function VersionsSection({ flag, lang }: { flag: FlagDetail; lang: Lang }) {
  const t = useVersionT();
  return (
    <section className="card versions" aria-labelledby="versions-title" data-testid="versions">
      <h2 id="versions-title">{t('version.title')}</h2>
      {flag.reportVersion !== null && <p className="muted">{t('version.reportCites', { n: flag.reportVersion })}</p>}
      <table className={`${styles.versionsTable} versions-table`}>
        <thead>
          <tr>
            <th>{t('version.col.n')}</th>
            <th>{t('version.col.created')}</th>
            <th>{t('version.col.asOf')}</th>
            <th className="num">{t('version.col.score')}</th>
            <th>{t('version.col.reason')}</th>
            <th>{t('version.col.settings')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {flag.versions.map((v) => (
            <tr key={v.n} aria-current={v.n === flag.viewingVersion ? 'true' : undefined}>
              <td>{v.n === flag.version ? t('version.current', { n: v.n }) : v.n}</td>
              <td>{showDateTime(v.createdAt, lang)}</td>
              <td>{showDate(v.asOf, lang)}</td>
              <td className="num">{v.score}</td>
              <td>{t(`version.reason.${v.reason}` as Parameters<VT>[0])}</td>
              <td className="muted small" title={v.settingsHash ?? undefined}>
                {v.settingsHash
                  ? v.settingsVersion
                    ? t('version.settings', { version: v.settingsVersion, hash: v.settingsHash.slice(0, 8) })
                    : t('version.settingsHash', { hash: v.settingsHash.slice(0, 8) })
                  : t('version.settingsNone')}
              </td>
              <td>
                {v.n !== flag.viewingVersion && (
                  <a href={href(`/flags/${encodeURIComponent(flag.id)}`, { version: v.n === flag.version ? null : v.n })}>
                    {t('version.open')}
                  </a>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
