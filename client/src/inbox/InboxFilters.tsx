import type { Lang } from '../i18n/i18n';
import { useReviewT } from '../review/format';
import type { MunicipalityRef, RiskRuleRef } from '../review/review.types';
import filterStyles from '../ui/filters.module.css';

export interface InboxFilter {
  status: string | null;
  municipality: string | null;
  rule: string | null;
  minScore: number | null;
  mine: boolean;
  /** other districts' flags that cite this district's cases (read-only) */
  cases: boolean;
}

interface Props {
  filter: InboxFilter;
  municipalities: MunicipalityRef[];
  rules: RiskRuleRef[];
  lang: Lang;
  onChange(changes: Partial<InboxFilter>): void;
}

/** Municipality, rule, minimum score and "mine"; the status tabs are separate (they carry counts). */
export function InboxFilters({ filter, municipalities, rules, lang, onChange }: Props) {
  const t = useReviewT();
  return (
    <form className={filterStyles.filters} onSubmit={(e) => e.preventDefault()} aria-label={t('inbox.filters')}>
      <label>
        {t('inbox.municipality')}{' '}
        <select name="municipality" value={filter.municipality ?? ''} onChange={(e) => onChange({ municipality: e.target.value || null })}>
          <option value="">{t('inbox.any')}</option>
          {municipalities.map((m) => (
            <option key={m.code} value={m.code}>
              {m.name} ({m.code})
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('inbox.rule')}{' '}
        <select name="rule" value={filter.rule ?? ''} onChange={(e) => onChange({ rule: e.target.value || null })}>
          <option value="">{t('inbox.any')}</option>
          {rules.map((r) => (
            <option key={r.id} value={r.id}>
              {lang === 'da' ? r.titleDa : r.titleEn}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('inbox.minScore')}{' '}
        <input
          name="minScore"
          type="number"
          min={0}
          step={5}
          value={filter.minScore ?? ''}
          onChange={(e) => onChange({ minScore: e.target.value === '' ? null : Number(e.target.value) })}
          className="narrow"
        />
      </label>
      <label className="checkbox">
        <input name="mine" type="checkbox" checked={filter.mine} onChange={(e) => onChange({ mine: e.target.checked })} /> {t('inbox.mine')}
      </label>
      <button
        type="button"
        className="link-button"
        onClick={() => onChange({ municipality: null, rule: null, minScore: null, mine: false, status: null })}
      >
        {t('inbox.reset')}
      </button>
    </form>
  );
}
