import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CypherRegistry } from '../../server/src/graph/cypher-registry.js';
import type { GraphService } from '../../server/src/graph/graph.service.js';

/** Test-only Cypher (test/cypher/*.cypher), kept out of the product's registry. */
export const testCypher = new CypherRegistry(join(dirname(fileURLToPath(import.meta.url)), '..', 'cypher'));

async function run<T>(graph: GraphService, name: string, params: Record<string, unknown>): Promise<T[]> {
  const session = graph.driver.session();
  try {
    const result = await session.run(testCypher.get(name), params);
    return result.records.map((r) => r.toObject() as T);
  } finally {
    await session.close();
  }
}

export async function countWithPrefix(graph: GraphService, prefix: string): Promise<{ nodes: number; relationships: number }> {
  const [row] = await run<{ nodes: { toNumber(): number }; relationships: { toNumber(): number } }>(graph, 'count-prefix', { prefix });
  return { nodes: row!.nodes.toNumber(), relationships: row!.relationships.toNumber() };
}

export async function removeWithPrefix(graph: GraphService, prefix: string): Promise<void> {
  await run(graph, 'remove-prefix', { prefix });
}

/** Removes the API keys whose names start with the prefix (keys have random ids). */
export async function removeApiKeysNamed(graph: GraphService, prefix: string): Promise<void> {
  await run(graph, 'remove-api-keys-named', { prefix });
}

export async function readTest<T>(graph: GraphService, name: string, params: Record<string, unknown>): Promise<T[]> {
  const { toPlain } = await import('../../server/src/graph/convert.js');
  return (await run<Record<string, unknown>>(graph, name, params)).map((r) => toPlain(r) as T);
}
