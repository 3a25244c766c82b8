import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { Lang } from '../../common/lang.js';
import type { QueryVerdict } from '../saved-queries.service.js';
import { SavedQueryParameterModel, toParameter } from './saved-query.model.js';

@ObjectType('SavedQueryCheck', { description: "The server's verdict on a query before it is saved" })
export class SavedQueryCheckModel {
  @Field(() => Boolean, { description: 'it can be saved' }) ok!: boolean;
  @Field(() => Boolean, { description: 'Neo4j could plan it (EXPLAIN)' }) compiles!: boolean;
  @Field(() => Boolean, { description: 'EXPLAIN shows a read with allowed operators and procedures only' }) readOnly!: boolean;
  @Field(() => String, { nullable: true, description: "EXPLAIN's query type: r, rw, w or s" }) queryType!: string | null;
  @Field(() => [String], { description: 'why it cannot be saved, in the language of the request' }) reasons!: string[];
  @Field(() => [String], {
    description:
      'things that do not stop the save but deserve a look (e.g. a declared parameter the Cypher never uses), in the language of the request',
  })
  warnings!: string[];
  @Field(() => String, { nullable: true, description: 'the name the header gives (null: the header could not be read)' }) name!:
    string | null;
  @Field(() => String, { nullable: true, description: 'the title in the language of the request' }) title!: string | null;
  @Field(() => [SavedQueryParameterModel], { description: 'the parameters the header declares' }) parameters!: SavedQueryParameterModel[];
  @Field(() => Int, {
    nullable: true,
    description: 'the timeout the header sets, in milliseconds (null: none, the server default applies)',
  })
  timeoutMs!: number | null;
}

export function toCheck(v: QueryVerdict, lang: Lang): SavedQueryCheckModel {
  return {
    ok: v.ok,
    compiles: v.compiles,
    readOnly: v.readOnly,
    queryType: v.queryType,
    reasons: v.reasons.map((r) => r[lang]),
    warnings: v.warnings.map((w) => w[lang]),
    name: v.definition?.name ?? null,
    title: v.definition?.title[lang] ?? null,
    parameters: v.definition?.params.map((p) => toParameter(p, lang)) ?? [],
    timeoutMs: v.definition?.timeoutMs ?? null,
  };
}
