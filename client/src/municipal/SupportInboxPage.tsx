import type { SupportFlagStatus } from '../gql/graphql';
import { useState } from 'react';
import { graphql } from '../api/graphql';
import { href, navigate } from '../app/router';
import { useMe } from '../app/session';
import { Pager } from '../ui/Pager';
import { StatusTabs } from '../ui/StatusTabs';
import { useLang } from '../i18n/i18n';
import { showAge, useReviewT } from '../review/format';
import { showDate, showDateTime } from '../ui/format';
import { useLoad } from '../ui/useLoad';
import { ErrorNotice } from '../ui/ErrorNotice';
import { usePersonRead } from '../shell/purpose';
import { mlabel, useMunicipalT } from './format';
import { MUNICIPALITIES, SUPPORT_COUNTS, SUPPORT_FLAGS } from './municipal-queries';
import { SUPPORT_STATUSES } from './municipal.types';
import { ScanPanel } from './ScanPanel';
import { SupportStatusBadge } from './SupportStatusBadge';

import { SUPPORT_PATH } from './paths';
import styles from './municipal.module.css';
import tableStyles from '../ui/table.module.css';
export { SUPPORT_PATH };
const PAGE_SIZE = 25;

/** The caseworker's inbox: the municipality's own offers of support, `#/support?status=NEW&after=…`. */
export function SupportInboxPage({ query }: { query: URLSearchParams }) {
  const t = useMunicipalT();
  const rt = useReviewT();
  const { lang } = useLang();
  const me = useMe();
  const read = usePersonRead();
  const status = query.get('status');
  const after = query.get('after');
  const [history, setHistory] = useState<string[]>([]);
  // Bumped after a scan, so the list and the counts load again.
  const [generation, setGeneration] = useState(0);

  const page = useLoad(
    (signal) =>
      read(SUPPORT_FLAGS, { status: status as SupportFlagStatus | null, first: PAGE_SIZE, after }, signal).then((r) => r.supportFlags),
    JSON.stringify({ status, after, generation }),
  );
  const counts = useLoad(
    (signal) => read(SUPPORT_COUNTS, {}, signal).then((r) => new Map(SUPPORT_STATUSES.map((s) => [s as string, r[s]?.total ?? 0]))),
    // The counts change when a decision is made elsewhere; reloading with the list keeps them honest.
    JSON.stringify({ status, after, generation }),
  );
  const municipality = useLoad(
    () => graphql(MUNICIPALITIES).then((r) => r.municipalities.find((m) => m.code === me.municipalityCode)),
    me.municipalityCode ?? '',
  );

  const go = (next: { status?: string | null; after?: string | null }) => {
    if (!('after' in next)) setHistory([]);
    navigate(SUPPORT_PATH, { status: 'status' in next ? next.status : status, after: next.after ?? null });
  };

  const items = page.data?.items ?? [];
  return (
    <main className="page inbox support-inbox">
      <div className="page-head">
        <h1>{t('inbox.title')}</h1>
        {me.municipalityCode && (
          <span className="muted" data-testid="municipality">
            {municipality.data
              ? t('inbox.municipality', { name: municipality.data.name, code: municipality.data.code })
              : me.municipalityCode}
          </span>
        )}
      </div>
      <p className={`${styles.lead} muted`}>{t('inbox.intro')}</p>
      {me.role === 'municipal-admin' && <ScanPanel onScanned={() => setGeneration((n) => n + 1)} />}
      <StatusTabs
        statuses={[null, ...SUPPORT_STATUSES]}
        current={status}
        counts={counts.data ?? new Map<string, number>()}
        labelOf={(s) => mlabel(t, 'status', s ?? 'ALL')}
        ariaLabel={t('inbox.tabs')}
        onSelect={(s) => go({ status: s })}
      />
      <ErrorNotice error={page.error ?? counts.error} />
      <table className={tableStyles.list} data-testid="support-inbox">
        <thead>
          <tr>
            <th className="num">{t('inbox.col.children')}</th>
            <th>{t('inbox.col.rules')}</th>
            <th className="num">{t('inbox.col.score')}</th>
            <th>{t('inbox.col.status')}</th>
            <th>{t('inbox.col.asOf')}</th>
            <th>{t('inbox.col.created')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {items.map((f) => (
            <tr key={f.id} data-flag-id={f.id} className={f.status === 'NEW' && f.active ? tableStyles.isNew : undefined}>
              <td className="num">
                <strong>{f.childCount}</strong>
              </td>
              <td>
                <ul className={tableStyles.chips}>
                  {f.ruleIds.map((r) => (
                    <li key={r}>{mlabel(t, 'rule', r)}</li>
                  ))}
                </ul>
              </td>
              <td className="num">{f.score}</td>
              <td>
                <SupportStatusBadge status={f.status} />
                {!f.active && <span className="muted small"> ({t('inbox.inactive')})</span>}
              </td>
              <td>{showDate(f.asOf, lang)}</td>
              <td title={showDateTime(f.createdAt, lang)}>{showAge(rt, f.createdAt)}</td>
              <td>
                <a
                  className="button-link"
                  href={href(`${SUPPORT_PATH}/${encodeURIComponent(f.id)}`)}
                  aria-label={t('inbox.openLabel', { n: f.childCount, date: showDate(f.asOf, lang) })}
                >
                  {t('inbox.open')}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!page.loading && !page.error && items.length === 0 && <p className="muted empty">{t('inbox.empty')}</p>}
      {page.data && (
        <Pager
          shown={items.length}
          total={page.data.total}
          after={after}
          endCursor={page.data.endCursor}
          onPage={(next) => go({ after: next })}
          history={history}
          onHistory={setHistory}
        />
      )}
    </main>
  );
}
