// `neo4j-admin database import full` as `npm run import` and the bench's reference run it: Neo4j's
// own AdminTool from the Maven classpath of the launcher, on a Neo4j home whose databases live in
// HOME/data (as the launcher's embedded engine keeps them).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ImportToolOptions {
  classpath: string;
  /** the Neo4j home (OPSPOR_NEO4J_HOME of the launcher) */
  home: string;
  /** where its configuration, logs and report go */
  workDir: string;
  /** --max-off-heap-memory, e.g. 4g */
  memory: string;
  threads: number;
  /** --nodes, --relationships and the CSV options from convertForImport */
  args: string[];
  /** JVM heap (the importer works off-heap) */
  heap?: string;
}

/** The java command line and the environment to run it with. */
export function importToolCommand(o: ImportToolOptions): { command: string; args: string[]; env: Record<string, string> } {
  const conf = join(o.workDir, 'conf');
  mkdirSync(conf, { recursive: true });
  mkdirSync(o.home, { recursive: true }); // neo4j-admin refuses a home that does not exist
  writeFileSync(
    join(conf, 'neo4j.conf'),
    `server.directories.data=${join(o.home, 'data')}\nserver.directories.logs=${join(o.workDir, 'logs')}\n`,
  );
  return {
    command: 'java',
    args: [
      `-Xmx${o.heap ?? '1g'}`,
      '-cp',
      o.classpath,
      'org.neo4j.cli.AdminTool',
      'database',
      'import',
      'full',
      'neo4j',
      '--overwrite-destination',
      '--bad-tolerance=0',
      `--threads=${o.threads}`,
      `--max-off-heap-memory=${o.memory}`,
      `--report-file=${join(o.workDir, 'import.report')}`,
      ...o.args,
    ],
    env: { NEO4J_HOME: o.home, NEO4J_CONF: conf },
  };
}
