import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export class CypherNotFoundError extends Error {
  constructor(name: string, dir: string) {
    super(`Cypher file "${name}.cypher" not found under ${dir}`);
    this.name = 'CypherNotFoundError';
  }
}

/** A Cypher file as loaded: its name (path below cypher/ without extension) and its text. */
export interface CypherFile {
  name: string;
  path: string;
  text: string;
}

/** Loads every cypher/**\/*.cypher once; asking for a file that is not there fails at once. */
export class CypherRegistry {
  private readonly files = new Map<string, CypherFile>();

  constructor(readonly dir: string) {
    for (const path of walk(dir)) {
      const name = relative(dir, path)
        .split(sep)
        .join('/')
        .replace(/\.cypher$/, '');
      this.files.set(name, { name, path, text: readFileSync(path, 'utf8') });
    }
  }

  get(name: string): string {
    return this.file(name).text;
  }

  file(name: string): CypherFile {
    const file = this.files.get(name);
    if (!file) throw new CypherNotFoundError(name, this.dir);
    return file;
  }

  /** Files below a folder, e.g. `risk`, in name order. */
  list(folder: string): CypherFile[] {
    const prefix = `${folder}/`;
    return [...this.files.values()].filter((f) => f.name.startsWith(prefix)).sort((a, b) => a.name.localeCompare(b.name));
  }

  all(): CypherFile[] {
    return [...this.files.values()].sort((a, b) => a.name.localeCompare(b.name));
  }
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...walk(path));
    else if (entry.endsWith('.cypher')) out.push(path);
  }
  return out;
}
