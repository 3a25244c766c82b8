import { Inject, Injectable } from '@nestjs/common';
import { GraphService } from '../graph/graph.service.js';

export interface ApiKeyRow {
  id: string;
  name: string;
  queries: string[];
  purpose: string;
  /** district:<code> or municipality:<code>; null for keys issued before keys had one (they may run nothing) */
  organisation: string | null;
  rateLimitPerMinute: number;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  revokedBy: string | null;
  lastUsedAt: string | null;
}

export interface StoredApiKey extends ApiKeyRow {
  keyHash: string;
}

export interface NewApiKey {
  id: string;
  name: string;
  keyHash: string;
  queries: string[];
  purpose: string;
  organisation: string;
  rateLimitPerMinute: number;
  createdBy: string;
  expiresAt: string;
}

@Injectable()
export class ApiKeysRepository {
  constructor(@Inject(GraphService) private readonly graph: GraphService) {}

  async find(id: string): Promise<StoredApiKey | undefined> {
    const [row] = await this.graph.read<{ key: StoredApiKey }>('saved-queries/api-key-find', { id });
    return row?.key;
  }

  async create(key: NewApiKey, now: Date): Promise<void> {
    await this.graph.write('saved-queries/api-key-create', { key, now: now.toISOString() });
  }

  async list(limit: number): Promise<ApiKeyRow[]> {
    const rows = await this.graph.read<{ key: ApiKeyRow }>('saved-queries/api-key-list', { limit });
    return rows.map((r) => r.key);
  }

  async revoke(id: string, actor: string, now: Date): Promise<boolean> {
    const rows = await this.graph.write('saved-queries/api-key-revoke', { id, actor, now: now.toISOString() });
    return rows.length > 0;
  }

  async touch(id: string, now: Date): Promise<void> {
    await this.graph.write('saved-queries/api-key-touch', { id, now: now.toISOString() });
  }
}
