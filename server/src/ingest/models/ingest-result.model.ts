import { DateTimeScalar } from '../../common/graphql-scalars.js';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { BatchResult } from '../ingest-writer.js';

@ObjectType('RecordTypeCount', { description: 'How many records of one type an ingest applied' })
export class RecordTypeCountModel {
  @Field(() => String, { description: 'the record type: person, residence, parent, partner, case, involvement, indicator…' }) type!: string;
  @Field(() => Int, { description: 'how many records of it the batch held' }) count!: number;
}

@ObjectType('StaleRecord', { description: 'A record skipped because the stored one has a newer sourceUpdatedAt' })
export class StaleRecordModel {
  @Field(() => Int, { description: 'the line of the record in the batch' }) line!: number;
  @Field(() => String, { description: 'record type (for a retract: its target)' }) type!: string;
  @Field(() => String, { description: 'the record key, e.g. person "p1" or involvement caseId=c1 personId=p1' }) key!: string;
  @Field(() => DateTimeScalar, { nullable: true, description: 'when the source says the skipped record changed (null: not given)' })
  sourceUpdatedAt!: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'when the source changed the stored record' })
  storedSourceUpdatedAt!: string | null;
}

@ObjectType('IngestResult', {
  description: 'A committed batch. A rejected batch is an INGEST_REJECTED error listing line, field and reason.',
})
export class IngestResultModel {
  @Field(() => ID, { description: 'the batch id, as kept in the audit log and the persons’ provenance' }) batchId!: string;
  @Field(() => Int, { description: 'how many records the batch held' }) records!: number;
  @Field(() => [RecordTypeCountModel], { description: 'how many records of each type' }) byType!: RecordTypeCountModel[];
  @Field(() => Int, { description: 'records inserted or corrected' }) applied!: number;
  @Field(() => Int, { description: 'records equal to the stored ones (or already retracted)' }) unchanged!: number;
  @Field(() => Int, { description: 'records skipped as stale (older sourceUpdatedAt than stored)' }) stale!: number;
  @Field(() => Int, { description: 'records retracted' }) retracted!: number;
  @Field(() => [StaleRecordModel], { description: 'the records skipped as stale, with the newer stored time' })
  staleRecords!: StaleRecordModel[];
  @Field(() => Int, { description: 'persons whose clusters were re-checked' }) affectedPersons!: number;
}

export function toIngestResult(result: BatchResult): IngestResultModel {
  return {
    batchId: result.batch.id,
    records: result.records,
    byType: Object.entries(result.byType).map(([type, count]) => ({ type, count: count ?? 0 })),
    applied: result.applied,
    unchanged: result.unchanged,
    stale: result.stale,
    retracted: result.retracted,
    staleRecords: result.changes
      .filter((c) => c.action === 'stale')
      .map((c) => ({
        line: c.line,
        type: c.type,
        key: c.key,
        sourceUpdatedAt: c.sourceUpdatedAt ?? null,
        storedSourceUpdatedAt: c.storedSourceUpdatedAt ?? null,
      })),
    affectedPersons: result.affectedPersonIds.length,
  };
}
