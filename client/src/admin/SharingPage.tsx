import { Fragment, useState } from 'react';
import { graphql } from '../api/graphql';
import { navigate } from '../app/router';
import { useLang, useMessages } from '../i18n/i18n';
import { showDate } from '../ui/format';
import { useLoad } from '../ui/useLoad';
import { ErrorNotice } from '../ui/ErrorNotice';
import { ACCOUNTS_MESSAGES } from './accounts-messages';
import { REFERENCE } from './admin-api';
import { isDay, todayInCopenhagen } from './dates';
import { EndBasisForm } from './EndBasisForm';
import { SHARING_BASES_WITH_END, type EndedSharingBasis } from './sharing-end-api';
import { groupBases, type BasisStatus } from './sharing-bases';
import { SharingForm } from './SharingForm';
import styles from './admin.module.css';
import tableStyles from '../ui/table.module.css';
import { DateField } from '../ui/DateField';

const PATH = '/sharing';
const STATUSES: BasisStatus[] = ['in-force', 'future', 'expired'];

/**
 * Sharing bases by status on a date (`#/sharing?on=YYYY-MM-DD`, default today), a form to create
 * one, and ending one early (with a reason) while it is in force or still to come.
 */
export function SharingPage({ query }: { query: URLSearchParams }) {
  const t = useMessages(ACCOUNTS_MESSAGES);
  const { lang } = useLang();
  const on = isDay(query.get('on') ?? '') ? query.get('on')! : todayInCopenhagen();
  const bases = useLoad((signal) => graphql(SHARING_BASES_WITH_END, { on: null }, { signal }).then((r) => r.sharingBases), 'bases');
  const reference = useLoad((signal) => graphql(REFERENCE, {}, { signal }), 'reference');
  const [created, setCreated] = useState(false);
  const [ending, setEnding] = useState<string | null>(null);
  const [ended, setEnded] = useState<string | null>(null);
  const groups = groupBases(bases.data ?? [], on);

  const org = (value: string) => {
    const [kind, code = ''] = value.split(':');
    if (kind === 'police') return t('police');
    if (kind === 'district')
      return t('districtOption', { name: reference.data?.policeDistricts.find((d) => d.code === code)?.name ?? code });
    if (kind === 'municipality')
      return t('municipalityOption', { name: reference.data?.municipalities.find((m) => m.code === code)?.name ?? code });
    return value;
  };
  const source = (value: string) => (value === 'police' ? t('policeSource') : org(value));

  const table = (list: EndedSharingBasis[], status: BasisStatus) =>
    list.length === 0 ? (
      <p className="muted small">{t('noBases')}</p>
    ) : (
      <div className={styles.tableWrap}>
        <table className={`${tableStyles.compact} ${styles.basisTable}`}>
          <thead>
            <tr>
              <th scope="col">{t('col.legalBasis')}</th>
              <th scope="col">{t('col.purpose')}</th>
              <th scope="col">{t('col.from')}</th>
              <th scope="col">{t('col.to')}</th>
              <th scope="col">{t('col.valid')}</th>
              <th scope="col">{t('col.createdBy')}</th>
              <th scope="col">{status === 'expired' ? t('col.ended') : <span className="visually-hidden">{t('col.actions')}</span>}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((b) => (
              <Fragment key={b.id}>
                <tr data-basis-id={b.id}>
                  <th scope="row">{b.legalBasis}</th>
                  <td>{b.purpose}</td>
                  <td>{source(b.fromSource)}</td>
                  <td>{org(b.toOrg)}</td>
                  <td className="nowrap" title={t('validUntilHint', { until: showDate(b.validUntil, lang) })}>
                    {t('validRange', { from: showDate(b.validFrom, lang), until: showDate(b.validUntil, lang) })}
                  </td>
                  <td title={b.createdBy}>{b.createdByName ?? b.createdBy}</td>
                  <td>
                    {b.endReason ? (
                      <span className="small" data-testid="end-reason">
                        {t('end.endedBy', { by: b.endedByName ?? b.endedBy ?? '' })} {b.endReason}
                      </span>
                    ) : status !== 'expired' && ending !== b.id ? (
                      <button type="button" className="small" onClick={() => setEnding(b.id)} data-testid="end-basis">
                        {t('end.open')}
                      </button>
                    ) : null}
                  </td>
                </tr>
                {ending === b.id && (
                  <tr>
                    <td colSpan={7}>
                      <EndBasisForm
                        basis={b}
                        onCancel={() => setEnding(null)}
                        onEnded={() => {
                          setEnding(null);
                          setEnded(b.legalBasis);
                          bases.reload();
                        }}
                      />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
    );

  return (
    <main className="page sharing-page">
      <div className="page-head">
        <h1>{t('sharingTitle')}</h1>
      </div>
      <p className={styles.pageIntro}>{t('sharingIntro')}</p>
      <p className={`notice notice-warn ${styles.pageIntro}`} data-testid="sharing-shown">
        {t('sharingShown')}
      </p>
      {created && (
        <p className="notice notice-ok" role="status">
          {t('basisCreated')}
        </p>
      )}
      {ended && (
        <p className="notice notice-ok" role="status" data-testid="basis-ended">
          {t('end.done', { basis: ended })}
        </p>
      )}
      <ErrorNotice error={bases.error ?? reference.error} />
      <div className={styles.adminLayout}>
        <div className="admin-main">
          <form className="button-row" onSubmit={(e) => e.preventDefault()}>
            <label>
              {t('on')}{' '}
              <DateField
                name="on"
                value={on}
                onChange={(e) => isDay(e.target.value) && navigate(PATH, { on: e.target.value }, { replace: true })}
              />
            </label>
          </form>
          {STATUSES.map((status) => {
            const list = groups[status];
            const heading = (
              <h2 className={styles.groupTitle}>
                {t(`status.${status}`)} <span className="muted">({list.length})</span>
              </h2>
            );
            return (
              <section key={status} className={`card ${styles.basisGroup}`} data-testid={`bases-${status}`}>
                {status === 'expired' ? (
                  <details>
                    <summary>{heading}</summary>
                    {table(list, status)}
                  </details>
                ) : (
                  <>
                    {heading}
                    {table(list, status)}
                  </>
                )}
              </section>
            );
          })}
        </div>
        <aside className={styles.adminSide}>
          <section className="card" aria-labelledby="new-basis-h">
            <h2 id="new-basis-h">{t('newBasis')}</h2>
            <SharingForm
              reference={reference.data}
              onCreated={() => {
                setCreated(true);
                bases.reload();
              }}
            />
          </section>
        </aside>
      </div>
    </main>
  );
}
