import { Inject } from '@nestjs/common';
import { Args, Int, Mutation, Resolver } from '@nestjs/graphql';
import { Access } from './access.decorator.js';
import { CurrentPrincipal } from './current-user.decorator.js';
import { PasswordResetModel, UserChangeInput } from './models/me.model.js';
import type { Principal } from './principal.js';
import { UsersAdminService } from './users-admin.service.js';

/** User administration (admins). Each mutation takes the version read; a stale one is a CONFLICT. */
@Resolver()
export class UsersAdminResolver {
  constructor(@Inject(UsersAdminService) private readonly admin: UsersAdminService) {}

  @Access({ roles: ['admin'] })
  @Mutation(() => Boolean, {
    description: 'Full name, title, role, district or municipality; a new role or scope ends the user’s sessions',
  })
  async updateUser(
    @CurrentPrincipal() principal: Principal,
    @Args('input', { description: 'the values, as the input type describes them', type: () => UserChangeInput }) input: UserChangeInput,
  ): Promise<boolean> {
    await this.admin.update(principal, input);
    return true;
  }

  @Access({ roles: ['admin'] })
  @Mutation(() => Boolean, { description: 'Deactivates (sessions end at once) or reactivates a user' })
  async setUserActive(
    @CurrentPrincipal() principal: Principal,
    @Args('username', { description: 'the account’s username', type: () => String }) username: string,
    @Args('version', { description: 'the version last read; a stale one is refused (CONFLICT)', type: () => Int }) version: number,
    @Args('active', { description: 'true to enable the account, false to disable it', type: () => Boolean }) active: boolean,
  ): Promise<boolean> {
    await this.admin.setActive(principal, username, version, active);
    return true;
  }

  @Access({ roles: ['admin'] })
  @Mutation(() => Boolean, { description: 'Unlocks a user locked after failed sign-ins' })
  async unlockUser(
    @CurrentPrincipal() principal: Principal,
    @Args('username', { description: 'the account’s username', type: () => String }) username: string,
    @Args('version', { description: 'the version last read; a stale one is refused (CONFLICT)', type: () => Int }) version: number,
  ): Promise<boolean> {
    await this.admin.unlock(principal, username, version);
    return true;
  }

  @Access({ roles: ['admin'] })
  @Mutation(() => PasswordResetModel, { description: 'Sets a temporary password, returned once; the user’s sessions end' })
  async resetUserPassword(
    @CurrentPrincipal() principal: Principal,
    @Args('username', { description: 'the account’s username', type: () => String }) username: string,
    @Args('version', { description: 'the version last read; a stale one is refused (CONFLICT)', type: () => Int }) version: number,
  ): Promise<PasswordResetModel> {
    return { username, temporaryPassword: await this.admin.resetPassword(principal, username, version) };
  }
}
