import { graphqlEnum } from '../common/graphql-scalars.js';

// The review workflow's closed sets as GraphQL enums (each value is the stored string).

export const REPORT_STATUSES = ['DRAFT', 'AWAITING_APPROVAL', 'RETURNED', 'APPROVED', 'REPORTED'] as const;

export const ReportStatusEnum = graphqlEnum('ReportStatus', REPORT_STATUSES, 'Where a social report is on its way to approval', {
  DRAFT: 'being written',
  AWAITING_APPROVAL: 'waiting for a second coordinator (four eyes)',
  RETURNED: 'sent back to its author with a comment',
  APPROVED: 'approved; a person may now send it',
  REPORTED: 'sent to the municipality by a person',
});

export const OUTCOMES = ['RELEVANT', 'NOT_RELEVANT', 'ALREADY_KNOWN'] as const;

export const ReportOutcomeEnum = graphqlEnum('ReportOutcomeKind', OUTCOMES, 'What the municipality said of a report', {
  RELEVANT: 'the report was relevant',
  NOT_RELEVANT: 'the report was not relevant',
  ALREADY_KNOWN: 'the municipality already knew the family',
});
