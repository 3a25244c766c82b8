import { useState } from 'react';
import { graphql } from '../api/graphql';
import { formatNumber } from '../i18n/format';
import { useLang, useMessages } from '../i18n/i18n';
import { useLoad } from '../ui/useLoad';
import { ErrorNotice } from '../ui/ErrorNotice';
import { RISK_CATEGORIES, SAVE_CATEGORY_SETTINGS } from './admin-api';
import { RULES_MESSAGES, type RulesKey } from './rules-messages';

const ROLES = ['suspect', 'charged', 'other', 'victim', 'witness', 'reporter'] as const;

interface CategoryDraft {
  roles: string[];
  weight: string;
}

/**
 * Per risk category: which involvement roles count as the person's own behaviour and how much one
 * case weighs in "Repeated risk behaviour", each default with its reason. Admins change them and
 * save with the version they read (a save made in between by someone else is refused).
 */
export function RuleCategories({ isAdmin }: { isAdmin: boolean }) {
  const t = useMessages(RULES_MESSAGES);
  const { lang } = useLang();
  const loaded = useLoad((signal) => graphql(RISK_CATEGORIES, {}, { signal }).then((r) => r.riskCategories), 'risk-categories');
  const [draft, setDraft] = useState<Record<string, CategoryDraft> | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const data = loaded.data;
  const role = (r: string) => t(`role.${r}` as RulesKey);

  const start = () => {
    if (!data) return;
    setSaved(false);
    setError(null);
    setDraft(Object.fromEntries(data.categories.map((c) => [c.code, { roles: c.roles, weight: String(c.weight) }])));
  };
  const badWeight = (text: string) => !/^\d+(\.\d+)?$/.test(text.trim()) || Number(text) > 5;
  const invalid = draft !== null && Object.values(draft).some((d) => d.roles.length === 0 || badWeight(d.weight));

  const save = async () => {
    if (!data || !draft || invalid) return;
    // only what differs from the defaults is saved, so a later change of a default is not pinned
    const settings = Object.fromEntries(
      data.categories.flatMap((c) => {
        const d = draft[c.code]!;
        const o: { roles?: string[]; weight?: number } = {};
        if ([...d.roles].sort().join() !== [...c.defaultRoles].sort().join()) o.roles = ROLES.filter((r) => d.roles.includes(r));
        if (Number(d.weight) !== c.defaultWeight) o.weight = Number(d.weight);
        return Object.keys(o).length > 0 ? [[c.code, o]] : [];
      }),
    );
    setBusy(true);
    setError(null);
    try {
      await graphql(SAVE_CATEGORY_SETTINGS, {
        settings: JSON.stringify(settings),
        expectedVersion: data.version,
      });
      setDraft(null);
      setSaved(true);
      loaded.reload();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card rule-categories" aria-labelledby="categories-h" data-testid="rule-categories">
      <div className="page-head">
        <h2 id="categories-h">{t('categoriesTitle')}</h2>
        {isAdmin && !draft && (
          <button type="button" className="secondary small" disabled={!data} onClick={start} data-testid="edit-categories">
            {t('categoriesEdit')}
          </button>
        )}
      </div>
      <p className="muted small">{t('categoriesIntro')}</p>
      {saved && (
        <p className="notice notice-ok" role="status">
          {t('categoriesSaved')}
        </p>
      )}
      <ErrorNotice error={loaded.error ?? error} />
      {data && (
        <table className="data-table categories-table">
          <thead>
            <tr>
              <th scope="col">{t('categoryColumn')}</th>
              <th scope="col">{t('rolesColumn')}</th>
              <th scope="col">{t('weightColumn')}</th>
              <th scope="col">{t('reasonColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {data.categories.map((c) => {
              const d = draft?.[c.code];
              const label = lang === 'da' ? c.labelDa : c.labelEn;
              return (
                <tr key={c.code} data-testid={`category-${c.code}`}>
                  <th scope="row">{label}</th>
                  <td>
                    {d ? (
                      <fieldset className="role-choices">
                        <legend className="visually-hidden">{t('rolesFor', { category: label })}</legend>
                        {ROLES.map((r) => (
                          <label key={r}>
                            <input
                              type="checkbox"
                              checked={d.roles.includes(r)}
                              onChange={(e) =>
                                setDraft({
                                  ...draft!,
                                  [c.code]: { ...d, roles: e.target.checked ? [...d.roles, r] : d.roles.filter((x) => x !== r) },
                                })
                              }
                            />{' '}
                            {role(r)}
                          </label>
                        ))}
                        {d.roles.length === 0 && (
                          <span className="field-error" role="alert">
                            {t('rolesNeeded')}
                          </span>
                        )}
                      </fieldset>
                    ) : (
                      c.roles.map(role).join(', ')
                    )}
                  </td>
                  <td className="num">
                    {d ? (
                      <label>
                        <span className="visually-hidden">{t('weightFor', { category: label })}</span>
                        <input
                          type="number"
                          className="narrow"
                          min={0}
                          max={5}
                          step={0.25}
                          value={d.weight}
                          aria-invalid={badWeight(d.weight) ? true : undefined}
                          onChange={(e) => setDraft({ ...draft!, [c.code]: { ...d, weight: e.target.value } })}
                        />
                      </label>
                    ) : (
                      formatNumber(c.weight, lang)
                    )}
                  </td>
                  <td className="small">{c.reason}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {draft && (
        <div className="button-row">
          <button
            type="button"
            className="primary small"
            disabled={busy || invalid}
            onClick={() => void save()}
            data-testid="save-categories"
          >
            {busy ? t('saving') : t('categoriesSave')}
          </button>
          <button type="button" className="secondary small" disabled={busy} onClick={() => setDraft(null)}>
            {t('cancel')}
          </button>
        </div>
      )}
    </section>
  );
}
