import { DateTimeScalar } from '../../common/graphql-scalars.js';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { QueryParam } from '../query-params.js';
import type { StoredQuery } from '../saved-queries.service.js';
import type { SavedQueryVersionRow } from '../saved-queries.repository.js';
import { JsonScalar } from '../json.scalar.js';
import type { Lang } from '../../common/lang.js';
import { QueryHeaderError, parseSavedQuery } from '../query-header.js';

@ObjectType('SavedQueryParameter', { description: 'A parameter of a saved query' })
export class SavedQueryParameterModel {
  @Field(() => String, { description: 'the parameter’s name ($name in the Cypher)' }) name!: string;
  @Field(() => String, { description: 'string, integer, float, boolean, date, personId, or a list of one of these (string[] …)' })
  type!: string;
  @Field(() => Boolean, { description: 'true when the caller must give a value' }) required!: boolean;
  @Field(() => JsonScalar, { nullable: true, description: 'used when the caller gives none (absent when required)' })
  defaultValue!: unknown;
  @Field(() => JsonScalar, { nullable: true, description: 'a number, or a date YYYY-MM-DD; for lists it bounds each item' })
  min!: unknown;
  @Field(() => JsonScalar, { nullable: true, description: 'a number, or a date YYYY-MM-DD; for lists it bounds each item' }) max!: unknown;
  @Field(() => String, { description: 'what to give, in the language of the request (Accept-Language: da or en; Danish by default)' })
  description!: string;
  @Field(() => String, { description: 'what to give, in Danish' }) descriptionDa!: string;
  @Field(() => String, { description: 'what to give, in English' }) descriptionEn!: string;
}

@ObjectType('SavedQuery', { description: 'A named, parameterised, read-only Cypher query' })
export class SavedQueryModel {
  @Field(() => String, { description: 'the query’s name: its id, used to run it' }) name!: string;
  @Field(() => String, { description: 'the title in the language of the request (Accept-Language: da or en; Danish by default)' })
  title!: string;
  @Field(() => String, { description: 'the title in Danish' }) titleDa!: string;
  @Field(() => String, { description: 'the title in English' }) titleEn!: string;
  @Field(() => String, { description: 'what it finds, in the language of the request' }) description!: string;
  @Field(() => String, { description: 'what it finds, in Danish' }) descriptionDa!: string;
  @Field(() => String, { description: 'what it finds, in English' }) descriptionEn!: string;
  @Field(() => String, { description: 'the query as written: the metadata header and the Cypher' }) source!: string;
  @Field(() => [SavedQueryParameterModel], { description: 'the parameters it takes' }) parameters!: SavedQueryParameterModel[];
  @Field(() => Int, { nullable: true, description: 'its own timeout, if it sets one (the server caps it)' }) timeoutMs!: number | null;
  @Field(() => [String], {
    description: 'who may run it (header line "// scopes:"): national (police users), police-district and municipality (API keys of one)',
  })
  scopes!: string[];
  @Field(() => Int, { description: 'the current version, from 1 (each save makes one)' }) version!: number;
  @Field(() => String, { description: 'shipped (cypher/queries/) or admin' }) origin!: string;
  @Field(() => String, { description: 'the username of who created it (system for shipped queries)' }) owner!: string;
  @Field(() => DateTimeScalar, { description: 'when it was created' }) createdAt!: string;
  @Field(() => DateTimeScalar, { description: 'when it last changed' }) updatedAt!: string;
  @Field(() => String, { description: 'the username of who saved the current version' }) updatedBy!: string;
  @Field(() => String, { nullable: true, description: 'their full name (null: none registered, or not a user account)' })
  updatedByName!: string | null;
}

@ObjectType('SavedQueryVersion', { description: 'An earlier version of a saved query, kept at each save' })
export class SavedQueryVersionModel {
  @Field(() => String, { description: 'the saved query’s name' }) name!: string;
  @Field(() => Int, { description: 'the version number' }) version!: number;
  @Field(() => String, { description: 'its title then, in the language of the request' }) title!: string;
  @Field(() => String, { description: 'its description then, in the language of the request' }) description!: string;
  @Field(() => String, { description: 'the query as written then: header and Cypher' }) source!: string;
  @Field(() => String, { description: 'the username of who saved this version' }) savedBy!: string;
  @Field(() => String, { nullable: true, description: 'their full name (null: none registered, or not a user account)' })
  savedByName!: string | null;
  @Field(() => DateTimeScalar, { description: 'when this version was saved' }) savedAt!: string;
}

export function toParameter(p: QueryParam, lang: Lang): SavedQueryParameterModel {
  return {
    name: p.name,
    type: p.type,
    required: p.default === undefined,
    defaultValue: p.default ?? null,
    min: p.min ?? null,
    max: p.max ?? null,
    description: p.label[lang],
    descriptionDa: p.label.da,
    descriptionEn: p.label.en,
  };
}

export function toSavedQuery({ row, definition }: StoredQuery, lang: Lang): SavedQueryModel {
  return {
    name: row.name,
    title: definition.title[lang],
    titleDa: definition.title.da,
    titleEn: definition.title.en,
    description: definition.description[lang],
    descriptionDa: definition.description.da,
    descriptionEn: definition.description.en,
    source: row.source,
    parameters: definition.params.map((p) => toParameter(p, lang)),
    timeoutMs: row.timeoutMs ?? null,
    scopes: definition.scopes,
    version: row.version,
    origin: row.origin,
    owner: row.owner,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy,
    updatedByName: row.updatedByName ?? null,
  };
}

/** An earlier version, with its title and description read from its own text in the request's language. */
export function toVersion(row: SavedQueryVersionRow, lang: Lang): SavedQueryVersionModel {
  try {
    const { title, description } = parseSavedQuery(row.source, row.name, { stored: true });
    return { ...row, title: title[lang], description: description[lang] };
  } catch (error) {
    if (!(error instanceof QueryHeaderError)) throw error;
    return { ...row }; // an old text the parser no longer reads: as it was stored
  }
}
