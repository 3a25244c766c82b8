import { GraphQLRequestError } from '../api/graphql';
import { useT } from '../i18n/i18n';
import { SHELL_MESSAGES, type ShellKey } from '../i18n/shell-messages';
import { PurposeCancelledError } from '../api/purpose';

/** An error as a user reads it: a sentence for its code, the API's own message, and its code. */
export function ErrorNotice({ error }: { error: unknown }) {
  const t = useT();
  if (!error || error instanceof PurposeCancelledError) return null;
  const code = error instanceof GraphQLRequestError ? error.code : 'INTERNAL';
  const key = `error.${code}`;
  const sentence = t(key in SHELL_MESSAGES.da ? (key as ShellKey) : 'error.INTERNAL');
  const detail = error instanceof GraphQLRequestError && code !== 'INTERNAL' && code !== 'NOT_FOUND' ? error.message : null;
  return (
    <div className="notice notice-error" role="alert" data-error-code={code}>
      <strong>{sentence}</strong>
      {detail && <span className="notice-detail"> {detail}</span>}
      <code className="notice-code">{code}</code>
    </div>
  );
}
