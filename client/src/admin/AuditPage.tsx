import { useState } from 'react';
import { graphql } from '../api/graphql';
import { href, navigate } from '../app/router';
import { useMessages } from '../i18n/i18n';
import { useLoad } from '../ui/useLoad';
import { ErrorNotice } from '../ui/ErrorNotice';
import { AccessReport } from './AccessReport';
import { PersonPicker } from './PersonPicker';
import { AUDIT_LOG } from './admin-api';
import { AUDIT_MESSAGES } from './audit-messages';
import { AuditSearchForm, type AuditFilter } from './AuditSearchForm';
import { AuditTable } from './AuditTable';
import { ChainCheck } from './ChainCheck';
import { periodBounds } from './dates';
import styles from './admin.module.css';
import layoutStyles from '../ui/layout.module.css';

const PATH = '/audit';
const PAGE_SIZE = 50;

function filterFrom(query: URLSearchParams): AuditFilter {
  return {
    actor: query.get('actor') ?? '',
    operation: query.get('operation') ?? '',
    person: query.get('person') ?? '',
    from: query.get('from') ?? '',
    to: query.get('to') ?? '',
  };
}

/** The audit log for admins: `#/audit?actor=&operation=&person=&from=&to=&before=<seq>`, and `access=<personId>` for an extract. */
export function AuditPage({ query }: { query: URLSearchParams }) {
  const t = useMessages(AUDIT_MESSAGES);
  const filter = filterFrom(query);
  const before = Number(query.get('before')) || null;
  const access = query.get('access');
  // Seqs of the pages before this one, so "Newer" can step back one page.
  const [pages, setPages] = useState<(number | null)[]>([]);

  const key = JSON.stringify({ filter, before });
  const log = useLoad((signal) => {
    const period = periodBounds(filter.from || null, filter.to || null);
    return graphql(
      AUDIT_LOG,
      {
        first: PAGE_SIZE,
        beforeSeq: before,
        actor: filter.actor || null,
        operation: filter.operation || null,
        personId: filter.person || null,
        ...period,
      },
      { signal },
    ).then((r) => r.auditLog);
  }, key);
  const events = log.data ?? [];
  const go = (next: Partial<AuditFilter> & { before?: number | null; access?: string | null }) =>
    navigate(PATH, { ...filter, before, access, ...next });

  return (
    <main className="page audit-page">
      <div className="page-head">
        <h1>{t('title')}</h1>
      </div>
      <p className={styles.pageIntro}>{t('intro')}</p>
      {access && <AccessReport personId={access} closeHref={href(PATH, { ...filter, before })} />}
      <div className={styles.adminLayout}>
        <div className="admin-main">
          <section className="card" aria-labelledby="search-h">
            <h2 id="search-h">{t('search')}</h2>
            <AuditSearchForm
              key={JSON.stringify(filter)}
              filter={filter}
              onSearch={(next) => {
                setPages([]);
                go({ ...next, before: null });
              }}
            />
          </section>
          <section className="card" aria-labelledby="entries-h" data-testid="audit-entries">
            <div className={layoutStyles.sectionHead}>
              <h2 id="entries-h">{events.length === 1 ? t('shownOne') : t('shown', { count: events.length })}</h2>
              <Pager
                canNewer={before !== null}
                canOlder={events.length === PAGE_SIZE}
                hasHistory={pages.length > 0}
                onNewest={() => {
                  setPages([]);
                  go({ before: null });
                }}
                onNewer={() => {
                  const previous = pages[pages.length - 1] ?? null;
                  setPages(pages.slice(0, -1));
                  go({ before: previous });
                }}
                onOlder={() => {
                  setPages([...pages, before]);
                  go({ before: events[events.length - 1]?.seq ?? null });
                }}
              />
            </div>
            <ErrorNotice error={log.error} />
            {log.loading && !log.data ? null : events.length === 0 ? <p className="muted">{t('none')}</p> : <AuditTable events={events} />}
          </section>
        </div>
        <aside className={styles.adminSide}>
          <ChainCheck />
          <section className="card" aria-labelledby="access-form-h">
            <h2 id="access-form-h">{t('accessTitle')}</h2>
            <p className="muted small">{t('accessHint')}</p>
            <PersonPicker onChoose={(person) => go({ access: person.personId })} />
          </section>
        </aside>
      </div>
    </main>
  );
}

function Pager(props: { canNewer: boolean; canOlder: boolean; hasHistory: boolean; onNewest(): void; onNewer(): void; onOlder(): void }) {
  const t = useMessages(AUDIT_MESSAGES);
  return (
    <nav className={styles.pager} aria-label={t('search')}>
      {props.canNewer && (
        <button type="button" className="secondary small" onClick={props.onNewest}>
          {t('newest')}
        </button>
      )}
      {props.canNewer && props.hasHistory && (
        <button type="button" className="secondary small" onClick={props.onNewer}>
          {t('newer')}
        </button>
      )}
      <button type="button" className="secondary small" disabled={!props.canOlder} onClick={props.onOlder} data-testid="older">
        {t('older')}
      </button>
    </nav>
  );
}
