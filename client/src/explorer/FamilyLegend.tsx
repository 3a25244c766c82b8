import { href } from '../app/router';
import { useLang, useMessages } from '../i18n/i18n';
import { label, useReviewT } from '../review/format';
import { EXPLORER_MESSAGES, type ExplorerKey } from './explorer-messages';
import type { Family } from './family.types';
import type { HouseholdOverlay } from './genogram/elements';
import type { LegendLine } from './genogram/export';
import { personRelationLabel } from './genogram/relations';
import { LEGEND } from './genogram/legend';
import styles from './explorer.module.css';

/** The symbol legend as lines with their icons (also painted into the exported picture). */
export function legendLines(t: (key: ExplorerKey) => string): LegendLine[] {
  return LEGEND.map((entry) => ({ key: entry.key, icon: entry.icon, text: t(entry.key) }));
}

/** Households on the date (colour = bubble), flagged clusters with links, and the complete symbol legend. */
export function FamilyLegend({ family, households }: { family: Family; households: HouseholdOverlay[] }) {
  const t = useMessages(EXPLORER_MESSAGES);
  const rt = useReviewT();
  const { lang } = useLang();
  const byId = new Map(family.persons.map((p) => [p.id, p]));
  const who = (id: string) => {
    const p = byId.get(id);
    return p ? `${p.name} (${personRelationLabel(p, lang)})` : id;
  };
  const flags = new Map<string, { status: string | null; members: string[] }>();
  for (const p of family.persons) {
    for (const f of p.flags) {
      const entry = flags.get(f.id) ?? { status: f.status, members: [] };
      entry.members.push(p.name);
      flags.set(f.id, entry);
    }
  }
  return (
    <div className={styles.legendRow}>
      <section aria-labelledby="households-h" data-testid="households">
        <h2 id="households-h">{t('households')}</h2>
        <ul className="households">
          {households.map((h) => (
            <li key={h.id} data-household={h.id}>
              <span
                className={`${styles.swatch} ${styles.big}`}
                style={{ background: `${h.colour}40`, borderColor: h.colour }}
                aria-hidden="true"
              />
              <strong>{h.label}</strong>:{' '}
              {h.memberIds.map((id, i) => (
                <span key={id} data-person-id={id} className={byId.get(id)?.kin === false ? styles.coresident : undefined}>
                  {i > 0 ? ', ' : ''}
                  {who(id)}
                </span>
              ))}
              {h.parentElsewhere && <span className={`muted small ${styles.block}`}>{t('custodyUnknown')}</span>}
              {h.unlisted > 0 && <span className={`muted small ${styles.block}`}>{t('unlisted', { count: h.unlisted })}</span>}
            </li>
          ))}
        </ul>
      </section>
      {flags.size > 0 && (
        <section aria-labelledby="flags-h" data-testid="flags">
          <h2 id="flags-h">{t('flags')}</h2>
          <ul>
            {[...flags.entries()].map(([id, f]) => (
              <li key={id}>
                <span className={`${styles.swatch} ${styles.flag}`} aria-hidden="true" />
                <a href={href(`/flags/${encodeURIComponent(id)}`)}>
                  {f.members.length ? t('flagLink', { names: f.members.join(', ') }) : t('flagLinkUnnamed')}
                </a>{' '}
                <span className="muted">
                  {f.status ? t('flagStatus', { status: label(rt, 'status', f.status) }) : ''} · {id}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="legend-h" data-testid="legend">
        <h2 id="legend-h">{t('legend')}</h2>
        <ul className={styles.symbolLegend}>
          {legendLines(t).map((line) => (
            <li key={line.key} data-legend={line.key}>
              <img src={line.icon} alt="" width={44} height={30} />
              <span>{line.text}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
