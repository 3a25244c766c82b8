import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useMemo, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { isValidPurpose, JOURNAL_NO } from '@opspor/contract';
import { useT } from '../i18n/i18n';

/** The dialog's form: a configured reason, or a journal number; the chosen one must be a purpose (@opspor/contract). */
function purposeFormSchema(reasons: readonly string[]): z.ZodType<PurposeForm, PurposeForm> {
  return z
    .object({ 'purpose-mode': z.enum(['reason', 'journal']), 'purpose-reason': z.string(), 'purpose-journal': z.string() })
    .refine((v) => isValidPurpose(chosen(v), reasons), { path: ['purpose-journal'], message: 'invalid' });
}
interface PurposeForm {
  'purpose-mode': 'reason' | 'journal';
  'purpose-reason': string;
  'purpose-journal': string;
}
/** The purpose the form holds: the journal number typed, or the reason chosen. */
const chosen = (v: PurposeForm) => (v['purpose-mode'] === 'journal' ? v['purpose-journal'].trim() : v['purpose-reason']);

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
  const resolver = useMemo(() => zodResolver(purposeFormSchema(reasons)), [reasons]);
  const { register, handleSubmit, watch, setValue, formState } = useForm<PurposeForm>({
    resolver,
    defaultValues: {
      'purpose-mode': startsAsJournal ? 'journal' : 'reason',
      'purpose-reason': initial && reasons.includes(initial) ? initial : (reasons[0] ?? ''),
      'purpose-journal': startsAsJournal ? initial : '',
    },
  });
  const mode = watch('purpose-mode');
  const invalid = formState.errors['purpose-journal'] !== undefined;

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const submit = handleSubmit((v) => onConfirm(chosen(v)));

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
      <form noValidate onSubmit={(e) => void submit(e)}>
        <h2 id={`${id}-title`}>{t('purpose.title')}</h2>
        {again && (
          <p className="notice notice-warn" role="alert">
            {t('purpose.again')}
          </p>
        )}
        <p>{t('purpose.intro')}</p>
        <fieldset>
          <label className="choice">
            <input type="radio" value="reason" {...register('purpose-mode')} />
            {t('purpose.reason')}
          </label>
          <select aria-label={t('purpose.reason')} disabled={mode !== 'reason'} {...register('purpose-reason')}>
            {reasons.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
          <label className="choice">
            <input type="radio" value="journal" {...register('purpose-mode')} />
            {t('purpose.journal')}
          </label>
          <input
            type="text"
            {...register('purpose-journal')}
            aria-label={t('purpose.journal')}
            aria-describedby={`${id}-hint`}
            aria-invalid={invalid || undefined}
            placeholder="5100-80120-00042-26"
            onFocus={() => setValue('purpose-mode', 'journal')}
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
