import { useMemo } from 'react';
import { href } from '../app/router';
import { FAMILY } from '../explorer/queries';
import { FamilyLegend } from '../explorer/FamilyLegend';
import { GenogramCanvas } from '../explorer/GenogramCanvas';
import { buildGenogram } from '../explorer/genogram/elements';
import type { Lang } from '../i18n/i18n';
import { ErrorNotice } from '../ui/ErrorNotice';
import { usePersonRead } from '../shell/purpose';
import { useReviewT } from '../review/format';
import { showDate } from '../ui/format';
import { useLoad } from '../ui/useLoad';
import styles from './cluster.module.css';
import layoutStyles from '../ui/layout.module.css';

/** The explorer's genogram of the family around the eldest child, as it was on the flag's date. */
export function ClusterGenogram({ childId, childName, asOf, lang }: { childId: string; childName: string; asOf: string; lang: Lang }) {
  const t = useReviewT();
  const read = usePersonRead();
  const family = useLoad(
    (signal) => read(FAMILY, { personId: childId, depth: 2, asOf }, signal).then((r) => r.family),
    `${childId}|${asOf}`,
  );
  const genogram = useMemo(() => (family.data ? buildGenogram(family.data, lang) : null), [family.data, lang]);
  return (
    <section className="card" aria-labelledby="genogram-h" data-testid="cluster-genogram">
      <div className={layoutStyles.sectionHead}>
        <h2 id="genogram-h">{t('cluster.genogram')}</h2>
        <a href={href('/explorer', { person: childId, asOf })}>{t('cluster.openExplorer')}</a>
      </div>
      <p className="muted small">{t('cluster.genogramHint', { name: childName, date: showDate(asOf, lang) })}</p>
      <ErrorNotice error={family.error} />
      {genogram && family.data && (
        <>
          <div className={styles.clusterGenogram}>
            <GenogramCanvas
              genogram={genogram}
              selectedId={childId}
              onSelect={() => undefined}
              onExpand={() => undefined}
              label={t('cluster.genogram')}
            />
          </div>
          <FamilyLegend family={family.data} households={genogram.households} />
        </>
      )}
    </section>
  );
}
