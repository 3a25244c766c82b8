import { Inject, Injectable } from '@nestjs/common';
import { GraphService } from '../graph/graph.service.js';
import type { FieldChangeModel, ProvenanceModel } from './models/provenance.model.js';

interface ProvenanceRow {
  at: string;
  batchId: string;
  source: string;
  actor: string;
  file: string | null;
  line: number;
  recordType: string;
  key: string;
  action: string;
  changes: string | null;
  reason: string | null;
}

const text = (value: unknown): string | null =>
  value === undefined || value === null ? null : typeof value === 'string' ? value : JSON.stringify(value);

/** The fields of a change, old beside new (the stored JSON holds {old, new} maps of fields). */
export function fieldChanges(changes: string | null): FieldChangeModel[] {
  const parsed = (changes ? JSON.parse(changes) : {}) as { old?: Record<string, unknown> | null; new?: Record<string, unknown> | null };
  const fields = [...new Set([...Object.keys(parsed.old ?? {}), ...Object.keys(parsed.new ?? {})])];
  return fields.map((field) => ({ field, old: text(parsed.old?.[field]), new: text(parsed.new?.[field]) }));
}

/** Reads the provenance the ingest writes (cypher/ingest/record-provenance.cypher) for a person. */
@Injectable()
export class ProvenanceRepository {
  constructor(@Inject(GraphService) private readonly graph: GraphService) {}

  /** Newest first, at most `limit` entries. The caller has authorised and audits the read. */
  async forPerson(personId: string, limit: number): Promise<ProvenanceModel[]> {
    const rows = await this.graph.read<ProvenanceRow & Record<string, unknown>>('ingest/person-provenance', { personId, limit });
    return rows.map((r) => ({
      at: r.at,
      action: r.action,
      recordType: r.recordType,
      key: r.key,
      fields: fieldChanges(r.changes),
      reason: r.reason ?? null,
      batchId: r.batchId,
      source: r.source,
      actor: r.actor,
      file: r.file ?? null,
      line: r.line,
    }));
  }
}
