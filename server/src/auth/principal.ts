import type { Role } from './roles.js';

/** Who is asking: a signed-in user or an API key. */
export interface Principal {
  kind: 'user' | 'api-key';
  /** username, or the API key's id */
  id: string;
  role: Role;
  /** police district of a coordinator (scoping), if any */
  districtCode: string | null;
  /** municipality of a municipal user, if any */
  municipalityCode: string | null;
  /** a user's full name, when set (shown in the header; never used for access) */
  fullName?: string | null;
  /** saved queries an API key may run */
  queryScope: string[] | null;
}
