// Where the seed CLI writes: NEO4J_* from the environment, else the project's local instance.
import neo4j, { type Driver } from 'neo4j-driver';

export interface Neo4jSettings {
  uri: string;
  username: string;
  password: string;
  database: string;
}

interface LocalNeo4jModule {
  localNeo4jEnv(): { NEO4J_URI: string; NEO4J_USERNAME: string; NEO4J_PASSWORD: string };
}

export async function neo4jSettings(env: NodeJS.ProcessEnv = process.env): Promise<Neo4jSettings> {
  const database = env.NEO4J_DATABASE || 'neo4j';
  if (env.NEO4J_URI) {
    if (!env.NEO4J_PASSWORD) throw new Error('NEO4J_PASSWORD is required when NEO4J_URI is set');
    return { uri: env.NEO4J_URI, username: env.NEO4J_USERNAME || 'neo4j', password: env.NEO4J_PASSWORD, database };
  }
  // A plain .mjs shared with the scripts/ folder; the path is built so TypeScript does not resolve it.
  const url = new URL('../../../scripts/local-neo4j.mjs', import.meta.url).href;
  const local = ((await import(url)) as LocalNeo4jModule).localNeo4jEnv();
  return { uri: local.NEO4J_URI, username: local.NEO4J_USERNAME, password: local.NEO4J_PASSWORD, database };
}

export async function connect(settings: Neo4jSettings): Promise<Driver> {
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), { userAgent: 'opspor-seed' });
  try {
    await driver.verifyConnectivity({ database: settings.database });
  } catch (error) {
    await driver.close();
    throw new Error(`cannot reach Neo4j at ${settings.uri} (database ${settings.database}): ${(error as Error).message}`, { cause: error });
  }
  return driver;
}
