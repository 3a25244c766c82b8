import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AppError } from '../common/app-error.js';
import { RateLimiter } from '../common/rate-limiter.js';
import { APP_CONFIG } from '../config/config.token.js';
import type { AppConfig } from '../config/config.schema.js';
import { ACCESS_RULE, type AccessRule } from './access.decorator.js';
import { AuthService } from './auth.service.js';
import { ApiKeyAuthenticator } from './api-key-authenticator.js';
import { PURPOSE_HEADER, configuredReasons, parsePurpose } from './purpose.js';
import type { GqlContext, OpsporRequest } from './request.js';
import type { Principal } from './principal.js';

export const SESSION_COOKIE = 'opspor_session';

/** Global guard: every GraphQL operation must declare an AccessRule; no rule means no access. */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly reasons: string[];
  private readonly limiter = new RateLimiter();
  private readonly perMinute: number;

  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(ApiKeyAuthenticator) private readonly apiKeys: ApiKeyAuthenticator,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.reasons = configuredReasons(config.OPSPOR_PURPOSE_REASONS);
    this.perMinute = config.OPSPOR_RATE_LIMIT_PER_MINUTE;
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true; // REST: /health only, no person data
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [context.getHandler(), context.getClass()]);
    if (!rule) throw new AppError('FORBIDDEN', 'This operation has no access rule');
    const req = GqlExecutionContext.create(context).getContext<GqlContext>().req;
    if (rule.roles === 'public') return true;

    const principal = req.principal ?? (await this.authenticate(req));
    if (!principal) throw new AppError('UNAUTHENTICATED', 'Sign in first (or the session has expired)');
    if (!req.principal) this.takeRequest(principal); // once per request, not per field
    req.principal = principal;
    if (rule.roles !== 'authenticated' && !rule.roles.includes(principal.role)) {
      throw new AppError('FORBIDDEN', `The role ${principal.role} may not do this`);
    }
    if (rule.purpose) req.purpose = parsePurpose(req.headers[PURPOSE_HEADER], this.reasons);
    return true;
  }

  /** The per-user limit (API keys also have their own, set per key). */
  private takeRequest(principal: Principal): void {
    const taken = this.limiter.take(`${principal.kind}:${principal.id}`, this.perMinute);
    if (taken.ok) return;
    const retryAfterSeconds = Math.ceil(taken.retryAfterMs / 1000);
    throw new AppError('RATE_LIMITED', `Too many requests: at most ${this.perMinute} a minute. Try again in ${retryAfterSeconds} s`, {
      retryAfterSeconds,
    });
  }

  private async authenticate(req: OpsporRequest): Promise<Principal | undefined> {
    const apiKey = req.headers['x-api-key'];
    if (typeof apiKey === 'string' && apiKey) return this.apiKeys.authenticate(apiKey);
    const header = req.headers.authorization;
    const bearer = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    const cookie = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    const token = bearer || cookie;
    return token ? this.auth.principalForToken(token) : undefined;
  }
}
