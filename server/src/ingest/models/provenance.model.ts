import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('FieldChange', { description: 'One field of a record: its value before and after (null: absent)' })
export class FieldChangeModel {
  @Field(() => String, { description: 'the field’s name in the record' }) field!: string;
  @Field(() => String, { nullable: true, description: 'the value before (JSON text for lists)' }) old!: string | null;
  @Field(() => String, { nullable: true, description: 'the value after (JSON text for lists)' }) new!: string | null;
}

@ObjectType('Provenance', {
  description: 'Where a fact about a person came from: one ingested record (applied, stale or retracted) and its batch',
})
export class ProvenanceModel {
  @Field(() => String, { description: 'when the batch was committed (ISO date-time)' }) at!: string;
  @Field(() => String, { description: 'inserted, updated, stale or retracted' }) action!: string;
  @Field(() => String, { description: 'person, residence, parent, partner, involvement or case' }) recordType!: string;
  @Field(() => String, { description: 'the record key, e.g. person "p1"' }) key!: string;
  @Field(() => [FieldChangeModel], { description: 'inserted: the new values; updated: the changed fields; retracted: the old values' })
  fields!: FieldChangeModel[];
  @Field(() => String, { nullable: true, description: 'why a record was retracted' }) reason!: string | null;
  @Field(() => ID, { description: 'the id of the batch the record came in' }) batchId!: string;
  @Field(() => String, { description: 'graphql (the ingest mutation) or cli (npm run ingest)' }) source!: string;
  @Field(() => String, { description: 'the user id, or cli:<operator>' }) actor!: string;
  @Field(() => String, { nullable: true, description: 'the file of a CLI ingest' }) file!: string | null;
  @Field(() => Int, { description: 'the line in the batch or file' }) line!: number;
}
