import { useQuery } from '@tanstack/react-query';
import { graphql } from '../api/graphql';
import { ApprovalCountDocument as COUNT } from '../gql-shell/graphql';
import styles from './report.module.css';

// the operation is in app/session.graphql (the navigation is part of the first chunk)

/** The number of reports awaiting the signed-in coordinator's approval, for the navigation (no person data). */
export function ApprovalCount({ path }: { path: string }) {
  // read again on every page change (and after every decision, with the rest of the cache)
  const { data } = useQuery({
    queryKey: ['approvalCount', path],
    queryFn: ({ signal }) => graphql(COUNT, {}, { signal }),
    staleTime: 0,
  });
  const count = data?.approvalQueue.length ?? null;
  if (!count) return null;
  return (
    <span className={styles.navCount} data-testid="approval-count" aria-label={String(count)}>
      {' '}
      {count}
    </span>
  );
}
