import { describe, expect, it } from 'vitest';
import { ConfigError, DEV_AUDIT_KEY, auditKey, parseConfig } from './config.schema.js';

describe('configuration', () => {
  it('names every bad or missing key', () => {
    try {
      parseConfig({ PORT: 'eighty', NEO4J_URI: 'http://x' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toEqual([
        'PORT: Invalid input: expected number, received NaN',
        'NEO4J_URI: must be a bolt:// or neo4j:// URI',
        'NEO4J_PASSWORD: is required',
      ]);
    }
  });
  it('accepts routing URIs and refuses the local default password for a remote Neo4j', () => {
    const AUDIT = { OPSPOR_AUDIT_KEY: 'a-real-audit-key-of-32-characters-or-more' };
    expect(parseConfig({ NEO4J_URI: 'neo4j://db.example:7687', NEO4J_PASSWORD: 'a-real-password', ...AUDIT }).NEO4J_URI).toBe(
      'neo4j://db.example:7687',
    );
    expect(() => parseConfig({ NEO4J_URI: 'neo4j://db.example:7687', NEO4J_PASSWORD: 'opspor-local-only' })).toThrow(
      /only allowed for a Neo4j on 127.0.0.1/,
    );
  });
  it('requires an audit key for a Neo4j that is not local; a local one may use the development key', () => {
    expect(() => parseConfig({ NEO4J_URI: 'neo4j://db.example:7687', NEO4J_PASSWORD: 'a-real-password' })).toThrow(
      /OPSPOR_AUDIT_KEY: is required for a Neo4j that is not on 127.0.0.1/,
    );
    expect(() =>
      parseConfig({ NEO4J_URI: 'neo4j://db.example:7687', NEO4J_PASSWORD: 'a-real-password', OPSPOR_AUDIT_KEY: DEV_AUDIT_KEY }),
    ).toThrow(/OPSPOR_AUDIT_KEY/);
    const local = parseConfig({ NEO4J_URI: 'bolt://127.0.0.1:7687', NEO4J_PASSWORD: 'opspor-local-only' });
    expect(auditKey(local)).toBe(DEV_AUDIT_KEY);
  });
  it('requires a token secret in production', () => {
    expect(() => parseConfig({ NODE_ENV: 'production', NEO4J_URI: 'bolt://127.0.0.1:7687', NEO4J_PASSWORD: 'opspor-local-only' })).toThrow(
      /OPSPOR_TOKEN_SECRET: is required in production/,
    );
  });
});
