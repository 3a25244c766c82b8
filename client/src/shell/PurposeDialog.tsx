import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { isValidPurpose, JOURNAL_NO } from '../api/purpose';
import { useT } from '../i18n/i18n';

interface Props {
  initial: string | null;
  again: boolean;
  reasons: readonly string[];
  onConfirm(purpose: string): void;
  onCancel(): void;
}

/** A modal dialog (native <dialog>: focus trap and Escape for free). */
export function PurposeDialog({ initial, again, reasons, onConfirm, onCancel }: Props) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const startsAsJournal = initial !== null && JOURNAL_NO.test(initial);
  const [mode, setMode] = useState<'reason' | 'journal'>(startsAsJournal ? 'journal' : 'reason');
  const [reason, setReason] = useState(initial && reasons.includes(initial) ? initial : (reasons[0] ?? ''));
  const [journal, setJournal] = useState(startsAsJournal ? initial : '');
  const [invalid, setInvalid] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = mode === 'journal' ? journal.trim() : reason;
    if (!isValidPurpose(value, reasons)) {
      setInvalid(true);
      return;
    }
    onConfirm(value);
  };

  return (
    <dialog
      ref={ref}
      className="purpose-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <form onSubmit={submit}>
        <h2 id={`${id}-title`}>{t('purpose.title')}</h2>
        {again && (
          <p className="notice notice-warn" role="alert">
            {t('purpose.again')}
          </p>
        )}
        <p>{t('purpose.intro')}</p>
        <fieldset>
          <label className="choice">
            <input type="radio" name="purpose-mode" checked={mode === 'reason'} onChange={() => setMode('reason')} />
            {t('purpose.reason')}
          </label>
          <select
            aria-label={t('purpose.reason')}
            value={reason}
            disabled={mode !== 'reason'}
            onChange={(e) => setReason(e.target.value)}
            name="purpose-reason"
          >
            {reasons.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
          <label className="choice">
            <input type="radio" name="purpose-mode" checked={mode === 'journal'} onChange={() => setMode('journal')} />
            {t('purpose.journal')}
          </label>
          <input
            type="text"
            name="purpose-journal"
            aria-label={t('purpose.journal')}
            aria-describedby={`${id}-hint`}
            placeholder="5100-80120-00042-26"
            value={journal}
            onFocus={() => setMode('journal')}
            onChange={(e) => {
              setJournal(e.target.value);
              setInvalid(false);
            }}
            inputMode="numeric"
            autoComplete="off"
          />
          <small id={`${id}-hint`}>{t('purpose.journalHint')}</small>
        </fieldset>
        {invalid && (
          <p className="notice notice-error" role="alert">
            {t('purpose.invalid')}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="secondary" onClick={onCancel}>
            {t('purpose.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('purpose.confirm')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
