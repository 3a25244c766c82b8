import { DateTimeScalar } from '../../common/graphql-scalars.js';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { BatchResult } from '../ingest-writer.js';

@ObjectType('RecordTypeCount', { description: 'How many records of one type an ingest applied' })
export class RecordTypeCountModel {
  @Field(() => String) type!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('StaleRecord', { description: 'A record skipped because the stored one has a newer sourceUpdatedAt' })
export class StaleRecordModel {
  @Field(() => Int) line!: number;
  @Field(() => String, { description: 'record type (for a retract: its target)' }) type!: string;
  @Field(() => String, { description: 'the record key, e.g. person "p1" or involvement caseId=c1 personId=p1' }) key!: string;
  @Field(() => DateTimeScalar, { nullable: true }) sourceUpdatedAt!: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'when the source changed the stored record' })
  storedSourceUpdatedAt!: string | null;
}

@ObjectType('IngestResult', {
  description: 'A committed batch. A rejected batch is an INGEST_REJECTED error listing line, field and reason.',
})
export class IngestResultModel {
  @Field(() => ID, { description: 'the batch id, as kept in the audit log and the persons’ provenance' }) batchId!: string;
  @Field(() => Int) records!: number;
  @Field(() => [RecordTypeCountModel]) byType!: RecordTypeCountModel[];
  @Field(() => Int, { description: 'records inserted or corrected' }) applied!: number;
  @Field(() => Int, { description: 'records equal to the stored ones (or already retracted)' }) unchanged!: number;
  @Field(() => Int, { description: 'records skipped as stale (older sourceUpdatedAt than stored)' }) stale!: number;
  @Field(() => Int, { description: 'records retracted' }) retracted!: number;
  @Field(() => [StaleRecordModel]) staleRecords!: StaleRecordModel[];
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
