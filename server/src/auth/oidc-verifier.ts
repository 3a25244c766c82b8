import { createPublicKey, createVerify, type KeyObject } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.token.js';
import type { AppConfig } from '../config/config.schema.js';
import type { Principal } from './principal.js';
import { ROLES, type Role } from './roles.js';

interface OidcClaims {
  iss?: string;
  aud?: string | string[];
  sub?: string;
  exp?: number;
  nbf?: number;
  preferred_username?: string;
  [claim: string]: unknown;
}

/**
 * Accepts access tokens from a configured OIDC provider (RS256, verified with its public key;
 * issuer, audience and expiry checked) and maps their claims to a principal. The role, district and
 * municipality come from configurable claims (e.g. Keycloak client roles mapped to `opspor_role`).
 */
@Injectable()
export class OidcVerifier {
  private readonly key: KeyObject | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.key = config.OPSPOR_OIDC_PUBLIC_KEY ? createPublicKey(config.OPSPOR_OIDC_PUBLIC_KEY) : undefined;
  }

  get enabled(): boolean {
    return this.key !== undefined;
  }

  /** The principal of a valid provider token, or undefined for anything else. */
  verify(token: string, now: Date = new Date()): Principal | undefined {
    if (!this.key) return undefined;
    const parts = token.split('.');
    if (parts.length !== 3) return undefined;
    const [head, body, signature] = parts as [string, string, string];
    try {
      const header = JSON.parse(Buffer.from(head, 'base64url').toString('utf8')) as { alg?: string };
      if (header.alg !== 'RS256') return undefined;
      const verifier = createVerify('RSA-SHA256');
      verifier.update(`${head}.${body}`);
      if (!verifier.verify(this.key, Buffer.from(signature, 'base64url'))) return undefined;
      const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as OidcClaims;
      const seconds = now.getTime() / 1000;
      const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
      if (claims.iss !== this.config.OPSPOR_OIDC_ISSUER || !audiences.includes(this.config.OPSPOR_OIDC_AUDIENCE)) return undefined;
      if (typeof claims.exp !== 'number' || claims.exp <= seconds || (typeof claims.nbf === 'number' && claims.nbf > seconds + 30))
        return undefined;
      const role = claims[this.config.OPSPOR_OIDC_ROLE_CLAIM];
      if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role) || role === 'api-client') return undefined;
      const district = claims[this.config.OPSPOR_OIDC_DISTRICT_CLAIM];
      const municipality = claims[this.config.OPSPOR_OIDC_MUNICIPALITY_CLAIM];
      if (role === 'coordinator' && typeof district !== 'string') return undefined;
      if ((role === 'caseworker' || role === 'municipal-admin') && typeof municipality !== 'string') return undefined;
      const id = claims.preferred_username ?? claims.sub;
      if (typeof id !== 'string' || id.length === 0) return undefined;
      return {
        kind: 'user',
        id: `oidc:${id}`,
        role: role as Role,
        districtCode: typeof district === 'string' ? district : null,
        municipalityCode: typeof municipality === 'string' ? municipality : null,
        queryScope: null,
      };
    } catch {
      return undefined;
    }
  }
}
