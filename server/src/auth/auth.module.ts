import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access.guard.js';
import { ApiKeyAuthenticator } from './api-key-authenticator.js';
import { ApiKeysService } from '../queries/api-keys.service.js';
import { PurposeResolver } from './purpose.resolver.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { OidcVerifier } from './oidc-verifier.js';
import { PrincipalCache } from './principal-cache.js';
import { TokenService } from './token.service.js';
import { UsersAdminResolver } from './users-admin.resolver.js';
import { UsersAdminService } from './users-admin.service.js';
import { UsersRepository } from './users.repository.js';

@Global()
@Module({
  providers: [
    AuthService,
    TokenService,
    OidcVerifier,
    UsersRepository,
    { provide: PrincipalCache, useFactory: () => new PrincipalCache() },
    AuthResolver,
    PurposeResolver,
    UsersAdminService,
    UsersAdminResolver,
    { provide: ApiKeyAuthenticator, useExisting: ApiKeysService },
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [AuthService, TokenService, UsersRepository, PrincipalCache],
})
export class AuthModule {}
