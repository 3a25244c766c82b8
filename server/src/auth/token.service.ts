import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.token.js';
import type { AppConfig } from '../config/config.schema.js';
import type { Role } from './roles.js';

export interface TokenClaims {
  sub: string;
  role: Role;
  /** the user's session version: sign-out bumps it, which ends every token issued before */
  sv: number;
  iat: number;
  exp: number;
}

const b64 = (input: Buffer | string) => Buffer.from(input).toString('base64url');

/** Short-lived HS256 JWTs. An OIDC provider would replace signIn and verify its own tokens here. */
@Injectable()
export class TokenService {
  private readonly secret: Buffer;
  readonly ttlSeconds: number;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    if (config.OPSPOR_TOKEN_SECRET) {
      this.secret = Buffer.from(config.OPSPOR_TOKEN_SECRET, 'utf8');
    } else {
      // Development only (production requires the variable): tokens end when the server restarts.
      this.secret = randomBytes(32);
      new Logger(TokenService.name).warn('OPSPOR_TOKEN_SECRET not set: using a random secret for this run');
    }
    this.ttlSeconds = config.OPSPOR_TOKEN_TTL_MINUTES * 60;
  }

  issue(sub: string, role: Role, sessionVersion: number, now: Date = new Date()): { token: string; expiresAt: Date } {
    const iat = Math.floor(now.getTime() / 1000);
    const claims: TokenClaims = { sub, role, sv: sessionVersion, iat, exp: iat + this.ttlSeconds };
    const head = b64(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
    const body = b64(JSON.stringify(claims));
    const signature = this.sign(`${head}.${body}`);
    return { token: `${head}.${body}.${signature}`, expiresAt: new Date(claims.exp * 1000) };
  }

  /** The claims of a valid, unexpired token; undefined for anything else. */
  verify(token: string, now: Date = new Date()): TokenClaims | undefined {
    const parts = token.split('.');
    if (parts.length !== 3) return undefined;
    const [head, body, signature] = parts as [string, string, string];
    const expected = Buffer.from(this.sign(`${head}.${body}`));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
    try {
      const header = JSON.parse(Buffer.from(head, 'base64url').toString('utf8')) as { alg?: string };
      if (header.alg !== 'HS256') return undefined;
      const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as TokenClaims;
      if (typeof claims.sub !== 'string' || typeof claims.exp !== 'number' || typeof claims.sv !== 'number') return undefined;
      if (claims.exp * 1000 <= now.getTime()) return undefined;
      return claims;
    } catch {
      return undefined;
    }
  }

  private sign(data: string): string {
    return createHmac('sha256', this.secret).update(data).digest('base64url');
  }
}
