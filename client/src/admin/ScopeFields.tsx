import { useMessages } from '../i18n/i18n';
import type { Reference } from './admin-api';
import { ACCOUNTS_MESSAGES } from './accounts-messages';
import { FieldError } from '../ui/FieldError';
import { needsDistrict, needsMunicipality } from './user-form';

type ScopeField = 'districtCode' | 'municipalityCode';

/**
 * The police district a coordinator belongs to, or the municipality of a municipal user: the
 * select the role needs (none for the others), with its error beside it. Shared by creating and
 * editing a user.
 */
export function ScopeFields({
  role,
  value,
  reference,
  prefix,
  message,
  onChange,
}: {
  role: string;
  value: Record<ScopeField, string | null>;
  reference: Reference | null;
  prefix: string;
  message(field: ScopeField): string | null;
  onChange(patch: Partial<Record<ScopeField, string | null>>): void;
}) {
  const t = useMessages(ACCOUNTS_MESSAGES);
  const described = (field: ScopeField) =>
    message(field) ? { 'aria-describedby': `${prefix}-${field}-error`, 'aria-invalid': true as const } : {};
  return (
    <>
      {needsDistrict(role) && (
        <label>
          {t('district')}
          <select
            name="districtCode"
            value={value.districtCode ?? ''}
            onChange={(e) => onChange({ districtCode: e.target.value || null })}
            {...described('districtCode')}
          >
            <option value="">{t('choose')}</option>
            {(reference?.policeDistricts ?? []).map((d) => (
              <option key={d.code} value={d.code}>
                {d.name}
              </option>
            ))}
          </select>
          <FieldError prefix={prefix} field="districtCode" text={message('districtCode')} />
        </label>
      )}
      {needsMunicipality(role) && (
        <label>
          {t('municipality')}
          <select
            name="municipalityCode"
            value={value.municipalityCode ?? ''}
            onChange={(e) => onChange({ municipalityCode: e.target.value || null })}
            {...described('municipalityCode')}
          >
            <option value="">{t('choose')}</option>
            {[...(reference?.municipalities ?? [])]
              .sort((a, b) => a.name.localeCompare(b.name, 'da'))
              .map((m) => (
                <option key={m.code} value={m.code}>
                  {m.name}
                </option>
              ))}
          </select>
          <FieldError prefix={prefix} field="municipalityCode" text={message('municipalityCode')} />
        </label>
      )}
    </>
  );
}
