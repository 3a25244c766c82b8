/** Child-centred clusters, built from cluster-members rows. Pure: unit-tested beside it. */

export interface ClusterRow {
  addressId: string;
  municipalityCode: string;
  districtCode: string;
  residents: { id: string; birthDate: string }[];
  parentLinks: { parentId: string; childId: string }[];
  partnerLinks: ({ parentId: string; partnerId: string } | null)[];
}

export type ChildRelation = 'self' | 'parent' | 'parent-partner' | 'sibling' | 'other-adult';
export type MemberRole = 'child' | 'adult' | 'parent-elsewhere';

export interface ClusterMember {
  personId: string;
  /** child, adult living with the children, or a parent living elsewhere (custody is unknown to the police) */
  relation: MemberRole;
  livesHere: boolean;
  /** how this member relates to each child of the cluster */
  relations: { childId: string; relation: ChildRelation }[];
}

export interface Cluster {
  /** the cluster's key within one evaluation (its address); the flag's identity is its children */
  id: string;
  addressId: string;
  municipalityCode: string;
  districtCode: string;
  childIds: string[];
  members: ClusterMember[];
}

export function isChildOn(birthDate: string, asOf: string): boolean {
  const [y, m, d] = asOf.split('-').map(Number) as [number, number, number];
  const eighteenYearsBefore = `${String(y - 18).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return birthDate > eighteenYearsBefore && birthDate <= asOf;
}

export function buildCluster(row: ClusterRow, asOf: string): Cluster {
  const residents = new Set(row.residents.map((r) => r.id));
  const childIds = row.residents
    .filter((r) => isChildOn(r.birthDate, asOf))
    .map((r) => r.id)
    .sort();
  const children = new Set(childIds);
  const parentsOf = new Map<string, Set<string>>();
  for (const link of row.parentLinks) {
    const set = parentsOf.get(link.childId) ?? new Set<string>();
    set.add(link.parentId);
    parentsOf.set(link.childId, set);
  }
  const partnersOf = new Map<string, Set<string>>();
  for (const link of row.partnerLinks) {
    if (!link) continue;
    const set = partnersOf.get(link.parentId) ?? new Set<string>();
    set.add(link.partnerId);
    partnersOf.set(link.parentId, set);
  }
  const relationTo = (personId: string, childId: string): ChildRelation => {
    if (personId === childId) return 'self';
    const parents = parentsOf.get(childId) ?? new Set<string>();
    if (parents.has(personId)) return 'parent';
    if ([...parents].some((p) => partnersOf.get(p)?.has(personId))) return 'parent-partner';
    if (children.has(personId)) return 'sibling';
    return 'other-adult';
  };
  const memberIds = new Set<string>([...residents, ...row.parentLinks.map((l) => l.parentId)]);
  const members: ClusterMember[] = [...memberIds].sort().map((personId) => {
    const livesHere = residents.has(personId);
    const relation: MemberRole = children.has(personId) ? 'child' : livesHere ? 'adult' : 'parent-elsewhere';
    const relations = childIds.filter((c) => c !== personId).map((c) => ({ childId: c, relation: relationTo(personId, c) }));
    return { personId, relation, livesHere, relations };
  });
  return {
    id: row.addressId,
    addressId: row.addressId,
    municipalityCode: row.municipalityCode,
    districtCode: row.districtCode,
    childIds,
    members,
  };
}
