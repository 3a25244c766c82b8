// The explorer's GraphQL documents (all person reads: sent with the purpose header), typed from
// the server schema by `npm run codegen`; the shapes below are taken from the generated types.
import { gql } from '../gql';
import type { PersonQuery, SearchQuery } from '../gql/graphql';

gql(`fragment FamilyPersonFields on FamilyPerson {
  id name sex birthDate deathDate age born deceased searched kin relation
  history { addressChanges caseCounts { category subcategory labelDa labelEn role count } }
  flags { id status }
}`);

gql(`fragment TimelineAddressFields on TimelineAddress { id street postalCode city }`);

export const FAMILY = gql(`query Family($personId: ID!, $depth: Int!, $asOf: Date) {
  family(personId: $personId, depth: $depth, asOf: $asOf) {
    rootId asOf depth
    persons { ...FamilyPersonFields }
    parentLinks { parentId childId }
    partnerships { personA personB kind from to status }
    households { addressId street postalCode city municipalityCode municipalityName memberIds residentCount parentElsewhere residents { personId since } }
  }
}`);

export const SEARCH = gql(`query Search($text: String!, $first: Int!, $after: String) {
  searchPersons(text: $text, first: $first, after: $after) {
    mode hasNextPage endCursor items { id name sex birthDate deathDate }
  }
}`);

export const PERSON = gql(`query Person($id: ID!, $first: Int!) {
  person(id: $id) {
    id name sex birthDate deathDate residencesTruncated
    residences { addressId street postalCode city municipalityCode municipalityName from to }
    kinship {
      parents { id name } children { id name }
      partners { kind from to person { id name } }
    }
    provenance { at action recordType key batchId source actor file line reason fields { field old new } }
  }
  personCases(personId: $id, first: $first) {
    totalCount hasNextPage
    items { caseId journalNo category categoryLabelDa categoryLabelEn subcategory occurredAt role districtCode districtName }
  }
}`);

export const FAMILY_TIMELINE = gql(`query FamilyTimeline($personId: ID!, $depth: Int!, $from: Date, $to: Date) {
  familyTimeline(personId: $personId, depth: $depth, from: $from, to: $to) {
    rootId from to truncated
    events {
      date kind personId otherPersonId caseId category subcategory categoryLabelDa categoryLabelEn role districtCode
      fromAddress { ...TimelineAddressFields } toAddress { ...TimelineAddressFields }
    }
  }
}`);

export type SearchResult = SearchQuery;
export type SearchHit = SearchQuery['searchPersons']['items'][number];
export type PersonResult = PersonQuery;
export type Residence = PersonQuery['person']['residences'][number];
export type PersonCase = PersonQuery['personCases']['items'][number];
/** One ingested record about the person (applied, stale or retracted) and its batch. */
export type ProvenanceEntry = PersonQuery['person']['provenance'][number];
