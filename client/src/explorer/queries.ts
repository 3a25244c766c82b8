// The explorer's GraphQL documents (all person reads: sent with the purpose header).
const FAMILY_PERSON = `id name sex birthDate deathDate age born deceased searched kin relation
  history { addressChanges caseCounts { category subcategory labelDa labelEn role count } }
  flags { id status }`;

export const FAMILY = `query Family($personId: ID!, $depth: Int!, $asOf: String) {
  family(personId: $personId, depth: $depth, asOf: $asOf) {
    rootId asOf depth
    persons { ${FAMILY_PERSON} }
    parentLinks { parentId childId }
    partnerships { personA personB kind from to status }
    households { addressId street postalCode city municipalityCode municipalityName memberIds residentCount parentElsewhere residents { personId since } }
  }
}`;

export const SEARCH = `query Search($text: String!, $first: Int!, $after: String) {
  searchPersons(text: $text, first: $first, after: $after) {
    mode hasNextPage endCursor items { id name sex birthDate deathDate }
  }
}`;

export const PERSON = `query Person($id: ID!, $first: Int!) {
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
}`;

export const TIMELINE = `query Timeline($personId: ID!, $from: String, $to: String) {
  personTimeline(personId: $personId, from: $from, to: $to) {
    personId from to truncated
    events { date kind caseId category categoryLabelDa categoryLabelEn role districtCode addressId street city }
  }
}`;

const ADDRESS = 'id street postalCode city';

export const FAMILY_TIMELINE = `query FamilyTimeline($personId: ID!, $depth: Int!, $from: String, $to: String) {
  familyTimeline(personId: $personId, depth: $depth, from: $from, to: $to) {
    rootId from to truncated
    events {
      date kind personId otherPersonId caseId category subcategory categoryLabelDa categoryLabelEn role districtCode
      fromAddress { ${ADDRESS} } toAddress { ${ADDRESS} }
    }
  }
}`;

export interface SearchHit {
  id: string;
  name: string;
  sex: string;
  birthDate: string;
  deathDate: string | null;
}

export interface SearchResult {
  searchPersons: { mode: string; hasNextPage: boolean; endCursor: string | null; items: SearchHit[] };
}

export interface Residence {
  addressId: string;
  street: string;
  postalCode: string;
  city: string;
  municipalityCode: string | null;
  municipalityName: string | null;
  from: string;
  to: string | null;
}

export interface PersonCase {
  caseId: string;
  journalNo: string;
  category: string;
  categoryLabelDa: string;
  categoryLabelEn: string;
  subcategory: string | null;
  occurredAt: string;
  role: string;
  districtCode: string | null;
  districtName: string | null;
}

/** One ingested record about the person (applied, stale or retracted) and its batch. */
export interface ProvenanceEntry {
  at: string;
  action: string;
  recordType: string;
  key: string;
  batchId: string;
  source: string;
  actor: string;
  file: string | null;
  line: number;
  reason: string | null;
  fields: { field: string; old: string | null; new: string | null }[];
}

export interface PersonResult {
  person: {
    id: string;
    name: string;
    sex: string;
    birthDate: string;
    deathDate: string | null;
    residencesTruncated: boolean;
    residences: Residence[];
    kinship: {
      parents: { id: string; name: string }[];
      children: { id: string; name: string }[];
      partners: { kind: string; from: string | null; to: string | null; person: { id: string; name: string } }[];
    };
    provenance: ProvenanceEntry[];
  };
  personCases: { totalCount: number; hasNextPage: boolean; items: PersonCase[] };
}
