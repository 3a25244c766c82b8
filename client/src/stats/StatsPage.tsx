import { useState } from 'react';
import { graphql } from '../api/graphql';
import { navigate } from '../app/router';
import { useMe } from '../app/session';
import { formatNumber } from '../i18n/format';
import { useLang } from '../i18n/i18n';
import { ErrorNotice } from '../ui/ErrorNotice';
import { useReviewT } from '../review/format';
import { showDate } from '../ui/format';
import { useLoad } from '../ui/useLoad';
import { BarList, ColumnChart, type Series } from './charts';
import { DISTRICTS, STATISTICS, defaultPeriod, median, showCount, type Count, type MonthStats } from './stats-query';
import filterStyles from '../ui/filters.module.css';
import tableStyles from '../ui/table.module.css';

const PATH = '/statistics';
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const ALL = 'ALL';

/** Statistics: `#/statistics?from=2025-01&to=2025-12&district=NJY|ALL`. Aggregates only. */
export function StatsPage({ query }: { query: URLSearchParams }) {
  const t = useReviewT();
  const { lang } = useLang();
  const me = useMe();
  const period = defaultPeriod();
  const from = MONTH.test(query.get('from') ?? '') ? query.get('from')! : period.from;
  const to = MONTH.test(query.get('to') ?? '') ? query.get('to')! : period.to;
  const district = query.get('district') ?? me.districtCode ?? ALL;
  const [form, setForm] = useState({ from, to, district });

  const districts = useLoad(() => graphql(DISTRICTS), 'districts');
  const stats = useLoad(
    (signal) => graphql(STATISTICS, { from, to, district }, { signal }).then((r) => r.reviewStatistics),
    `${from}|${to}|${district}`,
  );
  const s = stats.data;

  const series: Series[] = [
    { key: 'flagsRaised', label: t('stats.flagsRaised'), colour: '#e67e22' },
    { key: 'reportsOwnDistrict', label: t('stats.reportsOwn'), colour: '#1f5fa8' },
    { key: 'reportsElsewhere', label: t('stats.reportsElsewhere'), colour: '#7fa7d6' },
    { key: 'dismissals', label: t('stats.dismissals'), colour: '#9aa5b1' },
  ];
  const reportStack = ['reportsOwnDistrict', 'reportsElsewhere'];
  const below = s?.suppressedBelow ?? 5;
  const count = (v: Count) => showCount(v, below, (n) => formatNumber(n, lang));
  const hatch = { suppressedBelow: below, suppressedLabel: t('stats.suppressedLegend', { below }) };
  const rates = (s?.municipalities ?? []).filter((m) => m.flagsPer1000 !== null);
  const rateMedian = median(rates.map((m) => m.flagsPer1000!));
  const fmt = (v: number, digits = 1) => formatNumber(v, lang, { maximumFractionDigits: digits, minimumFractionDigits: digits });

  return (
    <main className="page stats">
      <div className="page-head">
        <h1>{t('stats.title')}</h1>
        <span className="muted">{t('stats.aggregate')}</span>
      </div>
      {s && (
        <p className="muted small" data-testid="stats-suppression">
          {t('stats.suppressed', { below })}
        </p>
      )}
      <form
        className={filterStyles.filters}
        onSubmit={(e) => {
          e.preventDefault();
          navigate(PATH, form);
        }}
      >
        <label>
          {t('stats.from')}{' '}
          <input type="month" name="from" value={form.from} onChange={(e) => setForm({ ...form, from: e.target.value })} />
        </label>
        <label>
          {t('stats.to')} <input type="month" name="to" value={form.to} onChange={(e) => setForm({ ...form, to: e.target.value })} />
        </label>
        <label>
          {t('stats.district')}{' '}
          <select name="district" value={form.district} onChange={(e) => setForm({ ...form, district: e.target.value })}>
            <option value={ALL}>{t('stats.allDistricts')}</option>
            {(districts.data?.policeDistricts ?? []).map((d) => (
              <option key={d.code} value={d.code}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary small">
          {t('stats.show')}
        </button>
      </form>
      <ErrorNotice error={stats.error ?? districts.error} />
      {s && (
        <>
          <section className="card" aria-labelledby="months-h" data-testid="stats-months">
            <h2 id="months-h">{t('stats.byMonth')}</h2>
            <ColumnChart
              title={t('stats.byMonth')}
              series={series}
              stack={reportStack}
              groups={s.months.map((m) => ({ label: m.month, values: valuesOf(m) }))}
              {...hatch}
            />
            <details>
              <summary>{t('stats.table')}</summary>
              <table className={tableStyles.compact}>
                <thead>
                  <tr>
                    <th>{t('stats.col.month')}</th>
                    {series.map((x) => (
                      <th key={x.key}>{x.label}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {s.months.map((m) => (
                    <tr key={m.month}>
                      <td>{m.month}</td>
                      <td className="num">{count(m.flagsRaised)}</td>
                      <td className="num">{count(m.reportsOwnDistrict)}</td>
                      <td className="num">{count(m.reportsElsewhere)}</td>
                      <td className="num">{count(m.dismissals)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </section>
          <section className="card" aria-labelledby="districts-h" data-testid="stats-districts">
            <h2 id="districts-h">{t('stats.byDistrict')}</h2>
            <ColumnChart
              title={t('stats.byDistrict')}
              series={series}
              stack={reportStack}
              groups={s.districts.map((d) => ({ label: d.districtCode, values: valuesOf(d) }))}
              {...hatch}
            />
          </section>
          <section className="card" aria-labelledby="rules-h" data-testid="stats-rules">
            <h2 id="rules-h">{t('stats.rules')}</h2>
            {s.rules.length === 0 ? (
              <p className="muted">{t('stats.rulesEmpty')}</p>
            ) : (
              <BarList
                title={t('stats.rules')}
                max={1}
                bars={s.rules.map((r) => ({
                  label: lang === 'da' ? r.titleDa : r.titleEn,
                  value: r.relevantShare ?? 0,
                  highlight: r.relevantShare !== null && r.relevantShare < 0.5,
                  text:
                    r.relevantShare !== null
                      ? `${Math.round(r.relevantShare * 100)} % · ${t('stats.rulesJudged', { relevant: count(r.relevant), judged: count(r.judged), reports: count(r.reports) })}`
                      : r.judged === 0
                        ? `${t('stats.notJudged')} (${count(r.reports)})`
                        : t('stats.shareSuppressed', { below, judged: count(r.judged), reports: count(r.reports) }),
                }))}
              />
            )}
          </section>
          <section className="card" aria-labelledby="rates-h" data-testid="stats-rates">
            <h2 id="rates-h">{t('stats.rates', { date: showDate(s.populationDate, lang) })}</h2>
            <p className="muted small">{t('stats.ratesHint')}</p>
            <BarList
              title={t('stats.rates', { date: s.populationDate })}
              reference={rateMedian}
              format={(v) => fmt(v, 2)}
              bars={[...rates]
                .sort((a, b) => b.flagsPer1000! - a.flagsPer1000!)
                .map((m) => ({
                  label: m.municipalityName,
                  value: m.flagsPer1000!,
                  highlight: rateMedian > 0 && m.flagsPer1000! > 2 * rateMedian,
                  text: `${fmt(m.flagsPer1000!, 2)} (${count(m.flagsRaised)} / ${count(m.population)})`,
                }))}
            />
            <details>
              <summary>{t('stats.table')}</summary>
              <table className={tableStyles.compact}>
                <thead>
                  <tr>
                    <th>{t('stats.col.municipality')}</th>
                    <th>{t('stats.col.district')}</th>
                    <th>{t('stats.flagsRaised')}</th>
                    <th>{t('stats.col.received')}</th>
                    <th>{t('stats.dismissals')}</th>
                    <th>{t('stats.col.population')}</th>
                    <th>{t('stats.col.rate')}</th>
                  </tr>
                </thead>
                <tbody>
                  {s.municipalities.map((m) => (
                    <tr key={m.municipalityCode}>
                      <td>{m.municipalityName}</td>
                      <td>{m.districtCode}</td>
                      <td className="num">{count(m.flagsRaised)}</td>
                      <td className="num">{count(m.reportsReceived)}</td>
                      <td className="num">{count(m.dismissals)}</td>
                      <td className="num">{count(m.population)}</td>
                      <td className="num">
                        {m.flagsPer1000 !== null
                          ? fmt(m.flagsPer1000, 2)
                          : m.flagsRaised === null || m.population === null
                            ? t('stats.rateSuppressed')
                            : '–'}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </section>
        </>
      )}
    </main>
  );
}

function valuesOf(x: Omit<MonthStats, 'month'>): Record<string, Count> {
  return {
    flagsRaised: x.flagsRaised,
    reportsOwnDistrict: x.reportsOwnDistrict,
    reportsElsewhere: x.reportsElsewhere,
    dismissals: x.dismissals,
  };
}
