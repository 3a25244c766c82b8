import { href } from '../app/router';
import { useMessages } from '../i18n/i18n';
import { EXPLORER_MESSAGES } from './explorer-messages';
import type { Family } from './family.types';
import type { HouseholdOverlay } from './genogram/elements';

/** Households on the date (colour = bubble), flagged clusters with links, and the symbol legend. */
export function FamilyLegend({ family, households }: { family: Family; households: HouseholdOverlay[] }) {
  const t = useMessages(EXPLORER_MESSAGES);
  const name = new Map(family.persons.map((p) => [p.id, p.name]));
  const flags = new Map<string, { status: string | null; members: string[] }>();
  for (const p of family.persons) {
    for (const f of p.flags) {
      const entry = flags.get(f.id) ?? { status: f.status, members: [] };
      entry.members.push(p.name);
      flags.set(f.id, entry);
    }
  }
  return (
    <div className="legend-row">
      <section aria-label={t('households')} data-testid="households">
        <h2>{t('households')}</h2>
        <ul className="households">
          {households.map((h) => (
            <li key={h.id} data-household={h.id}>
              <span className="swatch big" style={{ background: `${h.colour}40`, borderColor: h.colour }} aria-hidden="true" />
              <strong>{h.label}</strong>: {h.memberIds.map((id) => name.get(id) ?? id).join(', ')}
            </li>
          ))}
        </ul>
      </section>
      {flags.size > 0 && (
        <section aria-label={t('flags')} data-testid="flags">
          <h2>{t('flags')}</h2>
          <ul>
            {[...flags.entries()].map(([id, f]) => (
              <li key={id}>
                <span className="swatch flag" aria-hidden="true" />
                <a href={href(`/flags/${encodeURIComponent(id)}`)}>{t('flagLink', { id })}</a>{' '}
                <span className="muted">
                  {f.status ? t('flagStatus', { status: f.status }) : ''} · {f.members.join(', ')}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-label={t('legend')}>
        <h2>{t('legend')}</h2>
        <ul className="symbol-legend">
          <li>□ {t('legendMale')}</li>
          <li>○ {t('legendFemale')}</li>
          <li>☒ {t('legendDeceased')}</li>
          <li>— {t('legendMarried')}</li>
          <li>- - {t('legendCohabiting')}</li>
          <li>{t('legendSeparated')}</li>
          <li>{t('legendDivorced')}</li>
          <li>{t('legendSearched')}</li>
        </ul>
      </section>
    </div>
  );
}
