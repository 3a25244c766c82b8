import { useState } from 'react';
import { graphql } from '../api/graphql';
import { useMessages } from '../i18n/i18n';
import { ErrorNotice } from '../ui/ErrorNotice';
import { VERIFY_AUDIT_LOG, type AuditVerification } from './admin-api';
import { AUDIT_MESSAGES, type AuditKey } from './audit-messages';

/** Recomputes the hash chain on request and says whether it is intact, or where it first breaks. */
export function ChainCheck() {
  const t = useMessages(AUDIT_MESSAGES);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<AuditVerification | null>(null);
  const [error, setError] = useState<unknown>(null);
  const verify = async () => {
    setBusy(true);
    setError(null);
    try {
      setResult((await graphql(VERIFY_AUDIT_LOG)).verifyAuditLog);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const problem = (kind: string | null) => {
    const key = `problem.${kind ?? ''}`;
    return key in AUDIT_MESSAGES.da ? t(key as AuditKey) : (kind ?? '');
  };
  return (
    <section className="card" aria-labelledby="chain-h" data-testid="chain-check">
      <h2 id="chain-h">{t('chainTitle')}</h2>
      <p className="muted small">{t('chainHint')}</p>
      <button type="button" className="primary small" onClick={() => void verify()} disabled={busy} data-testid="verify-chain">
        {busy ? t('verifying') : t('verify')}
      </button>
      <ErrorNotice error={error} />
      {result && (
        <p
          className={`notice ${result.intact ? 'notice-ok' : 'notice-error'}`}
          role="status"
          data-testid="chain-result"
          data-intact={String(result.intact)}
        >
          <strong>
            {result.intact
              ? t('intact', { checked: result.checked })
              : t('broken', { seq: result.problemSeq ?? '?', problem: problem(result.problem), checked: result.checked })}
          </strong>
        </p>
      )}
    </section>
  );
}
