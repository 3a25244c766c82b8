import { useLang, useMessages } from '../i18n/i18n';
import { showDate } from './dates';
import { EXPLORER_MESSAGES } from './explorer-messages';
import type { Family, FamilyPerson } from './family.types';
import { badgesOf } from './genogram/badges';
import type { HouseholdOverlay } from './genogram/elements';
import { keyboardOrder } from './genogram/key-order';
import { personRelationLabel } from './genogram/relations';
import styles from './explorer.module.css';
import tableStyles from '../ui/table.module.css';

/**
 * The family as tables, one per household on the date (the genogram's bubbles), then everyone not
 * at a family address: the same persons, relations and badges as the drawing, for keyboards and
 * screen readers.
 */
export function FamilyListView({
  family,
  households,
  onOpen,
}: {
  family: Family;
  households: HouseholdOverlay[];
  onOpen(id: string): void;
}) {
  const t = useMessages(EXPLORER_MESSAGES);
  const { lang } = useLang();
  const byId = new Map(family.persons.map((p) => [p.id, p]));
  const since = new Map(
    family.households.flatMap((h) => (h.residents ?? []).map((r) => [`${h.addressId}|${r.personId}`, r.since] as const)),
  );
  const housed = new Set(households.flatMap((h) => h.memberIds));
  const rest = keyboardOrder(family.persons.filter((p) => !housed.has(p.id)));

  const table = (caption: string, persons: FamilyPerson[], householdId: string | null, colour?: string) => (
    <table
      className={`${tableStyles.compact} ${tableStyles.wide} ${styles.familyList}`}
      data-household={householdId ?? 'none'}
      key={householdId ?? 'none'}
    >
      <caption>
        {colour && (
          <span
            className={`${styles.swatch} ${styles.big}`}
            style={{ background: `${colour}40`, borderColor: colour }}
            aria-hidden="true"
          />
        )}
        {caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('colName')}</th>
          <th scope="col">{t('colRelation')}</th>
          <th scope="col">{t('colAge')}</th>
          <th scope="col">{t('colBorn')}</th>
          {householdId && <th scope="col">{t('colSince')}</th>}
          <th scope="col">{t('colHistory')}</th>
        </tr>
      </thead>
      <tbody>
        {persons.map((p) => (
          <tr key={p.id} data-person-id={p.id} className={p.kin === false ? styles.coresident : undefined}>
            <th scope="row">
              <button type="button" className="link-button" onClick={() => onOpen(p.id)}>
                {p.name}
              </button>
            </th>
            <td>{personRelationLabel(p, lang)}</td>
            <td className="num">{p.age ?? '—'}</td>
            <td>
              {showDate(p.birthDate, lang)}
              {p.deathDate && p.deceased ? ` – † ${showDate(p.deathDate, lang)}` : ''}
            </td>
            {householdId && <td>{since.has(`${householdId}|${p.id}`) ? showDate(since.get(`${householdId}|${p.id}`)!, lang) : '—'}</td>}
            <td>
              <ul className={styles.badgeLines}>
                {badgesOf(p, lang).map((b) => (
                  <li key={b.key} style={{ borderColor: b.colour, background: b.fill }}>
                    {b.label}
                  </li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <div className="family-list-view" data-testid="family-list">
      {households.map((h) => (
        <div key={h.id}>
          {table(h.label, keyboardOrder(h.memberIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []))), h.id, h.colour)}
          {h.parentElsewhere && <p className="muted small">{t('custodyUnknown')}</p>}
          {h.unlisted > 0 && <p className="muted small">{t('unlisted', { count: h.unlisted })}</p>}
        </div>
      ))}
      {rest.length > 0 && table(t('notInHousehold'), rest, null)}
    </div>
  );
}
