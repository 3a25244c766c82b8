import { graphqlEnum } from '../common/graphql-scalars.js';

// The closed sets a flag is described with, as GraphQL enums (each value is the stored string).

export const FLAG_STATUSES = ['NEW', 'IN_REVIEW', 'REPORTED', 'MONITORING', 'DISMISSED'] as const;
export type FlagStatus = (typeof FLAG_STATUSES)[number];

export const FlagStatusEnum = graphqlEnum('FlagStatus', FLAG_STATUSES, 'Where a flag is in triage', {
  NEW: 'found by a scan, not yet looked at',
  IN_REVIEW: 'a coordinator is looking at it',
  REPORTED: 'a social report was sent by a person (final)',
  MONITORING: 'kept under watch without a report',
  DISMISSED: 'judged not to need a report',
});

export const SIGNAL_KINDS = ['trigger', 'context', 'history'] as const;

export const SignalKindEnum = graphqlEnum('SignalKind', SIGNAL_KINDS, 'What a signal contributes to a flag', {
  trigger: 'a current finding that raises the flag',
  context: 'a circumstance that adds to a flag raised by a trigger',
  history: 'a person’s earlier history, shown beside the current case',
});

export const MEMBER_RELATIONS = ['child', 'adult', 'parent-elsewhere'] as const;

export const MemberRelationEnum = graphqlEnum('MemberRelation', MEMBER_RELATIONS, 'A flag member’s place around the children', {
  child: 'one of the children the flag is about',
  adult: 'an adult who lives with the children',
  'parent-elsewhere': 'a parent of a child who lives elsewhere',
});

export const CHILD_RELATIONS = ['self', 'parent', 'parent-partner', 'sibling', 'other-adult'] as const;

export const ChildRelationKindEnum = graphqlEnum('ChildRelationKind', CHILD_RELATIONS, 'How a flag member is related to one child', {
  self: 'the child themself',
  parent: 'the child’s parent',
  'parent-partner': 'the partner of one of the child’s parents',
  sibling: 'the child’s brother or sister',
  'other-adult': 'another adult in the household',
});

export const EVIDENCE_KINDS = ['case', 'move', 'co-resident', 'indicator', 'address', 'residence', 'person'] as const;

export const EvidenceKindEnum = graphqlEnum('EvidenceKind', EVIDENCE_KINDS, 'What kind of record stands behind a signal', {
  case: 'a police case',
  move: 'a move from one address to another',
  'co-resident': 'a person registered at the children’s address',
  indicator: 'a municipal indicator',
  address: 'the address itself',
  residence: 'a residence period',
  person: 'the person record itself, when a rule cites the person rather than one of their records',
});
