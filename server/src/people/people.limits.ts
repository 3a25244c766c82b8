/** Caps of the people API, in one place so the resolvers' descriptions and checks agree. */
export const PEOPLE_LIMITS = {
  searchPage: 50,
  searchTextMin: 2,
  searchTextMax: 100,
  casePage: 100,
  residences: 200,
  kin: 50,
  familyDepthDefault: 2,
  familyDepthMax: 4,
  familyPersons: 500,
  timelineEvents: 1000,
  provenance: 100,
  /** residents listed per household (an institution's address can hold hundreds) */
  householdResidents: 40,
  familyTimelineEvents: 3000,
} as const;
