import { z } from 'zod';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** The audit key for a local development Neo4j only (see OPSPOR_AUDIT_KEY). */
export const DEV_AUDIT_KEY = 'opspor-local-only-audit-key-not-for-production';

const port = z.coerce.number().int().min(1).max(65535);
const positiveInt = z.coerce.number().int().positive();
const bool = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

/**
 * Every environment variable the API reads. Validated once at boot; a bad or missing one stops
 * the server with a message naming it. docker-compose.yml is checked against these names.
 */
export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: port.default(4000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    LOG_FORMAT: z.enum(['json', 'pretty']).optional().describe('default: pretty in a development terminal, JSON otherwise'),

    NEO4J_URI: z.string().regex(/^(bolt|bolt\+s|bolt\+ssc|neo4j|neo4j\+s|neo4j\+ssc):\/\/[^\s]+$/, 'must be a bolt:// or neo4j:// URI'),
    NEO4J_USERNAME: z.string().min(1).default('neo4j'),
    NEO4J_PASSWORD: z.string().min(8, 'must be at least 8 characters'),
    NEO4J_DATABASE: z.string().min(1).default('neo4j'),
    NEO4J_MAX_POOL_SIZE: positiveInt.default(50),
    NEO4J_QUERY_TIMEOUT_MS: positiveInt.default(30_000),
    // The most a saved query's result may hold (an estimate of its JSON size); more rows are cut off and flagged.
    OPSPOR_QUERY_MAX_RESULT_BYTES: positiveInt.max(256 * 1024 * 1024).default(4 * 1024 * 1024),
    // Fail fast when Neo4j is down (issue 14 item 11): a request answers DATABASE_UNAVAILABLE within
    // about two seconds instead of waiting out the driver's 30-second retry window.
    NEO4J_CONNECTION_TIMEOUT_MS: positiveInt.default(1500),
    NEO4J_ACQUISITION_TIMEOUT_MS: positiveInt.default(2000),
    NEO4J_MAX_RETRY_MS: z.coerce.number().int().min(0).default(500),

    OPSPOR_CLIENT_DIR: z.string().optional(),
    OPSPOR_CYPHER_DIR: z.string().optional(),
    OPSPOR_TOKEN_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    OPSPOR_TOKEN_TTL_MINUTES: positiveInt.max(24 * 60).default(60),
    OPSPOR_COOKIE_SECURE: bool.optional(),
    // The audit chain's HMAC key: a secret the database does not hold. Without it, a built-in
    // development key is used, and only for a Neo4j on loopback (like the local Neo4j password).
    OPSPOR_AUDIT_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
    OPSPOR_AUDIT_CHECKPOINT_FILE: z
      .string()
      .min(1)
      .optional()
      .describe('append-only file of signed checkpoints, outside the database (default .opspor/audit-checkpoints-HOST-PORT.jsonl)'),
    OPSPOR_AUDIT_CHECKPOINT_EVERY: positiveInt.default(100).describe('entries between two checkpoints'),
    OPSPOR_AUDIT_CHECKPOINT_SECONDS: positiveInt.default(300).describe('at most this long between checkpoints while entries are written'),
    OPSPOR_LOCKOUT_ATTEMPTS: positiveInt.default(5),
    OPSPOR_LOCKOUT_MINUTES: positiveInt.default(15),
    // An OIDC provider (e.g. Keycloak) instead of, or beside, local sign-in: its RS256 access tokens
    // are accepted as bearer tokens, verified with its public key, and mapped to a role by claims.
    OPSPOR_LOCAL_SIGN_IN: bool.default(true),
    OPSPOR_OIDC_ISSUER: z.string().url().optional(),
    OPSPOR_OIDC_AUDIENCE: z.string().min(1).optional(),
    OPSPOR_OIDC_PUBLIC_KEY: z.string().includes('BEGIN PUBLIC KEY', { message: 'must be a PEM public key' }).optional(),
    OPSPOR_OIDC_ROLE_CLAIM: z.string().min(1).default('opspor_role'),
    OPSPOR_OIDC_DISTRICT_CLAIM: z.string().min(1).default('opspor_district'),
    OPSPOR_OIDC_MUNICIPALITY_CLAIM: z.string().min(1).default('opspor_municipality'),
    OPSPOR_PURPOSE_REASONS: z
      .string()
      .default('Socialsøg-screening;Opfølgning på underretning;Tilbud om tidlig støtte;Kvalitetskontrol;Aktindsigt (registreret)'),
    OPSPOR_INGEST_MAX_RECORDS: positiveInt.max(100_000).default(10_000),
    OPSPOR_GRAPHQL_MAX_BODY_KB: positiveInt
      .max(100 * 1024)
      .default(1024)
      .describe('the largest GraphQL request body'),
    OPSPOR_INGEST_MAX_BODY_MB: positiveInt.max(512).default(20).describe('the largest body of an ingest mutation'),
    OPSPOR_INGEST_MAX_ERRORS: positiveInt.max(1000).default(50),
    OPSPOR_EXTRA_CATEGORIES: z.string().optional(),
    OPSPOR_RATE_LIMIT_PER_MINUTE: positiveInt.default(600),
    OPSPOR_SIGNIN_PER_IP_PER_MINUTE: positiveInt.default(20).describe('sign-in attempts per client address'),
    OPSPOR_SIGNIN_PER_MINUTE: positiveInt.default(300).describe('sign-in attempts across all clients'),
    OPSPOR_REPORTS_PER_MINUTE: positiveInt.default(60).describe('report documents (/api/reports) per user'),
    OPSPOR_DEMO_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
    OPSPOR_CLOCK_DATE: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
      .optional()
      .describe('fixes "today" for demos and tests; rules never read the clock themselves'),
    OPSPOR_SCAN_INTERVAL_HOURS: z.coerce.number().int().min(0).default(168),
    OPSPOR_CASE_RETENTION_YEARS: positiveInt.max(100).default(10),
    OPSPOR_DISMISSED_RETENTION_DAYS: positiveInt.default(730),
    OPSPOR_CASE_RETENTION_BY_CATEGORY: z
      .string()
      .regex(/^\s*([a-z0-9-]+=\d{1,3}\s*(;\s*|$))*$/, 'must be like "vold=15;husspektakler=12" (category=years, separated by ;)')
      .optional()
      .describe('retention in years per case category, over OPSPOR_CASE_RETENTION_YEARS'),
    OPSPOR_INDICATOR_RETENTION_YEARS: positiveInt.max(100).default(5),
    OPSPOR_SUPPORT_FLAG_RETENTION_DAYS: positiveInt.default(730),
  })
  .superRefine((config, ctx) => {
    const oidc = [config.OPSPOR_OIDC_ISSUER, config.OPSPOR_OIDC_AUDIENCE, config.OPSPOR_OIDC_PUBLIC_KEY];
    if (oidc.some(Boolean) && !oidc.every(Boolean)) {
      ctx.addIssue({
        code: 'custom',
        path: ['OPSPOR_OIDC_ISSUER'],
        message: 'OIDC needs OPSPOR_OIDC_ISSUER, OPSPOR_OIDC_AUDIENCE and OPSPOR_OIDC_PUBLIC_KEY together',
      });
    }
    if (!config.OPSPOR_LOCAL_SIGN_IN && !config.OPSPOR_OIDC_ISSUER) {
      ctx.addIssue({
        code: 'custom',
        path: ['OPSPOR_LOCAL_SIGN_IN'],
        message: 'local sign-in can only be turned off when an OIDC provider is configured',
      });
    }
    if (config.NODE_ENV === 'production' && !config.OPSPOR_TOKEN_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['OPSPOR_TOKEN_SECRET'], message: 'is required in production' });
    }
    const host = hostOf(config.NEO4J_URI);
    const localNeo4j = host !== undefined && LOOPBACK_HOSTS.has(host);
    if (!localNeo4j && (!config.OPSPOR_AUDIT_KEY || config.OPSPOR_AUDIT_KEY === DEV_AUDIT_KEY)) {
      ctx.addIssue({
        code: 'custom',
        path: ['OPSPOR_AUDIT_KEY'],
        message: 'is required for a Neo4j that is not on 127.0.0.1 (the built-in development key is for a local Neo4j only)',
      });
    }
    if (config.NEO4J_PASSWORD === 'opspor-local-only' && host !== undefined && !LOOPBACK_HOSTS.has(host)) {
      ctx.addIssue({
        code: 'custom',
        path: ['NEO4J_PASSWORD'],
        message: 'the built-in local password is only allowed for a Neo4j on 127.0.0.1',
      });
    }
  });

export type AppConfig = z.infer<typeof configSchema>;
export const CONFIG_KEYS = Object.keys(configSchema.shape) as (keyof AppConfig)[];

/** The audit chain's key: the configured one, or the development key (allowed for a local Neo4j only). */
export function auditKey(config: Pick<AppConfig, 'OPSPOR_AUDIT_KEY'>): string {
  return config.OPSPOR_AUDIT_KEY ?? DEV_AUDIT_KEY;
}

/** Whether a host name or address is this machine only (127.0.0.1, ::1, localhost). */
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.has(host);
}

function hostOf(uri: string): string | undefined {
  const match = /^[a-z0-9+]+:\/\/([^:/]+|\[[^\]]+\])/.exec(uri);
  return match?.[1];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses an environment; throws a ConfigError naming each bad key. */
export function parseConfig(env: Record<string, string | undefined>): AppConfig {
  const picked: Record<string, string> = {};
  for (const key of CONFIG_KEYS) {
    const value = env[key];
    if (value !== undefined && value !== '') picked[key] = value;
  }
  const result = configSchema.safeParse(picked);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((issue) => {
      const key = issue.path.join('.') || '(config)';
      const missing = issue.code === 'invalid_type' && picked[key] === undefined;
      return `${key}: ${missing ? 'is required' : issue.message}`;
    }),
  );
}
