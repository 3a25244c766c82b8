import { Inject, Injectable, Logger } from '@nestjs/common';
import { ApiKeyAuthenticator } from '../auth/api-key-authenticator.js';
import type { Principal } from '../auth/principal.js';
import { configuredReasons, parsePurpose } from '../auth/purpose.js';
import { AppError, BadInputError, NotFoundError, THING } from '../common/app-error.js';
import { APP_CONFIG } from '../config/config.token.js';
import type { AppConfig } from '../config/config.schema.js';
import { isIsoDate, isIsoDateTime } from '@opspor/contract';
import { newApiKey, parseApiKey, secretMatches } from './api-key-secret.js';
import { ApiKeysRepository, type ApiKeyRow } from './api-keys.repository.js';
import { RateLimiter } from '../common/rate-limiter.js';
import { ReferenceService } from '../reference/reference.service.js';
import { parseOrganisation, organisationText, type Organisation } from './organisation.js';
import { SavedQueriesService } from './saved-queries.service.js';

export const API_KEY_LIMITS = { maxDays: 366, maxQueries: 100, rate: { min: 1, max: 6000, default: 60 } };
const TOUCH_EVERY_MS = 60_000;

export interface NewApiKeyInput {
  name: string;
  queries: string[];
  purpose: string;
  /** district:<code> or municipality:<code> */
  organisation: string;
  /** YYYY-MM-DD (the key stops at 00:00 UTC that day) or an ISO date-time with offset */
  expiresAt: string;
  rateLimitPerMinute?: number | null;
}

export type ApiKeyStatus = 'active' | 'expired' | 'revoked';

/**
 * API keys for clients that run saved queries: shown once, stored hashed, expiring, revocable,
 * issued for one organisation (a police district or a municipality), scoped to named saved
 * queries that admit that organisation, and rate-limited. Bound as the ApiKeyAuthenticator the access
 * guard asks about an `x-api-key` header.
 */
@Injectable()
export class ApiKeysService extends ApiKeyAuthenticator {
  private readonly logger = new Logger(ApiKeysService.name);
  private readonly limiter = new RateLimiter();
  private readonly reasons: string[];
  /** the purpose each authenticated key states, by the principal the guard puts on the request */
  private readonly purposes = new WeakMap<Principal, string>();
  private readonly touched = new Map<string, number>();

  constructor(
    @Inject(ApiKeysRepository) private readonly repo: ApiKeysRepository,
    @Inject(SavedQueriesService) private readonly queries: SavedQueriesService,
    @Inject(ReferenceService) private readonly reference: ReferenceService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super();
    this.reasons = configuredReasons(config.OPSPOR_PURPOSE_REASONS);
  }

  /** The principal of a valid key; an explained refusal for anything else (the caller sent x-api-key, so say what is wrong with it). */
  async authenticate(key: string, now: Date = new Date()): Promise<Principal | undefined> {
    const parsed = parseApiKey(key);
    const stored = parsed ? await this.repo.find(parsed.id) : undefined;
    if (!parsed || !stored || !secretMatches(parsed.secret, stored.keyHash)) {
      throw new AppError('UNAUTHENTICATED', {
        da: 'Ukendt eller tilbagekaldt API-nøgle: tjek headeren x-api-key, eller bed en administrator om en ny nøgle',
        en: 'Unknown or revoked API key: check the x-api-key header, or ask an admin for a new key',
      });
    }
    const status = statusOf(stored, now);
    if (status !== 'active') {
      this.logger.warn(`refused ${status} API key ${stored.id}`);
      throw new AppError(
        'UNAUTHENTICATED',
        status === 'revoked'
          ? { da: 'Denne API-nøgle er tilbagekaldt', en: 'This API key has been revoked' }
          : { da: `Denne API-nøgle udløb ${stored.expiresAt}`, en: `This API key expired at ${stored.expiresAt}` },
      );
    }
    const taken = this.limiter.take(stored.id, stored.rateLimitPerMinute, now.getTime());
    if (!taken.ok) {
      const seconds = Math.ceil(taken.retryAfterMs / 1000);
      throw new AppError(
        'RATE_LIMITED',
        {
          da: `For mange forespørgsler for denne API-nøgle (${stored.rateLimitPerMinute} i minuttet): prøv igen om ${seconds} s`,
          en: `Too many requests for this API key (${stored.rateLimitPerMinute} a minute): retry in ${seconds} s`,
        },
        {
          retryAfterSeconds: seconds,
        },
      );
    }
    await this.touch(stored.id, now);
    const org = stored.organisation ? parseOrganisation(stored.organisation) : undefined;
    const principal: Principal = {
      kind: 'api-key',
      id: stored.id,
      role: 'api-client',
      districtCode: org?.scope === 'police-district' ? org.code : null,
      municipalityCode: org?.scope === 'municipality' ? org.code : null,
      queryScope: [...stored.queries],
    };
    this.purposes.set(principal, stored.purpose);
    return principal;
  }

  /** The purpose an authenticated key was created with: what its reads are audited under. */
  purposeOf(principal: Principal): string {
    const purpose = this.purposes.get(principal);
    if (!purpose) throw new AppError('UNAUTHENTICATED', { da: 'Ikke en godkendt API-nøgle', en: 'Not an authenticated API key' });
    return purpose;
  }

  async create(input: NewApiKeyInput, actor: string, now: Date = new Date()): Promise<{ key: string; apiKey: ApiKeyRow }> {
    const name = input.name.trim();
    if (name.length < 1 || name.length > 100)
      throw new BadInputError('name', { da: 'skal være 1-100 tegn', en: 'must be 1-100 characters' });
    const queries = [...new Set(input.queries)];
    if (queries.length < 1 || queries.length > API_KEY_LIMITS.maxQueries) {
      throw new BadInputError('queries', {
        da: `angiv 1-${API_KEY_LIMITS.maxQueries} gemte forespørgsler, nøglen må køre`,
        en: `name 1-${API_KEY_LIMITS.maxQueries} saved queries the key may run`,
      });
    }
    const missing = await this.queries.missing(queries);
    if (missing.length > 0)
      throw new BadInputError('queries', {
        da: `ingen gemt forespørgsel med navnet ${missing.map((m) => `"${m.slice(0, 64)}"`).join(', ')}`,
        en: `no saved query named ${missing.map((m) => `"${m.slice(0, 64)}"`).join(', ')}`,
      });
    const organisation = this.checkOrganisation(input.organisation);
    for (const name of queries) {
      const { definition } = await this.queries.get(name);
      if (!definition.scopes.includes(organisation.scope)) {
        throw new BadInputError('queries', {
          da: `"${name.slice(0, 64)}" må ikke køres for en ${organisation.scope} (dens områder: ${definition.scopes.join(', ')})`,
          en: `"${name.slice(0, 64)}" may not be run for a ${organisation.scope} (its scopes: ${definition.scopes.join(', ')})`,
        });
      }
    }
    const purpose = this.checkPurpose(input.purpose);
    const expiresAt = checkExpiry(input.expiresAt, now);
    const rate = input.rateLimitPerMinute ?? API_KEY_LIMITS.rate.default;
    if (!Number.isInteger(rate) || rate < API_KEY_LIMITS.rate.min || rate > API_KEY_LIMITS.rate.max) {
      throw new BadInputError('rateLimitPerMinute', {
        da: `skal være et helt tal fra ${API_KEY_LIMITS.rate.min} til ${API_KEY_LIMITS.rate.max}`,
        en: `must be a whole number from ${API_KEY_LIMITS.rate.min} to ${API_KEY_LIMITS.rate.max}`,
      });
    }
    const { id, key, keyHash } = newApiKey();
    await this.repo.create(
      {
        id,
        name,
        keyHash,
        queries,
        purpose,
        organisation: organisationText(organisation),
        rateLimitPerMinute: rate,
        createdBy: actor,
        expiresAt,
      },
      now,
    );
    return { key, apiKey: await this.get(id) };
  }

  async list(limit = 500): Promise<ApiKeyRow[]> {
    return this.repo.list(limit);
  }

  async revoke(id: string, actor: string, now: Date = new Date()): Promise<ApiKeyRow> {
    if (!(await this.repo.revoke(id, actor, now))) throw new NotFoundError(THING.apiKey, id);
    this.limiter.forget(id);
    return this.get(id);
  }

  private async get(id: string): Promise<ApiKeyRow> {
    const stored = await this.repo.find(id);
    if (!stored) throw new NotFoundError(THING.apiKey, id);
    const { keyHash: _hash, ...row } = stored;
    return row;
  }

  private checkOrganisation(raw: string): Organisation {
    const org = parseOrganisation(raw);
    if (!org)
      throw new BadInputError('organisation', {
        da: 'skal være district:<kode> (fx district:NJY) eller municipality:<kode> (fx municipality:851)',
        en: 'must be district:<code> (e.g. district:NJY) or municipality:<code> (e.g. municipality:851)',
      });
    const known = org.scope === 'police-district' ? this.reference.isDistrict(org.code) : !!this.reference.municipality(org.code);
    if (!known)
      throw new BadInputError('organisation', {
        da: `ukendt ${org.scope === 'police-district' ? 'politikreds' : 'kommune'} ${org.code}`,
        en: `unknown ${org.scope === 'police-district' ? 'police district' : 'municipality'} ${org.code}`,
      });
    return org;
  }

  private checkPurpose(raw: string): string {
    try {
      return parsePurpose(raw, this.reasons);
    } catch (error) {
      if (error instanceof AppError) throw new BadInputError('purpose', error.texts);
      throw error;
    }
  }

  /** lastUsedAt for the admins' list, written at most once a minute per key. */
  private async touch(id: string, now: Date): Promise<void> {
    const last = this.touched.get(id) ?? 0;
    if (now.getTime() - last < TOUCH_EVERY_MS) return;
    this.touched.set(id, now.getTime());
    await this.repo.touch(id, now);
  }
}

export function statusOf(key: Pick<ApiKeyRow, 'revokedAt' | 'expiresAt'>, now: Date): ApiKeyStatus {
  if (key.revokedAt) return 'revoked';
  return Date.parse(key.expiresAt) <= now.getTime() ? 'expired' : 'active';
}

function checkExpiry(raw: string, now: Date): string {
  const value = raw.trim();
  const at = isIsoDate(value) ? new Date(`${value}T00:00:00Z`) : isIsoDateTime(value) ? new Date(value) : undefined;
  if (!at)
    throw new BadInputError('expiresAt', {
      da: 'skal være en dato ÅÅÅÅ-MM-DD eller et tidspunkt med tidszone',
      en: 'must be a date YYYY-MM-DD or a date-time with an offset',
    });
  if (at.getTime() <= now.getTime()) throw new BadInputError('expiresAt', { da: 'skal ligge i fremtiden', en: 'must be in the future' });
  if (at.getTime() > now.getTime() + API_KEY_LIMITS.maxDays * 86_400_000) {
    throw new BadInputError('expiresAt', {
      da: `må højst ligge ${API_KEY_LIMITS.maxDays} dage ude i fremtiden`,
      en: `must be at most ${API_KEY_LIMITS.maxDays} days ahead`,
    });
  }
  return at.toISOString();
}
