import { Inject, Injectable } from '@nestjs/common';
import { Neo4jError } from 'neo4j-driver';
import { GraphService } from '../graph/graph.service.js';

export interface SavedQueryRow {
  name: string;
  title: string;
  description: string;
  source: string;
  timeoutMs: number | null;
  version: number;
  origin: 'shipped' | 'admin';
  owner: string;
  updatedBy: string;
  /** the full name of updatedBy's account (null: none registered, or not a user) */
  updatedByName?: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface SavedQueryVersionRow {
  name: string;
  version: number;
  title: string;
  description: string;
  source: string;
  savedBy: string;
  savedByName: string | null;
  savedAt: string;
}

/** What a save writes; the version and the times are the database's. */
export interface SavedQueryWrite {
  name: string;
  title: string;
  description: string;
  source: string;
  timeoutMs: number | null;
  origin: 'shipped' | 'admin';
  owner: string;
  updatedBy: string;
}

export type UpdateOutcome = { kind: 'updated'; version: number } | { kind: 'missing' } | { kind: 'conflict'; current: number };

@Injectable()
export class SavedQueriesRepository {
  constructor(@Inject(GraphService) private readonly graph: GraphService) {}

  async get(name: string): Promise<SavedQueryRow | undefined> {
    const [row] = await this.graph.read<{ query: SavedQueryRow }>('saved-queries/get', { name });
    return row?.query;
  }

  async list(filter: { names: string[] | null; search: string | null; limit: number }): Promise<SavedQueryRow[]> {
    const rows = await this.graph.read<{ query: SavedQueryRow }>('saved-queries/list', filter);
    return rows.map((r) => r.query);
  }

  async versions(name: string, limit: number): Promise<SavedQueryVersionRow[]> {
    const rows = await this.graph.read<{ version: SavedQueryVersionRow }>('saved-queries/versions', { name, limit });
    return rows.map((r) => r.version);
  }

  async existingNames(names: string[]): Promise<Set<string>> {
    const rows = await this.graph.read<{ name: string }>('saved-queries/existing-names', { names });
    return new Set(rows.map((r) => r.name));
  }

  /** Creates a shipped query when none of that name exists; true when it was created. */
  async createIfMissing(query: SavedQueryWrite, now: Date): Promise<boolean> {
    try {
      const [row] = await this.graph.write<{ created: boolean }>('saved-queries/create-if-missing', { query, now: now.toISOString() });
      return row?.created ?? false;
    } catch (error) {
      // Another API instance booting at the same moment created it first.
      if (error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') return false;
      throw error;
    }
  }

  /** false when the name is taken. */
  async create(query: SavedQueryWrite, now: Date): Promise<boolean> {
    try {
      const rows = await this.graph.write('saved-queries/create', { query, now: now.toISOString() });
      return rows.length === 1;
    } catch (error) {
      if (error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') return false;
      throw error;
    }
  }

  /** Saves a new version when the stored one is still `expectedVersion` (optimistic concurrency). */
  async update(query: SavedQueryWrite, expectedVersion: number, now: Date): Promise<UpdateOutcome> {
    return this.graph.writeTx(async (tx) => {
      const locked = await tx.run('saved-queries/lock', { name: query.name });
      if (locked.length === 0) return { kind: 'missing' };
      const [current] = await tx.run<{ query: SavedQueryRow }>('saved-queries/get', { name: query.name });
      const version = current?.query.version ?? 0;
      if (version !== expectedVersion) return { kind: 'conflict', current: version };
      const [row] = await tx.run<{ version: number }>('saved-queries/update', { name: query.name, query, now: now.toISOString() });
      return { kind: 'updated', version: row?.version ?? version + 1 };
    });
  }

  async delete(name: string): Promise<boolean> {
    const rows = await this.graph.write('saved-queries/delete', { name });
    return rows.length > 0;
  }

  /** The ids of the persons that these ids or relationship-end element ids name. */
  async resolvePersons(ids: string[], elementIds: string[]): Promise<string[]> {
    if (ids.length === 0 && elementIds.length === 0) return [];
    const rows = await this.graph.read<{ id: string }>('saved-queries/persons-resolve', { ids, elementIds });
    return rows.map((r) => r.id);
  }

  /** The id of a sharing basis from the police to the organisation in force on the date, if any. */
  async sharingBasisInForce(toOrg: string, on: string): Promise<string | undefined> {
    const [row] = await this.graph.read<{ id: string }>('saved-queries/sharing-basis-in-force', { toOrg, on });
    return row?.id;
  }
}
