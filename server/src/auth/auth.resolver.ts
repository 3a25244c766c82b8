import type { UserRole } from '@opspor/contract';
import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { APP_CONFIG } from '../config/config.token.js';
import { isLoopbackHost, type AppConfig } from '../config/config.schema.js';
import { AuditService } from '../audit/audit.service.js';
import { BadInputError } from '../common/app-error.js';
import { Access } from './access.decorator.js';
import { SESSION_COOKIE } from './access.guard.js';
import { AuthService } from './auth.service.js';
import { CurrentPrincipal } from './current-user.decorator.js';
import { CreateUserInput } from './dto/create-user.input.js';
import { MeModel, SignInResultModel, UserModel, toMe } from './models/me.model.js';
import type { Principal } from './principal.js';
import type { GqlContext } from './request.js';
import { ROLES, type Role } from './roles.js';
import { UsersRepository } from './users.repository.js';

@Resolver()
export class AuthResolver {
  constructor(
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(UsersRepository) private readonly userRepo: UsersRepository,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Access({ roles: 'public', limit: 'signIn' })
  @Mutation(() => SignInResultModel, {
    description:
      'Signs in with username and password; wrong credentials are refused alike, and repeated failures lock the account for a while',
  })
  async signIn(
    @Args('username', { description: 'the account’s username', type: () => String }) username: string,
    @Args('password', { description: 'the account’s password (never logged)', type: () => String }) password: string,
    @Context() ctx: GqlContext,
  ): Promise<SignInResultModel> {
    const { token, expiresAt, principal } = await this.auth.signIn(username.slice(0, 128), password.slice(0, 1024));
    ctx.res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      // Secure unless the API itself listens on loopback over plain HTTP (npm start on a laptop)
      secure: this.config.OPSPOR_COOKIE_SECURE ?? !isLoopbackHost(this.config.HOST),
      expires: expiresAt,
      path: '/',
    });
    return { token, expiresAt: expiresAt.toISOString(), user: toMe(principal) };
  }

  @Access({ roles: 'authenticated' })
  @Mutation(() => Boolean, { description: 'Ends every session of the signed-in user' })
  async signOut(@CurrentPrincipal() principal: Principal, @Context() ctx: GqlContext): Promise<boolean> {
    if (principal.kind === 'user') await this.auth.signOut(principal);
    ctx.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @Access({ roles: 'authenticated' })
  @Query(() => MeModel, { description: 'The signed-in user or API key: username, role and organisation' })
  me(@CurrentPrincipal() principal: Principal): MeModel {
    return toMe(principal);
  }

  @Access({ roles: ['admin'] })
  @Query(() => [UserModel], { description: 'Every user account (admins only; audited)' })
  async users(@CurrentPrincipal() principal: Principal): Promise<UserModel[]> {
    await this.audit.record({ actor: principal, operation: 'users' });
    // Accounts are people (createUser refuses api-client; API keys are kept apart).
    return (await this.userRepo.list())
      .filter((u): u is typeof u & { role: UserRole } => u.role !== 'api-client')
      .map((u) => ({ ...u, disabled: Boolean(u.disabled) }));
  }

  @Access({ roles: ['admin'] })
  @Mutation(() => Boolean, { description: 'Creates a user account (admins only; audited); true when created' })
  async createUser(
    @Args('input', { description: 'the values, as the input type describes them', type: () => CreateUserInput }) input: CreateUserInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<boolean> {
    if (!ROLES.includes(input.role as Role))
      throw new BadInputError('role', { da: `skal være en af ${ROLES.join(', ')}`, en: `must be one of ${ROLES.join(', ')}` });
    await this.auth.createUser({ ...input, role: input.role as Role });
    await this.audit.record({ actor: principal, operation: 'createUser', detail: { username: input.username, role: input.role } });
    return true;
  }
}
