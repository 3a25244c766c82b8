// A date field in the app's language, not the browser's: a text field showing 01.12.2026 (Danish)
// or 01/12/2026 (English), accepting what people type (see date-text.ts), with a calendar button.
// Owners get and give ISO days (YYYY-MM-DD, '' when empty or not a date), as the server does.
//
// The calendar is the browser's own date picker, opened with showPicker() on a hidden
// <input type="date"> under the button: no extra library, keyboard-operable, min/max honoured.
// That hidden input is also what a ref gets (react-hook-form's register reads and sets its ISO
// value; focus() moves to the text field), so <DateField {...register('from')} /> works as
// <input type="date" {...register('from')} /> did, and so do value/onChange and Controller.
//
// The field often sits inside an owner's <label>: the calendar button is therefore left out of
// the accessibility tree (else its name would join the label's) and is reached from the keyboard
// by Alt+↓ or F4 in the text field, which the hint says.
import { forwardRef, useCallback, useEffect, useId, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { defineMessages, useLang, useMessages, type Lang } from '../i18n/i18n';
import { formatDayText, readDay, type DayProblem } from './date-text';
import { formatDay } from '../i18n/format';
import styles from './DateField.module.css';

const MESSAGES = defineMessages(
  {
    da: {
      format: 'dd.mm.åååå',
      hint: 'Dato som dd.mm.åååå, fx 01.12.2026. Alt+pil ned åbner kalenderen.',
      invalid: 'Ikke en gyldig dato – skriv fx 01.12.2026',
      beforeMin: 'Datoen skal være {min} eller senere',
      afterMax: 'Datoen må højst være {max}',
      calendar: 'Vælg i kalenderen',
    },
    en: {
      format: 'dd/mm/yyyy',
      hint: 'Date as dd/mm/yyyy, e.g. 01/12/2026. Alt+Down arrow opens the calendar.',
      invalid: 'Not a valid date – type e.g. 01/12/2026',
      beforeMin: 'The date must be {min} or later',
      afterMax: 'The date must be {max} or earlier',
      calendar: 'Choose from the calendar',
    },
  },
  'date-field',
);

/** What an owner's onChange/onBlur gets: like an input event, with the ISO day ('' when none) as value. */
export interface DateFieldEvent {
  type: 'change' | 'blur';
  target: { name: string; value: string };
}

export interface DateFieldProps {
  /** ISO day or '' (controlled); leave out with react-hook-form's register */
  value?: string | null;
  onChange?(event: DateFieldEvent): void;
  onBlur?(event: DateFieldEvent): void;
  name?: string;
  id?: string;
  /** ISO bounds, inclusive (a number, as react-hook-form's register types them, is not a day and is ignored) */
  min?: string | number;
  max?: string | number;
  required?: boolean;
  disabled?: boolean;
  title?: string;
  'aria-invalid'?: boolean | 'true' | 'false';
  'aria-describedby'?: string;
  'data-testid'?: string;
}

/** The native value setter of the hidden input (React's tracker, if it installed one, else the prototype's). */
function valueDescriptor(el: HTMLInputElement): PropertyDescriptor {
  return Object.getOwnPropertyDescriptor(el, 'value') ?? Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
}

export const DateField = forwardRef(function DateField(props: DateFieldProps, ref: Ref<HTMLInputElement>) {
  const { value, onChange, onBlur, name = '' } = props;
  const min = typeof props.min === 'string' ? props.min : undefined;
  const max = typeof props.max === 'string' ? props.max : undefined;
  const t = useMessages(MESSAGES);
  const { lang } = useLang();
  const ownId = useId();
  const id = props.id ?? `${ownId}-date`;
  const [text, setText] = useState(() => (value ? formatDayText(value, lang) : ''));
  const [problem, setProblem] = useState<DayProblem>(null);
  const [showProblem, setShowProblem] = useState(false);
  const textRef = useRef<HTMLInputElement | null>(null);
  const pickerRef = useRef<HTMLInputElement | null>(null);
  const current = useRef({ text, lang });
  current.current = { text, lang };

  /** Shows an ISO day set from outside (owner's value, form reset, the picker) unless the text already means it. */
  const show = useCallback((iso: string) => {
    const { text: now, lang: l } = current.current;
    if (readDay(now).iso === iso && (iso !== '' || now === '')) return;
    if (iso === '' && readDay(now).problem?.kind === 'invalid') return;
    setText(iso ? formatDayText(iso, l) : '');
    setProblem(null);
  }, []);

  /** Sets the hidden ISO input (which shows the day unless the text already means it). */
  const setPicker = (iso: string) => {
    if (pickerRef.current) pickerRef.current.value = iso;
  };
  useEffect(() => {
    if (value !== undefined && pickerRef.current) pickerRef.current.value = value ?? '';
  }, [value]);
  // A language change rewrites a valid day in the new language's form.
  useEffect(() => {
    const read = readDay(current.current.text);
    if (read.iso) setText(formatDayText(read.iso, lang));
  }, [lang]);

  const problemText = problemMessage(problem, t, lang);
  useEffect(() => textRef.current?.setCustomValidity(problemText ?? ''), [problemText]);

  const emit = (iso: string, type: DateFieldEvent['type']) => {
    const handler = type === 'change' ? onChange : onBlur;
    handler?.({ type, target: { name, value: iso } });
  };

  const typed = (next: string) => {
    current.current = { text: next, lang };
    setText(next);
    const read = readDay(next, min, max);
    setProblem(read.problem);
    if (!read.problem || read.problem.kind !== 'invalid') setShowProblem(false);
    if (read.iso !== (pickerRef.current?.value ?? '')) {
      setPicker(read.iso);
      emit(read.iso, 'change');
    }
  };

  const openPicker = () => {
    const el = pickerRef.current;
    if (!el || props.disabled) return;
    try {
      el.showPicker();
    } catch {
      // Browsers without showPicker (or refusing it): the text field is still there to type in.
      textRef.current?.focus();
    }
  };

  const keyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if ((e.altKey && e.key === 'ArrowDown') || e.key === 'F4') {
      e.preventDefault();
      openPicker();
    }
  };

  // The ref owners get: the hidden ISO input, told to show values set on it and to pass focus on.
  const pickerCallback = useCallback(
    (el: HTMLInputElement | null) => {
      pickerRef.current = el;
      if (el && !Object.prototype.hasOwnProperty.call(el, '__dateField')) {
        const native = valueDescriptor(el);
        Object.defineProperty(el, 'value', {
          configurable: true,
          get: () => native.get!.call(el) as string,
          set: (v: string) => {
            native.set!.call(el, v);
            show(native.get!.call(el) as string);
          },
        });
        Object.defineProperty(el, '__dateField', { value: true });
        el.focus = () => textRef.current?.focus();
      }
      if (typeof ref === 'function') ref(el);
      else if (ref) ref.current = el;
    },
    [ref, show],
  );

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const visibleProblem = showProblem || problem?.kind !== 'invalid' ? problemText : null;
  const describedBy = [props['aria-describedby'], hintId, visibleProblem ? errorId : null].filter(Boolean).join(' ');
  const invalid = Boolean(visibleProblem) || props['aria-invalid'] === true || props['aria-invalid'] === 'true';

  return (
    <span className={styles.field}>
      <input
        ref={textRef}
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        className={styles.text}
        name={name || undefined}
        value={text}
        placeholder={t('format')}
        title={props.title}
        required={props.required}
        disabled={props.disabled}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        data-testid={props['data-testid']}
        data-iso={readDay(text).iso}
        onChange={(e) => typed(e.target.value)}
        onKeyDown={keyDown}
        onBlur={() => {
          const read = readDay(text, min, max);
          if (read.iso && !read.problem) setText(formatDayText(read.iso, lang));
          setShowProblem(true);
          emit(read.iso, 'blur');
        }}
      />
      <button
        type="button"
        className={`secondary small ${styles.calendar}`}
        onClick={openPicker}
        disabled={props.disabled}
        title={t('calendar')}
        aria-hidden="true"
        tabIndex={-1}
      >
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
          <rect x="1.5" y="2.5" width="13" height="12" rx="1.5" fill="none" stroke="currentColor" />
          <path d="M1.5 6h13M5 1v3M11 1v3" stroke="currentColor" />
        </svg>
      </button>
      <input
        ref={pickerCallback}
        type="date"
        className={styles.picker}
        min={min}
        max={max}
        tabIndex={-1}
        aria-hidden="true"
        defaultValue={value ?? undefined}
        onChange={(e) => {
          const iso = e.target.value;
          current.current = { text: formatDayText(iso, lang), lang };
          setText(iso ? formatDayText(iso, lang) : '');
          setProblem(null);
          emit(iso, 'change');
        }}
      />
      <span id={hintId} hidden>
        {t('hint')}
      </span>
      {visibleProblem && (
        <span id={errorId} className={styles.error} role="alert" data-testid="date-field-error">
          {visibleProblem}
        </span>
      )}
    </span>
  );
});

function problemMessage(
  problem: DayProblem,
  t: (key: 'invalid' | 'beforeMin' | 'afterMax', vars?: Record<string, string>) => string,
  lang: Lang,
) {
  if (!problem) return null;
  if (problem.kind === 'invalid') return t('invalid');
  if (problem.kind === 'before-min') return t('beforeMin', { min: formatDay(problem.bound, lang) });
  return t('afterMax', { max: formatDay(problem.bound, lang) });
}
