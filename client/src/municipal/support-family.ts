// A support flag's members → the explorer's Family shape, so the explorer's pure genogram functions
// can draw it. Municipal users may not call the police `family` query, so the drawing holds only
// what the support flag itself says: who the members are, who is whose parent, who lives with the
// children. No case history (the badges stay empty) and no partnerships (the flag does not say).
import type { Family, FamilyPerson } from '../explorer/family.types';
import type { FlagMember } from '../review/review.types';

export const HOME_ID = 'support-home';

export function supportFamily(members: readonly FlagMember[], asOf: string, homeLabel: string): Family {
  const children = members.filter((m) => m.relation === 'CHILD');
  const eldest = [...children].sort((a, b) => a.birthDate.localeCompare(b.birthDate) || a.personId.localeCompare(b.personId))[0];
  const persons: FamilyPerson[] = members.map((m) => ({
    id: m.personId,
    name: m.name,
    sex: m.sex,
    birthDate: m.birthDate,
    deathDate: null,
    age: m.age,
    born: true,
    deceased: false,
    searched: false,
    kin: true,
    relation: 'relative',
    history: { caseCounts: [], addressChanges: 0 },
    flags: [],
  }));
  const parentLinks = members.flatMap((m) =>
    m.relations.filter((r) => r.relation === 'PARENT').map((r) => ({ parentId: m.personId, childId: r.childId })),
  );
  const home = members.filter((m) => m.relation === 'CHILD' || m.livesWithChildren).map((m) => m.personId);
  return {
    rootId: eldest?.personId ?? members[0]?.personId ?? '',
    asOf,
    depth: 1,
    persons,
    parentLinks,
    partnerships: [],
    households: home.length
      ? [
          {
            addressId: HOME_ID,
            street: homeLabel,
            postalCode: '',
            city: '',
            municipalityCode: null,
            municipalityName: null,
            memberIds: home,
            residentCount: home.length,
            parentElsewhere: false,
            residents: [],
          },
        ]
      : [],
  };
}
