import { storedCode } from '../api/enum-codes';
import { useMemo, useState } from 'react';
import { GenogramCanvas } from '../explorer/GenogramCanvas';
import { buildGenogram } from '../explorer/genogram/elements';
import type { Lang } from '../i18n/i18n';
import { showDate } from '../ui/format';
import type { FlagMember } from '../review/review.types';
import { useLoad } from '../ui/useLoad';
import { ErrorNotice } from '../ui/ErrorNotice';
import { usePersonRead } from '../shell/purpose';
import { mlabel, useMunicipalT } from './format';
import { PERSON_INDICATORS } from './municipal-queries';
import { supportFamily } from './support-family';
import styles from './municipal.module.css';
import tableStyles from '../ui/table.module.css';

/**
 * The family as the support flag describes it, drawn with the explorer's genogram (no police
 * history), and a chosen person's own-municipality records, loaded only when asked for.
 */
export function SupportFamily({ members, asOf, lang }: { members: readonly FlagMember[]; asOf: string; lang: Lang }) {
  const t = useMunicipalT();
  const [selected, setSelected] = useState<string | null>(null);
  const genogram = useMemo(() => buildGenogram(supportFamily(members, asOf, t('flag.home')), lang), [members, asOf, lang, t]);
  const person = members.find((m) => m.personId === selected);
  // Children first, then the adults: the same order as the page.
  const ordered = [...members].sort(
    (a, b) => Number(b.relation === 'CHILD') - Number(a.relation === 'CHILD') || a.name.localeCompare(b.name),
  );

  return (
    <section className="card" aria-labelledby="family-h" data-testid="family">
      <h2 id="family-h">{t('flag.family')}</h2>
      <p className="muted small">{t('flag.familyIntro')}</p>
      <div className={styles.supportFamily}>
        <GenogramCanvas
          genogram={genogram}
          selectedId={selected}
          onSelect={setSelected}
          onExpand={() => undefined}
          label={t('flag.family')}
        />
        <div>
          <h3 id="picker-h">{t('flag.pickPerson')}</h3>
          <ul className={styles.memberPicker} aria-labelledby="picker-h">
            {ordered.map((m) => (
              <li key={m.personId}>
                <button
                  type="button"
                  className="secondary small"
                  aria-pressed={selected === m.personId}
                  data-person-id={m.personId}
                  onClick={() => setSelected(selected === m.personId ? null : m.personId)}
                >
                  {m.name}
                </button>
              </li>
            ))}
          </ul>
          {person ? (
            <PersonIndicators key={person.personId} person={person} lang={lang} />
          ) : (
            <p className="muted small">{t('flag.pickHint')}</p>
          )}
        </div>
      </div>
    </section>
  );
}

function PersonIndicators({ person, lang }: { person: FlagMember; lang: Lang }) {
  const t = useMunicipalT();
  const read = usePersonRead();
  const indicators = useLoad(
    (signal) => read(PERSON_INDICATORS, { personId: person.personId }, signal).then((r) => r.personIndicators),
    person.personId,
  );
  return (
    <div data-testid="person-indicators" data-person-id={person.personId} aria-live="polite">
      <h3>{t('flag.indicatorsFor', { name: person.name })}</h3>
      <ErrorNotice error={indicators.error} />
      {indicators.data && indicators.data.length === 0 && <p className="muted small">{t('flag.noIndicators', { name: person.name })}</p>}
      {indicators.data && indicators.data.length > 0 && (
        <table className={tableStyles.compact}>
          <thead>
            <tr>
              <th>{t('col.date')}</th>
              <th>{t('col.kind')}</th>
              <th>{t('flag.col.detail')}</th>
            </tr>
          </thead>
          <tbody>
            {indicators.data.map((i) => (
              <tr key={i.id}>
                <td>{showDate(i.date, lang)}</td>
                <td>{mlabel(t, 'kind', storedCode(i.kind))}</td>
                <td>{i.detail ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
