import type { Lang } from '../i18n/i18n';
import { showDate } from '../ui/format';
import type { FlagMember } from '../review/review.types';
import { useMunicipalT } from './format';
import familyStyles from '../ui/family.module.css';

/** The children first, youngest first (the offer is aimed at the youngest): name, age, birth date. */
export function SupportChildren({ members, lang }: { members: readonly FlagMember[]; lang: Lang }) {
  const t = useMunicipalT();
  const children = members.filter((m) => m.relation === 'CHILD').sort((a, b) => b.birthDate.localeCompare(a.birthDate));
  return (
    <section className="card" aria-labelledby="children-h" data-testid="children">
      <h2 id="children-h">{t('flag.children')}</h2>
      <ul className={familyStyles.childCards}>
        {children.map((c) => (
          <li key={c.personId} className={`${familyStyles.childCard} child-card`} data-person-id={c.personId}>
            <strong>{c.name}</strong>
            <span>{t('flag.age', { age: c.age })}</span>
            <span className="muted">{t('flag.born', { date: showDate(c.birthDate, lang) })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
