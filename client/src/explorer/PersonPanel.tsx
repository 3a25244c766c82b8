import { useLang, useMessages } from '../i18n/i18n';
import { ErrorNotice } from '../ui/ErrorNotice';
import { showDate } from './dates';
import { EXPLORER_MESSAGES, type ExplorerKey } from './explorer-messages';
import { caseKindLabel, categoryColour } from './genogram/categories';
import { ProvenanceSection } from './ProvenanceSection';
import { usePersonDetails } from './explorer-data';
import styles from './explorer.module.css';
import tableStyles from '../ui/table.module.css';

/** Details of the person clicked: cases (category, date, role, district), residence periods, kinship. */
export function PersonPanel({ personId, onClose, onOpen }: { personId: string; onClose(): void; onOpen(id: string): void }) {
  const t = useMessages(EXPLORER_MESSAGES);
  const { lang } = useLang();
  // read once per person while fresh: reopening the panel or choosing the person again is no new read
  const { data, error } = usePersonDetails(personId);

  const role = (r: string) => t(`role.${r}` as ExplorerKey);
  const p = data?.person;
  return (
    <aside className="side-panel" aria-label={t('panelTitle')} data-testid="person-panel">
      <div className={styles.panelHead}>
        <h2>{p ? p.name : t('panelTitle')}</h2>
        <button type="button" className="link-button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
      <ErrorNotice error={error} />
      {p && data && (
        <>
          <p className="muted">
            {t('born', { date: showDate(p.birthDate, lang) })}
            {p.deathDate ? ` · ${t('died', { date: showDate(p.deathDate, lang) })}` : ''} · {p.id}
          </p>
          <section>
            <h3>
              {t('cases')} <span className="muted">({t('casesTotal', { count: data.personCases.totalCount })})</span>
            </h3>
            {data.personCases.items.length === 0 ? (
              <p className="muted">{t('noCases')}</p>
            ) : (
              <table className={tableStyles.compact}>
                <thead>
                  <tr>
                    <th>{t('category')}</th>
                    <th>{t('date')}</th>
                    <th>{t('role')}</th>
                    <th>{t('district')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.personCases.items.map((c) => (
                    <tr key={`${c.caseId}-${c.role}`}>
                      <td>
                        <span className={styles.swatch} style={{ background: categoryColour(c.category) }} aria-hidden="true" />
                        {caseKindLabel(c.category, c.subcategory, lang, lang === 'da' ? c.categoryLabelDa : c.categoryLabelEn)}
                      </td>
                      <td>{showDate(c.occurredAt.slice(0, 10), lang)}</td>
                      <td>{role(c.role)}</td>
                      <td title={c.districtCode ?? undefined}>{c.districtName ?? c.districtCode}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {data.personCases.hasNextPage && <p className="muted">{t('truncated')}</p>}
          </section>
          <section>
            <h3>{t('residences')}</h3>
            <table className={tableStyles.compact}>
              <thead>
                <tr>
                  <th>{t('address')}</th>
                  <th>{t('municipality')}</th>
                  <th>{t('period')}</th>
                </tr>
              </thead>
              <tbody>
                {p.residences.map((r) => (
                  <tr key={`${r.addressId}-${r.from}`}>
                    <td>
                      {r.street}, {r.postalCode} {r.city}
                    </td>
                    <td>{r.municipalityName ?? r.municipalityCode}</td>
                    <td>
                      {showDate(r.from, lang)} – {r.to ? showDate(r.to, lang) : t('now')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {p.residencesTruncated && <p className="muted">{t('truncated')}</p>}
          </section>
          <section>
            <h3>{t('kinship')}</h3>
            <dl className={styles.kinship}>
              <dt>{t('parents')}</dt>
              <dd>{names(p.kinship.parents, onOpen)}</dd>
              <dt>{t('partners')}</dt>
              <dd>
                {p.kinship.partners.map((k, i) => (
                  <span key={`${k.person.id}-${k.from}`}>
                    {i > 0 && ', '}
                    <button type="button" className="link-button" onClick={() => onOpen(k.person.id)}>
                      {k.person.name}
                    </button>{' '}
                    <span className="muted">
                      ({t(`kind.${k.kind}` as ExplorerKey)} {k.from ? showDate(k.from, lang) : ''}–{k.to ? showDate(k.to, lang) : ''})
                    </span>
                  </span>
                ))}
              </dd>
              <dt>{t('children')}</dt>
              <dd>{names(p.kinship.children, onOpen)}</dd>
            </dl>
          </section>
          <ProvenanceSection entries={p.provenance} />
        </>
      )}
    </aside>
  );
}

function names(list: { id: string; name: string }[], onOpen: (id: string) => void) {
  return list.map((k, i) => (
    <span key={k.id}>
      {i > 0 && ', '}
      <button type="button" className="link-button" onClick={() => onOpen(k.id)}>
        {k.name}
      </button>
    </span>
  ));
}
