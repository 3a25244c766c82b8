import { DateTimeScalar } from '../../common/graphql-scalars.js';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { QueryParam } from '../query-params.js';
import type { StoredQuery } from '../saved-queries.service.js';
import type { SavedQueryVersionRow } from '../saved-queries.repository.js';
import { JsonScalar } from '../json.scalar.js';

@ObjectType('SavedQueryParameter', { description: 'A parameter of a saved query' })
export class SavedQueryParameterModel {
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'string, integer, float, boolean, date, personId, or a list of one of these (string[] …)' })
  type!: string;
  @Field(() => Boolean, { description: 'true when the caller must give a value' }) required!: boolean;
  @Field(() => JsonScalar, { nullable: true, description: 'used when the caller gives none (absent when required)' })
  defaultValue!: unknown;
  @Field(() => JsonScalar, { nullable: true, description: 'a number, or a date YYYY-MM-DD; for lists it bounds each item' })
  min!: unknown;
  @Field(() => JsonScalar, { nullable: true }) max!: unknown;
  @Field(() => String) description!: string;
}

@ObjectType('SavedQuery', { description: 'A named, parameterised, read-only Cypher query' })
export class SavedQueryModel {
  @Field(() => String) name!: string;
  @Field(() => String) title!: string;
  @Field(() => String) description!: string;
  @Field(() => String, { description: 'the query as written: the metadata header and the Cypher' }) source!: string;
  @Field(() => [SavedQueryParameterModel]) parameters!: SavedQueryParameterModel[];
  @Field(() => Int, { nullable: true, description: 'its own timeout, if it sets one (the server caps it)' }) timeoutMs!: number | null;
  @Field(() => [String], {
    description: 'who may run it (header line "// scopes:"): national (police users), police-district and municipality (API keys of one)',
  })
  scopes!: string[];
  @Field(() => Int) version!: number;
  @Field(() => String, { description: 'shipped (cypher/queries/) or admin' }) origin!: string;
  @Field(() => String) owner!: string;
  @Field(() => DateTimeScalar, { description: 'when it was created' }) createdAt!: string;
  @Field(() => DateTimeScalar, { description: 'when it last changed' }) updatedAt!: string;
  @Field(() => String) updatedBy!: string;
}

@ObjectType('SavedQueryVersion', { description: 'An earlier version of a saved query, kept at each save' })
export class SavedQueryVersionModel {
  @Field(() => String) name!: string;
  @Field(() => Int) version!: number;
  @Field(() => String) title!: string;
  @Field(() => String) description!: string;
  @Field(() => String) source!: string;
  @Field(() => String) savedBy!: string;
  @Field(() => DateTimeScalar) savedAt!: string;
}

export function toParameter(p: QueryParam): SavedQueryParameterModel {
  return {
    name: p.name,
    type: p.type,
    required: p.default === undefined,
    defaultValue: p.default ?? null,
    min: p.min ?? null,
    max: p.max ?? null,
    description: p.description,
  };
}

export function toSavedQuery({ row, definition }: StoredQuery): SavedQueryModel {
  return {
    name: row.name,
    title: row.title,
    description: row.description,
    source: row.source,
    parameters: definition.params.map(toParameter),
    timeoutMs: row.timeoutMs ?? null,
    scopes: definition.scopes,
    version: row.version,
    origin: row.origin,
    owner: row.owner,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy,
  };
}

export function toVersion(row: SavedQueryVersionRow): SavedQueryVersionModel {
  return { ...row };
}
