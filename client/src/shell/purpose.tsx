import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { graphql, GraphQLRequestError } from '../api/graphql';
import type { TypedDocumentString } from '../api/graphql';
import { useQuery } from '@tanstack/react-query';
import { clearPurpose, PurposeCancelledError, storedPurpose, storePurpose } from '../api/purpose';
import { queryClient } from '../api/query-client';
import { PurposeReasonsDocument } from '../gql-shell/graphql';
import { PurposeDialog } from './PurposeDialog';

export { PurposeCancelledError };

interface PurposeValue {
  purpose: string | null;
  /** Opens the purpose dialog; resolves with the purpose given, rejects with PurposeCancelledError. */
  askPurpose(options?: { again?: boolean; reasons?: readonly string[] }): Promise<string>;
}

const PurposeContext = createContext<PurposeValue | null>(null);

// The configured reasons, read once per session from the API (never a list of the client's own).
const REASONS_QUERY = {
  queryKey: ['purposeReasons'],
  queryFn: () => graphql(PurposeReasonsDocument).then((r) => r.purposeReasons),
  staleTime: Infinity,
} as const;

/** The reasons a purpose may be besides a journal number, as the server is configured. */
export function usePurposeReasons(): readonly string[] | undefined {
  return useQuery(REASONS_QUERY).data;
}

interface Pending {
  again: boolean;
  reasons: readonly string[];
  resolve(purpose: string): void;
  reject(error: Error): void;
}

/** Holds the investigation's purpose and the dialog that asks for it. */
export function PurposeProvider({ children }: { children: ReactNode }) {
  const [purpose, setPurpose] = useState<string | null>(storedPurpose);
  const [pending, setPending] = useState<Pending | null>(null);
  const asking = useRef<Promise<string> | null>(null);

  const askPurpose = useCallback((options: { again?: boolean; reasons?: readonly string[] } = {}) => {
    // Several reads may need a purpose at once: they share one dialog.
    asking.current ??= (options.reasons ? Promise.resolve(options.reasons) : queryClient.fetchQuery(REASONS_QUERY))
      .then(
        (reasons) =>
          new Promise<string>((resolve, reject) => {
            setPending({ again: options.again ?? false, reasons, resolve, reject });
          }),
      )
      .finally(() => {
        asking.current = null;
      });
    return asking.current;
  }, []);

  const confirm = (value: string) => {
    storePurpose(value);
    setPurpose(value.trim());
    pending?.resolve(value.trim());
    setPending(null);
  };
  const cancel = () => {
    pending?.reject(new PurposeCancelledError());
    setPending(null);
  };

  const value = useMemo(() => ({ purpose, askPurpose }), [purpose, askPurpose]);
  return (
    <PurposeContext.Provider value={value}>
      {children}
      {pending && <PurposeDialog initial={purpose} again={pending.again} reasons={pending.reasons} onConfirm={confirm} onCancel={cancel} />}
    </PurposeContext.Provider>
  );
}

export function usePurpose(): PurposeValue {
  const value = useContext(PurposeContext);
  if (!value) throw new Error('usePurpose outside PurposeProvider');
  return value;
}

/**
 * The function pages use to read person data: asks for a purpose when none is set, sends it,
 * and when the API refuses it (PURPOSE_REQUIRED) asks again and retries once.
 */
export type PersonRead = <TResult, TVariables>(
  query: TypedDocumentString<TResult, TVariables>,
  variables?: TVariables,
  signal?: AbortSignal,
) => Promise<TResult>;

export function usePersonRead(): PersonRead {
  const { askPurpose } = usePurpose();
  return useCallback(
    async <TResult, TVariables>(
      query: TypedDocumentString<TResult, TVariables>,
      variables?: TVariables,
      signal?: AbortSignal,
    ): Promise<TResult> => {
      const purpose = storedPurpose() ?? (await askPurpose());
      try {
        return await graphql(query, variables, { purpose, signal });
      } catch (error) {
        if (!(error instanceof GraphQLRequestError) || error.code !== 'PURPOSE_REQUIRED') throw error;
        clearPurpose();
        const reasons = Array.isArray(error.extensions.reasons) ? (error.extensions.reasons as string[]) : undefined;
        const again = await askPurpose({ again: true, ...(reasons ? { reasons } : {}) });
        return graphql(query, variables, { purpose: again, signal });
      }
    },
    [askPurpose],
  );
}
