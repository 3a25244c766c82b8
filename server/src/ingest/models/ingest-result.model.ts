import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { IngestSummary } from '../ingest-writer.js';

@ObjectType('RecordTypeCount')
export class RecordTypeCountModel {
  @Field(() => String) type!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('IngestResult', {
  description: 'A committed batch. A rejected batch is an INGEST_REJECTED error listing line, field and reason.',
})
export class IngestResultModel {
  @Field(() => Int) records!: number;
  @Field(() => [RecordTypeCountModel]) byType!: RecordTypeCountModel[];
  @Field(() => Int, { description: 'persons whose clusters were re-checked' }) affectedPersons!: number;
}

export function toIngestResult(summary: IngestSummary): IngestResultModel {
  return {
    records: summary.records,
    byType: Object.entries(summary.byType).map(([type, count]) => ({ type, count: count ?? 0 })),
    affectedPersons: summary.affectedPersonIds.length,
  };
}
