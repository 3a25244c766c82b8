// The `family` and `familyTimeline` answers as the client reads them: taken from the generated
// operation types (client/src/gql/, from server/schema.graphql), never written by hand.
import type { FamilyPersonFieldsFragment, FamilyQuery, FamilyTimelineQuery, TimelineAddressFieldsFragment } from '../gql/graphql';

export type Sex = 'F' | 'M' | 'U';

export type Family = FamilyQuery['family'];
export type FamilyPerson = FamilyPersonFieldsFragment;
export type CaseCount = FamilyPerson['history']['caseCounts'][number];
export type ParentLink = Family['parentLinks'][number];
export type Partnership = Family['partnerships'][number];
export type Household = Family['households'][number];

export type FamilyEvent = FamilyTimelineQuery['familyTimeline']['events'][number];
export type FamilyEventKind = FamilyEvent['kind'];
export type TimelineAddress = TimelineAddressFieldsFragment;
