import { graphqlEnum } from '../common/graphql-scalars.js';

// The closed sets of the person and family views, as GraphQL enums. `move-in` is not a GraphQL
// name, so the timeline's kinds go on the wire as CASE, MOVE_IN, MOVE_OUT (resolvers keep the
// stored spelling).

export const TIMELINE_EVENT_KINDS = ['case', 'move-in', 'move-out'] as const;

export const TimelineEventKindEnum = graphqlEnum('TimelineEventKind', TIMELINE_EVENT_KINDS, 'What one entry of a person’s timeline is', {
  case: 'a case the person is involved in',
  'move-in': 'a residence period begins',
  'move-out': 'a residence period ends',
});

export const FAMILY_EVENT_KINDS = ['birth', 'death', 'partnership', 'marriage', 'separation', 'divorce', 'move', 'case'] as const;

export const FamilyEventKindEnum = graphqlEnum('FamilyEventKind', FAMILY_EVENT_KINDS, 'What one dated event of a family is', {
  birth: 'a person is born',
  death: 'a person dies',
  partnership: 'two adults begin to live together',
  marriage: 'two adults marry',
  separation: 'a partnership ends',
  divorce: 'a marriage ends',
  move: 'a person moves from one address to another',
  case: 'a case a person is involved in',
});
