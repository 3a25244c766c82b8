import { Inject, Injectable } from '@nestjs/common';
import { USERNAME_PATTERN } from '@opspor/contract';
import { AppError, BadInputError } from '../common/app-error.js';
import { APP_CONFIG } from '../config/config.token.js';
import type { AppConfig } from '../config/config.schema.js';
import { AuditService } from '../audit/audit.service.js';
import { rootLogger } from '../logging/logger.js';
import { DUMMY_HASH, hashPassword, passwordProblems, verifyPassword } from './password.js';
import type { Principal } from './principal.js';
import { PrincipalCache } from './principal-cache.js';
import { ROLES, type Role } from './roles.js';
import { OidcVerifier } from './oidc-verifier.js';
import { TokenService } from './token.service.js';
import { UsersRepository, type UserRow } from './users.repository.js';

const USERNAME = USERNAME_PATTERN;

export interface NewUserInput {
  username: string;
  password: string;
  role: Role;
  districtCode?: string | null;
  municipalityCode?: string | null;
  fullName?: string | null;
  title?: string | null;
}

@Injectable()
export class AuthService {
  constructor(
    @Inject(UsersRepository) private readonly users: UsersRepository,
    @Inject(TokenService) private readonly tokens: TokenService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(OidcVerifier) private readonly oidc: OidcVerifier,
    @Inject(PrincipalCache) private readonly principals: PrincipalCache,
  ) {}

  /** Checks a password; locks the account after repeated failures. The same error for every failure. */
  async signIn(
    username: string,
    password: string,
    now: Date = new Date(),
  ): Promise<{ token: string; expiresAt: Date; principal: Principal }> {
    if (!this.config.OPSPOR_LOCAL_SIGN_IN) {
      throw new AppError('FORBIDDEN', {
        da: 'Lokalt login er slået fra: log ind hos identitetsudbyderen og send dens token som bearer-token',
        en: 'Local sign-in is turned off: sign in at the identity provider and send its token as a bearer token',
      });
    }
    const refused = new AppError('UNAUTHENTICATED', { da: 'Forkert brugernavn eller adgangskode', en: 'Wrong username or password' });
    if (!USERNAME.test(username) || password.length === 0 || password.length > 256) {
      await verifyPassword(DUMMY_HASH, password.slice(0, 256));
      await this.audit.record({ actor: { id: username.slice(0, 64), role: 'unknown' }, operation: 'signIn', outcome: 'denied' }, now);
      throw refused;
    }
    const user = await this.users.find(username);
    if (user?.lockedUntil && Date.parse(user.lockedUntil) > now.getTime()) {
      // answered like a wrong password (the client must not learn which usernames exist); the
      // audit log and the server log say why
      await verifyPassword(DUMMY_HASH, password);
      await this.audit.record(
        { actor: { id: username, role: user.role }, operation: 'signIn', outcome: 'denied', detail: { reason: 'locked' } },
        now,
      );
      rootLogger.warn({ username, lockedUntil: user.lockedUntil }, 'sign-in refused: the account is locked');
      throw refused;
    }
    const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
    if (!user || !ok || user.disabled) {
      if (user) {
        const until = new Date(now.getTime() + this.config.OPSPOR_LOCKOUT_MINUTES * 60_000);
        await this.users.recordFailure(username, this.config.OPSPOR_LOCKOUT_ATTEMPTS, until);
      }
      const reason = !user ? 'unknown user' : user.disabled ? 'disabled' : 'wrong password';
      await this.audit.record(
        { actor: { id: username, role: user?.role ?? 'unknown' }, operation: 'signIn', outcome: 'denied', detail: { reason } },
        now,
      );
      rootLogger.info({ username, reason }, 'sign-in refused');
      throw refused;
    }
    await this.users.recordSignIn(username, now);
    await this.audit.record({ actor: { id: username, role: user.role }, operation: 'signIn' }, now);
    const { token, expiresAt } = this.tokens.issue(username, user.role, user.sessionVersion, now);
    return { token, expiresAt, principal: toPrincipal(user) };
  }

  async signOut(principal: Principal): Promise<void> {
    this.principals.forget(principal.id);
    await this.users.endSessions(principal.id);
    this.principals.forget(principal.id);
    await this.audit.record({ actor: principal, operation: 'signOut' });
  }

  /**
   * The principal behind a bearer token, or undefined when it is invalid, expired or signed out.
   * The user is looked up at most every few seconds (PrincipalCache): a sign-out or deactivation
   * through another instance takes effect within its TTL.
   */
  async principalForToken(token: string): Promise<Principal | undefined> {
    const external = this.oidc.verify(token);
    if (external) return external;
    const claims = this.tokens.verify(token);
    if (!claims) return undefined;
    const cached = this.principals.get(claims.sub, claims.sv);
    if (cached) return cached;
    const user = await this.users.find(claims.sub);
    if (!user || user.disabled || user.sessionVersion !== claims.sv) return undefined;
    const principal = toPrincipal(user);
    this.principals.set(claims.sub, claims.sv, principal);
    return principal;
  }

  async createUser(input: NewUserInput, now: Date = new Date()): Promise<void> {
    if (!USERNAME.test(input.username))
      throw new BadInputError('username', { da: 'skal være 2-64 tegn: a-z, 0-9, . _ -', en: 'must be 2-64 characters: a-z, 0-9, . _ -' });
    if (!ROLES.includes(input.role) || input.role === 'api-client')
      throw new BadInputError('role', { da: 'er ikke en brugerrolle', en: 'is not a user role' });
    const problems = passwordProblems(input.password, input.username);
    if (problems.length > 0)
      throw new BadInputError('password', { da: problems.map((p) => p.da).join('; '), en: problems.map((p) => p.en).join('; ') });
    if (input.role === 'coordinator' && !input.districtCode)
      throw new BadInputError('districtCode', {
        da: 'en koordinator hører til en politikreds',
        en: 'a coordinator belongs to a police district',
      });
    if ((input.role === 'caseworker' || input.role === 'municipal-admin') && !input.municipalityCode) {
      throw new BadInputError('municipalityCode', {
        da: 'en kommunal bruger hører til en kommune',
        en: 'a municipal user belongs to a municipality',
      });
    }
    const created = await this.users.create(
      {
        username: input.username,
        role: input.role,
        districtCode: input.districtCode ?? null,
        municipalityCode: input.municipalityCode ?? null,
        fullName: cleanName(input.fullName, 'fullName'),
        title: cleanName(input.title, 'title'),
        passwordHash: await hashPassword(input.password),
      },
      now,
    );
    if (!created) throw new BadInputError('username', { da: 'er allerede i brug', en: 'is already taken' });
  }
}

/** A full name or title as printed on letters and in the audit view: trimmed, one line, capped. */
export function cleanName(value: string | null | undefined, field: string): string | null {
  const text = (value ?? '').replace(/\s+/g, ' ').trim();
  if (!text) return null;
  if (text.length > 120) throw new BadInputError(field, { da: 'må højst være 120 tegn', en: 'is at most 120 characters' });
  return text;
}

export function toPrincipal(
  user: Pick<UserRow, 'username' | 'role' | 'districtCode' | 'municipalityCode'> & Partial<Pick<UserRow, 'fullName'>>,
): Principal {
  return {
    kind: 'user',
    id: user.username,
    role: user.role,
    districtCode: user.districtCode ?? null,
    municipalityCode: user.municipalityCode ?? null,
    fullName: user.fullName ?? null,
    queryScope: null,
  };
}
