import { useState } from 'react';
import { graphql } from '../api/graphql';
import { navigate } from '../app/router';
import { useLang, useMessages } from '../i18n/i18n';
import { showDate } from '../review/format';
import { useLoad } from '../review/useReviewData';
import { ErrorNotice } from '../shell/ErrorNotice';
import { ACCOUNTS_MESSAGES } from './accounts-messages';
import { REFERENCE, SHARING_BASES, type Reference, type SharingBasis } from './admin-api';
import { isDay, todayInCopenhagen } from './dates';
import { groupBases, type BasisStatus } from './sharing-bases';
import { SharingForm } from './SharingForm';
import '../review/review.css';
import './admin.css';

const PATH = '/sharing';
const STATUSES: BasisStatus[] = ['in-force', 'future', 'expired'];

/** Sharing bases by status on a date (`#/sharing?on=YYYY-MM-DD`, default today), and a form to create one. */
export function SharingPage({ query }: { query: URLSearchParams }) {
  const t = useMessages(ACCOUNTS_MESSAGES);
  const { lang } = useLang();
  const on = isDay(query.get('on') ?? '') ? query.get('on')! : todayInCopenhagen();
  const bases = useLoad(
    (signal) => graphql<{ sharingBases: SharingBasis[] }>(SHARING_BASES, { on: null }, { signal }).then((r) => r.sharingBases),
    'bases',
  );
  const reference = useLoad((signal) => graphql<Reference>(REFERENCE, {}, { signal }), 'reference');
  const [created, setCreated] = useState(false);
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

  const table = (list: SharingBasis[]) =>
    list.length === 0 ? (
      <p className="muted small">{t('noBases')}</p>
    ) : (
      <div className="table-wrap">
        <table className="compact basis-table">
          <thead>
            <tr>
              <th scope="col">{t('col.legalBasis')}</th>
              <th scope="col">{t('col.purpose')}</th>
              <th scope="col">{t('col.from')}</th>
              <th scope="col">{t('col.to')}</th>
              <th scope="col">{t('col.valid')}</th>
              <th scope="col">{t('col.createdBy')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((b) => (
              <tr key={b.id} data-basis-id={b.id}>
                <th scope="row">{b.legalBasis}</th>
                <td>{b.purpose}</td>
                <td>{source(b.fromSource)}</td>
                <td>{org(b.toOrg)}</td>
                <td className="nowrap" title={t('validUntilHint', { until: showDate(b.validUntil, lang) })}>
                  {t('validRange', { from: showDate(b.validFrom, lang), until: showDate(b.validUntil, lang) })}
                </td>
                <td>{b.createdBy}</td>
              </tr>
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
      <p className="page-intro">{t('sharingIntro')}</p>
      <p className="notice notice-warn page-intro" data-testid="sharing-shown">
        {t('sharingShown')}
      </p>
      {created && (
        <p className="notice notice-ok" role="status">
          {t('basisCreated')}
        </p>
      )}
      <ErrorNotice error={bases.error ?? reference.error} />
      <div className="admin-layout">
        <div className="admin-main">
          <form className="button-row" onSubmit={(e) => e.preventDefault()}>
            <label>
              {t('on')}{' '}
              <input
                type="date"
                name="on"
                value={on}
                onChange={(e) => isDay(e.target.value) && navigate(PATH, { on: e.target.value }, { replace: true })}
              />
            </label>
          </form>
          {STATUSES.map((status) => {
            const list = groups[status];
            const heading = (
              <h2 className="group-title">
                {t(`status.${status}`)} <span className="muted">({list.length})</span>
              </h2>
            );
            return (
              <section key={status} className="card basis-group" data-testid={`bases-${status}`}>
                {status === 'expired' ? (
                  <details>
                    <summary>{heading}</summary>
                    {table(list)}
                  </details>
                ) : (
                  <>
                    {heading}
                    {table(list)}
                  </>
                )}
              </section>
            );
          })}
        </div>
        <aside className="admin-side">
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
