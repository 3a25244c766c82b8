import { useEffect, useId, useState } from 'react';
import { useLang, useMessages } from '../i18n/i18n';
import { fromDays, isIsoDate, showDate, toDays } from './dates';
import { EXPLORER_MESSAGES } from './explorer-messages';

interface Props {
  value: string;
  from: string;
  to: string;
  onChange(asOf: string): void;
}

/** A slider over the family's time span plus an exact date field; the slider commits after a short pause. */
export function AsOfControl({ value, from, to, onChange }: Props) {
  const t = useMessages(EXPLORER_MESSAGES);
  const { lang } = useLang();
  const id = useId();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  useEffect(() => {
    if (draft === value || !isIsoDate(draft)) return;
    const timer = setTimeout(() => onChange(draft), 250);
    return () => clearTimeout(timer);
  }, [draft, value, onChange]);

  const min = toDays(from);
  const max = Math.max(min, toDays(to));
  return (
    <div className="as-of" title={t('asOfHint')}>
      <label htmlFor={`${id}-date`}>{t('asOf')}</label>
      <input
        id={`${id}-range`}
        type="range"
        min={min}
        max={max}
        step={1}
        value={Math.min(max, Math.max(min, toDays(isIsoDate(draft) ? draft : value)))}
        onChange={(e) => setDraft(fromDays(Number(e.target.value)))}
        aria-label={t('asOfHint')}
        aria-valuetext={showDate(draft, lang)}
        data-testid="as-of-range"
      />
      <input
        id={`${id}-date`}
        type="date"
        min={from}
        max={to}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        data-testid="as-of-date"
        name="asOf"
      />
    </div>
  );
}
