import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config.schema.js';

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
    expect(parseConfig({ NEO4J_URI: 'neo4j://db.example:7687', NEO4J_PASSWORD: 'a-real-password' }).NEO4J_URI).toBe(
      'neo4j://db.example:7687',
    );
    expect(() => parseConfig({ NEO4J_URI: 'neo4j://db.example:7687', NEO4J_PASSWORD: 'opspor-local-only' })).toThrow(
      /only allowed for a Neo4j on 127.0.0.1/,
    );
  });
  it('requires a token secret in production', () => {
    expect(() => parseConfig({ NODE_ENV: 'production', NEO4J_URI: 'bolt://127.0.0.1:7687', NEO4J_PASSWORD: 'opspor-local-only' })).toThrow(
      /OPSPOR_TOKEN_SECRET: is required in production/,
    );
  });
});
