import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { ResultEdge, ResultGraph, ResultNode } from '../query-result.js';
import type { SavedQueryRun } from '../saved-query-runs.service.js';
import { JsonScalar } from '../json.scalar.js';

@ObjectType('ResultNode', { description: 'A node in a saved query’s result graph' })
export class ResultNodeModel {
  @Field(() => String, { description: "Neo4j's element id" }) id!: string;
  @Field(() => [String], { description: 'the node’s Neo4j labels (e.g. Person)' }) labels!: string[];
  @Field(() => String, { description: 'name, else id, else the first label' }) caption!: string;
  @Field(() => String, { nullable: true, description: 'the id of a Person node' }) personId!: string | null;
  @Field(() => JsonScalar, { description: 'the node’s properties as a JSON object' }) properties!: ResultNode['properties'];
}

@ObjectType('ResultEdge', { description: 'A relationship in a saved query’s result graph' })
export class ResultEdgeModel {
  @Field(() => String, { description: 'Neo4j’s element id of the relationship' }) id!: string;
  @Field(() => String, { description: 'the relationship type (e.g. PARENT_OF)' }) type!: string;
  @Field(() => String, { description: 'the element id of the node it starts at' }) source!: string;
  @Field(() => String, { description: 'the element id of the node it ends at' }) target!: string;
  @Field(() => JsonScalar, { description: 'the relationship’s properties as a JSON object' }) properties!: ResultEdge['properties'];
}

@ObjectType('ResultGraph', { description: 'The nodes and relationships in the rows, ready to draw' })
export class ResultGraphModel {
  @Field(() => [ResultNodeModel], { description: 'the distinct nodes found in the rows' }) nodes!: ResultNodeModel[];
  @Field(() => [ResultEdgeModel], { description: 'the relationships found in the rows' }) edges!: ResultEdgeModel[];
  @Field(() => Boolean, { description: 'more nodes than can be drawn: only the first are here' }) truncated!: boolean;
}

@ObjectType('SavedQueryResult', { description: 'The answer of one saved-query run: table, optional graph and limits' })
export class SavedQueryResultModel {
  @Field(() => String, { description: 'the saved query that ran' }) name!: string;
  @Field(() => Int, { description: 'the version of the saved query that ran' }) version!: number;
  @Field(() => JsonScalar, { description: 'the parameters it ran with, defaults filled in' }) params!: unknown;
  @Field(() => [String], { description: 'the column names, in order' }) columns!: string[];
  @Field(() => [JsonScalar], { description: 'each row an array of JSON values in column order' }) rows!: unknown[];
  @Field(() => Int, { description: 'how many rows this page holds' }) rowCount!: number;
  @Field(() => Boolean, { description: 'there were more rows than this page holds (see truncatedBy and nextCursor)' }) truncated!: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'why the page stops early: rows (the row cap; page on with nextCursor) or bytes (the size cap per result)',
  })
  truncatedBy!: string | null;
  @Field(() => Int, { description: 'the most rows one page may hold' }) rowCap!: number;
  @Field(() => Int, { description: 'the most a result may hold (an estimate of its JSON size in bytes)' }) maxBytes!: number;
  @Field(() => Int, { description: 'how many rows came before this page' }) offset!: number;
  @Field(() => String, { nullable: true, description: 'give it as after to get the next page; null on the last page' })
  nextCursor!: string | null;
  @Field(() => Int, { description: 'how long the run took, in milliseconds' }) elapsedMs!: number;
  @Field(() => ResultGraphModel, { nullable: true, description: 'null when no row holds a node' }) graph!: ResultGraph | null;
  @Field(() => String, {
    description: 'the rows as CSV (RFC 4180, header line first): plain values, a node or map column as one column per property',
  })
  csv!: string;
}

export function toResult(run: SavedQueryRun): SavedQueryResultModel {
  return {
    name: run.name,
    version: run.version,
    params: run.params,
    columns: run.columns,
    rows: run.rows,
    rowCount: run.rows.length,
    truncated: run.truncated,
    truncatedBy: run.truncatedBy,
    rowCap: run.rowCap,
    maxBytes: run.maxBytes,
    offset: run.offset,
    nextCursor: run.nextCursor,
    elapsedMs: run.elapsedMs,
    graph: run.graph,
    csv: run.csv,
  };
}
