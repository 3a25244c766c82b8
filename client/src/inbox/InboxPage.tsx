import { useEffect, useMemo, useState } from 'react';
import { graphql } from '../api/graphql';
import { href, navigate } from '../app/router';
import { useMe } from '../app/session';
import { useLang } from '../i18n/i18n';
import { ErrorNotice } from '../ui/ErrorNotice';
import { usePersonRead } from '../shell/purpose';
import { label, showAge, useReviewT } from '../review/format';
import { showDateTime } from '../ui/format';
import type { FlagStatus } from '../gql/graphql';
import { FLAGS, INBOX_REFERENCE } from '../review/review-queries';
import { StatusBadge } from '../review/StatusBadge';
import { useLoad } from '../ui/useLoad';
import { InboxFilters, type InboxFilter } from './InboxFilters';
import { rememberedNewSince, rememberVisit } from './inbox-seen';
import { Pager } from '../ui/Pager';
import { StatusTabs } from '../ui/StatusTabs';
import styles from './inbox.module.css';
import tabStyles from '../ui/StatusTabs.module.css';
import tableStyles from '../ui/table.module.css';

const PATH = '/inbox';
const PAGE_SIZE = 25;
const STATUSES = ['NEW', 'IN_REVIEW', 'MONITORING', 'REPORTED', 'DISMISSED'];

function filterFrom(query: URLSearchParams): InboxFilter {
  const minScore = query.get('minScore');
  return {
    status: query.get('status'),
    municipality: query.get('municipality'),
    rule: query.get('rule'),
    minScore: minScore && !Number.isNaN(Number(minScore)) ? Number(minScore) : null,
    mine: query.get('mine') === '1',
    cases: query.get('scope') === 'cases',
  };
}

const FIRST_VISIT = '1970-01-01T00:00:00.000Z';

/** The coordinator's inbox: `#/inbox?status=NEW&municipality=851&rule=…&minScore=40&mine=1&after=…`. */
export function InboxPage({ query }: { query: URLSearchParams }) {
  const t = useReviewT();
  const { lang } = useLang();
  const me = useMe();
  const read = usePersonRead();
  const filter = filterFrom(query);
  const after = query.get('after');
  const [history, setHistory] = useState<string[]>([]);
  const [newSince, setNewSince] = useState<string | null | undefined>(rememberedNewSince);

  const reference = useLoad(() => graphql(INBOX_REFERENCE), 'reference');
  const municipalities = useMemo(
    () => (reference.data?.municipalities ?? []).filter((m) => !me.districtCode || m.districtCode === me.districtCode),
    [reference.data, me.districtCode],
  );

  // Once the first answer has told what "new" is measured against, every read sends it, so marking
  // the inbox seen (a mutation, after which what is shown is read again) never clears the markers.
  // A first visit ever (null) measures from the beginning: everything is new.
  const key = JSON.stringify({ filter, after, newSince: newSince === undefined ? 'unset' : newSince });
  const page = useLoad(
    (signal) =>
      read(
        FLAGS,
        {
          first: PAGE_SIZE,
          after,
          filter: {
            status: filter.status as FlagStatus | null,
            municipalityCode: filter.municipality,
            ruleId: filter.rule,
            minScore: filter.minScore,
            assignee: filter.mine ? me.username : null,
            ...(filter.cases ? { scope: 'case-districts' } : {}),
            ...(newSince !== undefined ? { newSince: newSince ?? FIRST_VISIT } : {}),
          },
        },
        signal,
      ).then((r) => r.flags),
    key,
  );

  // The first visit of the session: remember what "new" is measured against, then mark the inbox seen.
  useEffect(() => {
    if (newSince !== undefined || !page.data) return;
    const since = page.data.newSince;
    setNewSince(since);
    void rememberVisit(since).catch(() => undefined);
  }, [page.data, newSince]);

  const go = (changes: Partial<InboxFilter> & { after?: string | null }) => {
    const next = { ...filter, ...changes };
    if (!('after' in changes)) setHistory([]);
    navigate(PATH, {
      status: next.status,
      municipality: next.municipality,
      rule: next.rule,
      minScore: next.minScore,
      mine: next.mine ? '1' : null,
      scope: next.cases ? 'cases' : null,
      after: 'after' in changes ? changes.after : null,
    });
  };

  const counts = new Map((page.data?.statusCounts ?? []).map((c) => [c.status, c.count]));
  const rules = new Map((reference.data?.riskRules ?? []).map((r) => [r.id, lang === 'da' ? r.titleDa : r.titleEn]));
  const items = page.data?.items ?? [];
  const showDistrict = !me.districtCode || filter.cases;

  return (
    <main className="page inbox">
      <div className="page-head">
        <h1>{t('inbox.title')}</h1>
        {me.districtCode && (
          <span className="muted">
            {reference.data?.policeDistricts.find((d) => d.code === me.districtCode)?.name ??
              t('inbox.district', { district: me.districtCode })}
          </span>
        )}
      </div>
      {me.role === 'coordinator' && (
        <nav className={`${tabStyles.statusTabs} scope-tabs`} aria-label={t('inbox.scope')}>
          {[false, true].map((cases) => (
            <button
              key={String(cases)}
              type="button"
              className={filter.cases === cases ? `${tabStyles.tab} ${tabStyles.active}` : tabStyles.tab}
              aria-pressed={filter.cases === cases}
              data-scope-tab={cases ? 'cases' : 'own'}
              onClick={() => go({ cases, status: null })}
            >
              {t(cases ? 'inbox.scope.cases' : 'inbox.scope.own')}
            </button>
          ))}
        </nav>
      )}
      {filter.cases && <p className="muted small">{t('inbox.scope.casesHint')}</p>}
      <StatusTabs
        statuses={[null, ...STATUSES]}
        current={filter.status}
        counts={counts}
        labelOf={(s) => label(t, 'status', s ?? 'ALL')}
        ariaLabel={t('inbox.col.status')}
        onSelect={(status) => go({ status })}
      />
      <InboxFilters
        filter={filter}
        municipalities={municipalities}
        rules={(reference.data?.riskRules ?? []).filter((r) => r.source !== 'municipal')}
        lang={lang}
        onChange={go}
      />
      <ErrorNotice error={page.error ?? reference.error} />
      {newSince !== undefined && (
        <p className="muted small">{newSince ? t('inbox.newSince', { since: showDateTime(newSince, lang) }) : t('inbox.firstVisit')}</p>
      )}
      <table className={tableStyles.list} data-testid="inbox">
        <thead>
          <tr>
            <th aria-label={t('inbox.new')} />
            <th className="num">{t('inbox.col.score')}</th>
            <th>{t('inbox.col.children')}</th>
            <th>{t('inbox.col.address')}</th>
            {showDistrict && <th>{t('inbox.col.owner')}</th>}
            <th>{t('inbox.col.rules')}</th>
            <th>{t('inbox.col.status')}</th>
            <th>{t('inbox.col.assignee')}</th>
            <th>{t('inbox.col.age')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {items.map((f) => (
            <tr key={f.id} data-flag-id={f.id} className={f.isNew ? tableStyles.isNew : undefined}>
              <td>{f.isNew && <span className={`${styles.newDot} new-dot`}>{t('inbox.new')}</span>}</td>
              <td className="num">
                <strong>{f.score}</strong>
              </td>
              <td className={styles.inboxChildren}>
                {f.children.length
                  ? f.children.map((c) => t('inbox.child', { name: c.firstName, age: c.age })).join(', ')
                  : t('inbox.childCount', { count: f.childCount })}
              </td>
              <td>
                {f.address ? `${f.address.street}, ${f.address.postalCode} ${f.address.city}` : f.municipalityName}
                {f.address && f.address.city !== f.municipalityName && <span className="muted small"> · {f.municipalityName}</span>}
              </td>
              {showDistrict && <td>{f.ownerDistrictName}</td>}
              <td>
                <ul className={tableStyles.chips}>
                  {f.ruleIds.map((r) => (
                    <li key={r}>{rules.get(r) ?? r}</li>
                  ))}
                </ul>
              </td>
              <td>
                <StatusBadge status={f.status} />
                {f.reopenReason && f.status === 'NEW' && (
                  <span className="muted small"> ({t(`inbox.reopen.${f.reopenReason}` as 'inbox.reopen.evidence-after-report')})</span>
                )}
                {!f.active && <span className="muted small"> ({t('inbox.inactive')})</span>}
              </td>
              <td>{f.assignee ?? '–'}</td>
              <td title={showDateTime(f.createdAt, lang)}>{showAge(t, f.createdAt)}</td>
              <td>
                <a className="button-link" href={href(`/flags/${encodeURIComponent(f.id)}`)}>
                  {t('inbox.open')}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!page.loading && items.length === 0 && <p className="muted empty">{t('inbox.empty')}</p>}
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
