import type { Lang } from '../i18n/i18n';
import { showDate } from '../ui/format';
import type { FlagMember } from '../review/review.types';
import { sourceLabel, useMunicipalT } from './format';
import type { SharedCaseCount, SharingBasis } from './municipal.types';
import styles from './municipal.module.css';
import tableStyles from '../ui/table.module.css';

/** The sharing bases the view relies on, at the top of the page: what law, for what, from whom, until when. */
export function SharingNotice({ bases, lang }: { bases: readonly SharingBasis[]; lang: Lang }) {
  const t = useMunicipalT();
  if (bases.length === 0) return null;
  return (
    <section className={styles.sharingNotice} aria-labelledby="sharing-h" data-testid="sharing-bases">
      <h2 id="sharing-h">{t('sharing.title')}</h2>
      {bases.map((b) => (
        <dl key={b.id} data-basis-id={b.id}>
          <dt>{t('sharing.basis')}</dt>
          <dd>
            <strong>{b.legalBasis}</strong>
          </dd>
          <dt>{t('sharing.purpose')}</dt>
          <dd>{b.purpose}</dd>
          <dt>{t('sharing.from')}</dt>
          <dd>{sourceLabel(t, b.fromSource)}</dd>
          <dt>{t('sharing.valid')}</dt>
          <dd>{t('sharing.validRange', { from: showDate(b.validFrom, lang), until: showDate(b.validUntil, lang) })}</dd>
        </dl>
      ))}
    </section>
  );
}

/** Police history as counts by category: present only when the API shares it under a basis, which is named here too. */
export function SharedPoliceHistory({
  history,
  bases,
  members,
}: {
  history: readonly SharedCaseCount[];
  bases: readonly SharingBasis[];
  members: readonly FlagMember[];
}) {
  const t = useMunicipalT();
  if (history.length === 0) return null;
  const name = new Map(members.map((m) => [m.personId, m.name]));
  return (
    <section className={`card ${styles.sharedPolice}`} aria-labelledby="shared-h" data-testid="shared-police">
      <h2 id="shared-h">{t('shared.title')}</h2>
      <p className="small">{t('shared.intro', { bases: bases.map((b) => b.legalBasis).join('; ') })}</p>
      <table className={tableStyles.compact}>
        <thead>
          <tr>
            <th>{t('shared.col.person')}</th>
            <th>{t('shared.col.category')}</th>
            <th>{t('shared.col.cases')}</th>
          </tr>
        </thead>
        <tbody>
          {history.map((h) => (
            <tr key={`${h.personId}-${h.category}`}>
              <td>{name.get(h.personId) ?? h.personId}</td>
              <td>{h.category.charAt(0).toUpperCase() + h.category.slice(1)}</td>
              <td>{h.cases}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
