import type { Lang } from '../i18n/i18n';
import { storedCode } from '../api/enum-codes';
import { label, useReviewT } from '../review/format';
import { showDate } from '../ui/format';
import type { FlagDetail, FlagMember } from '../review/review.types';
import familyStyles from '../ui/family.module.css';
import tableStyles from '../ui/table.module.css';
import styles from './cluster.module.css';

/** The children first: age, birth date and where they live. */
export function ChildrenSection({ flag, lang }: { flag: FlagDetail; lang: Lang }) {
  const t = useReviewT();
  const children = flag.members.filter((m) => m.relation === 'CHILD');
  const address = flag.address ? `${flag.address.street}, ${flag.address.postalCode} ${flag.address.city}` : flag.municipalityName;
  return (
    <section className="card" aria-labelledby="children-h" data-testid="children">
      <h2 id="children-h">{t('cluster.children')}</h2>
      <ul className={familyStyles.childCards}>
        {children.map((c) => (
          <li key={c.personId} className={`${familyStyles.childCard} child-card`} data-person-id={c.personId}>
            <strong>{c.name}</strong>
            <span>{t('cluster.age', { age: c.age })}</span>
            <span className="muted">{t('cluster.born', { date: showDate(c.birthDate, lang) })}</span>
            <span className="muted">{t('cluster.livesAt', { address })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Adults at the address and parents elsewhere: their relation to each child and whether they live
 * with them. Shared with the municipal support flag page, which leaves out the note on what the
 * police cannot know (custody): it speaks for the police, not for the municipality.
 */
export function AdultsSection({ flag, custodyNote = true }: { flag: Pick<FlagDetail, 'members'>; custodyNote?: boolean }) {
  const t = useReviewT();
  const childName = new Map(flag.members.filter((m) => m.relation === 'CHILD').map((c) => [c.personId, c.name]));
  const adults = flag.members.filter((m) => m.relation !== 'CHILD');
  const relationText = (m: FlagMember) =>
    m.relations
      .filter((r) => r.relation !== 'SELF')
      .map((r) => `${label(t, 'relation', storedCode(r.relation))} – ${childName.get(r.childId) ?? r.childId}`)
      .join('; ');
  return (
    <section className="card" aria-labelledby="adults-h" data-testid="adults">
      <h2 id="adults-h">{t('cluster.adults')}</h2>
      <table className={`${tableStyles.compact} ${tableStyles.wide}`}>
        <thead>
          <tr>
            <th>{t('cluster.col.name')}</th>
            <th>{t('cluster.col.age')}</th>
            <th>{t('cluster.col.relation')}</th>
            <th>{t('cluster.col.lives')}</th>
          </tr>
        </thead>
        <tbody>
          {adults.map((m) => (
            <tr key={m.personId} data-person-id={m.personId}>
              <td>{m.name}</td>
              <td className="num">{m.age}</td>
              <td>{relationText(m)}</td>
              <td>
                <span className={m.livesWithChildren ? `${styles.livesHere} lives-here` : styles.livesElsewhere}>
                  {label(t, 'member', storedCode(m.relation))}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {custodyNote && adults.some((m) => m.relation === 'PARENT_ELSEWHERE') && <p className="muted small">{t('cluster.custody')}</p>}
    </section>
  );
}
