import { useEffect, useId, useState } from 'react';
import { useMessages } from '../i18n/i18n';
import { addMonths, clampDate, isIsoDate } from './dates';
import { EXPLORER_MESSAGES } from './explorer-messages';
import styles from './explorer.module.css';
import { DateField } from '../ui/DateField';

interface Props {
  value: string;
  from: string;
  to: string;
  /** dates of the timeline's events (sorted or not): the jump buttons go to the nearest before/after */
  eventDates?: readonly string[];
  onChange(asOf: string): void;
}

/**
 * The as-of date: an exact date field, month and year steps, and jumps to the previous or next
 * event of the family's timeline. Typing commits after a short pause; buttons commit at once.
 */
export function AsOfControl({ value, from, to, eventDates = [], onChange }: Props) {
  const t = useMessages(EXPLORER_MESSAGES);
  const id = useId();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  useEffect(() => {
    if (draft === value || !isIsoDate(draft)) return;
    const timer = setTimeout(() => onChange(clampDate(draft, '1900-01-01', to)), 250);
    return () => clearTimeout(timer);
  }, [draft, value, to, onChange]);

  const go = (date: string | undefined) => {
    if (!date) return;
    const next = clampDate(date, from, to);
    setDraft(next);
    onChange(next);
  };
  const dates = [...new Set(eventDates)].sort();
  const previous = dates.filter((d) => d < value).at(-1);
  const next = dates.find((d) => d > value);
  const step = (months: number, label: string, text: string, testId: string) => (
    <button
      type="button"
      className="secondary small"
      onClick={() => go(addMonths(value, months))}
      aria-label={label}
      title={label}
      data-testid={testId}
    >
      {text}
    </button>
  );

  return (
    <div className={styles.asOf} role="group" aria-label={t('asOfHint')}>
      <label htmlFor={`${id}-date`}>{t('asOf')}</label>
      {step(-12, t('stepYearBack'), '«', 'as-of-year-back')}
      {step(-1, t('stepMonthBack'), '‹', 'as-of-month-back')}
      <DateField
        id={`${id}-date`}
        min="1900-01-01"
        max={to}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        data-testid="as-of-date"
        name="asOf"
        title={t('asOfHint')}
      />
      {step(1, t('stepMonthForward'), '›', 'as-of-month-forward')}
      {step(12, t('stepYearForward'), '»', 'as-of-year-forward')}
      <button type="button" className="secondary small" onClick={() => go(previous)} disabled={!previous} data-testid="as-of-prev-event">
        {t('prevEvent')}
      </button>
      <button type="button" className="secondary small" onClick={() => go(next)} disabled={!next} data-testid="as-of-next-event">
        {t('nextEvent')}
      </button>
      <button type="button" className="secondary small" onClick={() => go(to)} disabled={value === to}>
        {t('today')}
      </button>
    </div>
  );
}
