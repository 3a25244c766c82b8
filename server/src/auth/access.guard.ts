import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError, type Message } from '../common/app-error.js';
import { requestContext } from '../common/request-context.js';
import { RateLimiter } from '../common/rate-limiter.js';
import { APP_CONFIG } from '../config/config.token.js';
import type { AppConfig } from '../config/config.schema.js';
import { rootLogger } from '../logging/logger.js';
import { ACCESS_RULE, type AccessRule, type NamedLimit } from './access.decorator.js';
import { AuthService } from './auth.service.js';
import { ApiKeyAuthenticator } from './api-key-authenticator.js';
import { PURPOSE_HEADER, configuredReasons, parsePurpose } from './purpose.js';
import { requestOf, type OpsporRequest } from './request.js';
import type { Principal } from './principal.js';

export const SESSION_COOKIE = 'opspor_session';

/**
 * Global guard for GraphQL operations and REST routes alike: every handler must declare an
 * AccessRule (no rule means no access; `@Public()` marks the exceptions such as /health). The
 * same sign-in, roles, purpose and rate limits apply on both; the handler audits the read.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly reasons: string[];
  private readonly limiter = new RateLimiter();
  private readonly perMinute: number;

  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(ApiKeyAuthenticator) private readonly apiKeys: ApiKeyAuthenticator,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.reasons = configuredReasons(config.OPSPOR_PURPOSE_REASONS);
    this.perMinute = config.OPSPOR_RATE_LIMIT_PER_MINUTE;
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [context.getHandler(), context.getClass()]);
    if (!rule) throw new AppError('FORBIDDEN', { da: 'Handlingen har ingen adgangsregel', en: 'This operation has no access rule' });
    const req = requestOf(context);
    if (rule.roles === 'public') {
      if (rule.limit) this.takeNamed(rule.limit, req, undefined);
      return true;
    }

    const principal = req.principal ?? (await this.authenticate(req));
    if (!principal)
      throw new AppError('UNAUTHENTICATED', {
        da: 'Log ind først (eller sessionen er udløbet)',
        en: 'Sign in first (or the session has expired)',
      });
    if (!req.principal)
      this.take(`${principal.kind}:${principal.id}`, this.perMinute, { da: 'For mange forespørgsler', en: 'Too many requests' }); // once per request, not per field
    req.principal = principal;
    // reads after this caller's own writes see them, also on a cluster's secondaries (graph/causal-bookmarks.ts)
    const store = requestContext.getStore();
    if (store) store.caller = `${principal.kind}:${principal.id}`;
    if (rule.roles !== 'authenticated' && !rule.roles.includes(principal.role)) {
      throw new AppError('FORBIDDEN', {
        da: `Rollen ${principal.role} må ikke gøre dette`,
        en: `The role ${principal.role} may not do this`,
      });
    }
    if (rule.limit) this.takeNamed(rule.limit, req, principal);
    if (rule.purpose) {
      // a plain link (a document opened in a new tab) may carry the purpose in the query string
      const query = context.getType<string>() === 'http' && typeof req.query.purpose === 'string' ? req.query.purpose : undefined;
      req.purpose = parsePurpose(req.headers[PURPOSE_HEADER] ?? query, this.reasons);
    }
    return true;
  }

  private takeNamed(limit: NamedLimit, req: OpsporRequest, principal: Principal | undefined): void {
    switch (limit) {
      case 'signIn': {
        const ip = req.ip ?? req.socket.remoteAddress ?? 'unknown';
        this.take(
          `signIn-ip:${ip}`,
          this.config.OPSPOR_SIGNIN_PER_IP_PER_MINUTE,
          { da: 'For mange login-forsøg fra denne adresse', en: 'Too many sign-in attempts from this address' },
          ip,
        );
        this.take('signIn-all', this.config.OPSPOR_SIGNIN_PER_MINUTE, {
          da: 'For mange login-forsøg lige nu',
          en: 'Too many sign-in attempts right now',
        });
        return;
      }
      case 'reports':
        this.take(`reports:${principal?.kind}:${principal?.id}`, this.config.OPSPOR_REPORTS_PER_MINUTE, {
          da: 'For mange dokumenter hentet',
          en: 'Too many documents requested',
        });
        return;
    }
  }

  /** One token from a bucket; RATE_LIMITED (HTTP 429 with Retry-After) when it is empty. */
  private take(key: string, perMinute: number, what: Message, ip?: string): void {
    const taken = this.limiter.take(key, perMinute);
    if (taken.ok) return;
    const retryAfterSeconds = Math.ceil(taken.retryAfterMs / 1000);
    rootLogger.warn({ limit: key.split(':')[0], ip }, 'rate limited');
    throw new AppError(
      'RATE_LIMITED',
      {
        da: `${what.da}: højst ${perMinute} i minuttet. Prøv igen om ${retryAfterSeconds} s`,
        en: `${what.en}: at most ${perMinute} a minute. Try again in ${retryAfterSeconds} s`,
      },
      {
        retryAfterSeconds,
      },
    );
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
