// The saved-query editor's form. Before sending: the contract's rule (some text, the length cap).
// The header's rules and the EXPLAIN verdict are the server's; when it refuses a save because of
// the text, its reasons stand beside the source, with the line when it names one.
import { SAVED_QUERY_SOURCE_MAX, type SavedQuerySourceProblem } from '@opspor/contract';
import { GraphQLRequestError } from '../api/graphql';
import type { Translate } from '../i18n/i18n';
import type { QueriesKey } from './queries-messages';

export { SAVED_QUERY_SOURCE_MAX, savedQuerySourceSchema, type SavedQuerySourceForm } from '@opspor/contract';

/** One reason the API gave for refusing the text, and the line it names (null when it names none). */
export interface SourceRefusal {
  reason: string;
  line: number | null;
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/**
 * The API's reasons when a save is refused because of the text: an invalid header or plan
 * (QUERY_INVALID), a write (QUERY_NOT_READ_ONLY), an input naming the source or a line
 * (BAD_USER_INPUT), a new query whose header names one that exists (CONFLICT with a name and no
 * version). Null for anything else (a stale version, a lost connection): that goes to the notice.
 */
export function sourceRefusals(error: unknown): SourceRefusal[] | null {
  if (!(error instanceof GraphQLRequestError)) return null;
  const { extensions: ext } = error;
  const line = typeof ext.line === 'number' ? ext.line : null;
  switch (error.code) {
    case 'QUERY_INVALID':
    case 'QUERY_NOT_READ_ONLY': {
      const reasons = strings(ext.reasons);
      return (reasons.length > 0 ? reasons : [error.message]).map((reason) => ({ reason, line }));
    }
    case 'BAD_USER_INPUT':
      if (ext.field !== 'source' && line === null) return null;
      return [{ reason: typeof ext.reason === 'string' ? ext.reason : error.message, line }];
    case 'CONFLICT':
      return typeof ext.name === 'string' && ext.currentVersion === undefined ? [{ reason: error.message, line }] : null;
    default:
      return null;
  }
}

/** Each refusal as the page says it: "line 3: …" when a line is named. */
export function refusalLines(t: Translate<QueriesKey>, refusals: readonly SourceRefusal[]): string[] {
  return refusals.map(({ reason, line }) => (line === null ? reason : t('sourceLine', { line, reason })));
}

/** The words for the form's own problem with the source. */
export function sourceProblemText(t: Translate<QueriesKey>, problem: SavedQuerySourceProblem): string {
  return t(`sourceProblem.${problem}`, { max: SAVED_QUERY_SOURCE_MAX });
}
