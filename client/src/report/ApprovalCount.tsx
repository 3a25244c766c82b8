import { useEffect, useState } from 'react';
import { graphql } from '../api/graphql';
import '../review/review.css';

const COUNT = `query ApprovalCount { approvalQueue { reportId } }`;

/** The number of reports awaiting the signed-in coordinator's approval, for the navigation (no person data). */
export function ApprovalCount({ path }: { path: string }) {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    graphql<{ approvalQueue: unknown[] }>(COUNT, {}, { signal: controller.signal })
      .then((r) => setCount(r.approvalQueue.length))
      .catch(() => setCount(null));
    return () => controller.abort();
  }, [path]);
  if (!count) return null;
  return (
    <span className="nav-count" data-testid="approval-count" aria-label={String(count)}>
      {' '}
      {count}
    </span>
  );
}
