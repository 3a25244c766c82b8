import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { AppError, BadInputError, NotFoundError, THING } from '../common/app-error.js';
import { GraphService } from '../graph/graph.service.js';
import { ReferenceService } from '../reference/reference.service.js';
import { cleanName } from './auth.service.js';
import { hashPassword } from './password.js';
import type { Principal } from './principal.js';
import { ROLES, type Role } from './roles.js';
import { UsersRepository } from './users.repository.js';
import { PrincipalCache } from './principal-cache.js';

export type UserAction = 'update' | 'deactivate' | 'reactivate' | 'unlock' | 'resetPassword';

/**
 * User administration: profile, role and scope, (de)activation with sessions revoked at once,
 * unlock, password reset with a temporary password shown once. Every change is atomic (lock,
 * then version check) and audited, refusals included.
 */
@Injectable()
export class UsersAdminService {
  constructor(
    @Inject(GraphService) private readonly graph: GraphService,
    @Inject(UsersRepository) private readonly users: UsersRepository,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(ReferenceService) private readonly reference: ReferenceService,
    @Inject(PrincipalCache) private readonly principals: PrincipalCache,
  ) {}

  async update(
    principal: Principal,
    input: {
      username: string;
      version: number;
      fullName?: string | null;
      title?: string | null;
      role?: string | null;
      districtCode?: string | null;
      municipalityCode?: string | null;
    },
  ): Promise<void> {
    const user = await this.users.find(input.username.slice(0, 64));
    if (!user) throw new NotFoundError(THING.user, input.username.slice(0, 64));
    const role = (input.role ?? user.role) as Role;
    if (!ROLES.includes(role) || role === 'api-client')
      throw new BadInputError('role', {
        da: `skal være en af ${ROLES.filter((r) => r !== 'api-client').join(', ')}`,
        en: `must be one of ${ROLES.filter((r) => r !== 'api-client').join(', ')}`,
      });
    const districtCode = input.districtCode !== undefined ? input.districtCode : user.districtCode;
    const municipalityCode = input.municipalityCode !== undefined ? input.municipalityCode : user.municipalityCode;
    if (role === 'coordinator' && (!districtCode || !this.reference.isDistrict(districtCode)))
      throw new BadInputError('districtCode', {
        da: 'en koordinator hører til en politikreds',
        en: 'a coordinator belongs to a police district',
      });
    if ((role === 'caseworker' || role === 'municipal-admin') && (!municipalityCode || !this.reference.municipality(municipalityCode)))
      throw new BadInputError('municipalityCode', {
        da: 'en kommunal bruger hører til en kommune',
        en: 'a municipal user belongs to a municipality',
      });
    if (user.username === principal.id && role !== user.role)
      throw new BadInputError('role', { da: 'du kan ikke ændre din egen rolle', en: 'you cannot change your own role' });
    const scopeChanged = role !== user.role || districtCode !== user.districtCode || municipalityCode !== user.municipalityCode;
    const changes: Record<string, unknown> = {
      role,
      districtCode: role === 'coordinator' ? districtCode : null,
      municipalityCode: role === 'caseworker' || role === 'municipal-admin' ? municipalityCode : null,
    };
    if (input.fullName !== undefined) changes.fullName = cleanName(input.fullName, 'fullName');
    if (input.title !== undefined) changes.title = cleanName(input.title, 'title');
    await this.change(principal, 'update', user.username, input.version, changes, scopeChanged);
  }

  async setActive(principal: Principal, username: string, version: number, active: boolean): Promise<void> {
    if (username === principal.id && !active)
      throw new BadInputError('username', { da: 'du kan ikke deaktivere dig selv', en: 'you cannot deactivate yourself' });
    await this.change(principal, active ? 'reactivate' : 'deactivate', username, version, { disabled: !active }, !active);
  }

  async unlock(principal: Principal, username: string, version: number): Promise<void> {
    await this.change(principal, 'unlock', username, version, { failedAttempts: 0, lockedUntil: null }, false);
  }

  /** A temporary password, returned once and never stored in clear or logged; every session ends. */
  async resetPassword(principal: Principal, username: string, version: number): Promise<string> {
    const temporary = `Tmp-${randomBytes(12).toString('base64url')}-7`;
    await this.change(
      principal,
      'resetPassword',
      username,
      version,
      { passwordHash: await hashPassword(temporary), failedAttempts: 0, lockedUntil: null },
      true,
    );
    return temporary;
  }

  private async change(
    principal: Principal,
    action: UserAction,
    username: string,
    version: number,
    changes: Record<string, unknown>,
    revoke: boolean,
  ): Promise<void> {
    const name = username.slice(0, 64);
    this.principals.forget(name);
    const [row] = await this.graph.write<{ ok: boolean; version: number }>('auth/admin-change-user', {
      username: name,
      version,
      changes,
      revoke,
      actor: principal.id,
      now: new Date().toISOString(),
    });
    // The audit names what changed, never the password hash.
    const detail = { username: name, action, changed: Object.keys(changes).filter((k) => k !== 'passwordHash'), revokedSessions: revoke };
    this.principals.forget(name); // also what a request read while the change was written
    if (!row) throw new NotFoundError(THING.user, name);
    if (!row.ok) {
      await this.audit.record({
        actor: principal,
        operation: 'changeUser',
        outcome: 'denied',
        detail: { ...detail, reason: 'stale version' },
      });
      throw new AppError(
        'CONFLICT',
        {
          da: `Brugeren er ændret, siden du læste den (version ${version}, nu ${row.version}): genindlæs og prøv igen`,
          en: `The user changed since you read it (version ${version}, now ${row.version}): reload and try again`,
        },
        {
          version: row.version,
        },
      );
    }
    await this.audit.record({ actor: principal, operation: 'changeUser', detail });
  }
}
