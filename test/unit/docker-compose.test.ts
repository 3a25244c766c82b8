import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CONFIG_KEYS } from '../../server/src/config/config.schema.js';

const root = join(import.meta.dirname, '..', '..');
interface Service {
  image?: string;
  build?: string;
  environment?: Record<string, string>;
  ports?: string[];
  healthcheck?: { test: string[] };
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
}
const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};

describe('docker-compose.yml (Docker cannot run here: checked by reading)', () => {
  it('runs Neo4j 5.26 Community with a health check, a named volume and auth from the environment', () => {
    const neo4j = compose.services.neo4j!;
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.healthcheck?.test.join(' ')).toMatch(/cypher-shell/);
    expect(neo4j.volumes).toEqual(['neo4j-data:/data']);
    expect(Object.keys(compose.volumes)).toContain('neo4j-data');
    expect(neo4j.environment?.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD/);
    expect(neo4j.environment?.NEO4J_dbms_security_allow__csv__import__from__file__urls).toBe('false');
    expect(neo4j.ports?.every((p) => p.startsWith('127.0.0.1:'))).toBe(true);
  });

  it('gives the API only environment names its configuration schema knows, pointing at the neo4j service', () => {
    const api = compose.services.api!;
    const names = Object.keys(api.environment ?? {});
    expect(names.filter((n) => !(CONFIG_KEYS as string[]).includes(n))).toEqual([]);
    expect(api.environment?.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(api.depends_on?.neo4j?.condition).toBe('service_healthy');
    const port = api.environment?.PORT;
    expect(api.ports).toEqual([`127.0.0.1:${port}:${port}`]);
    expect(readFileSync(join(root, 'Dockerfile'), 'utf8')).toMatch(/EXPOSE 4000/);
  });
});
