import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { Public } from '../auth/access.decorator.js';

/**
 * The GraphQL schema as SDL, for integrators: it describes operations and types, no data, so it
 * is public (introspection stays off in production). The same text as server/schema.graphql.
 */
@Controller('graphql')
export class SchemaController {
  private sdl: string | undefined;

  constructor(@Inject(ModuleRef) private readonly moduleRef: ModuleRef) {}

  @Public()
  @Get('schema.graphql')
  @Header('content-type', 'text/plain; charset=utf-8')
  @Header('cache-control', 'public, max-age=300')
  schema(): string {
    // The GraphQL module builds the schema after this module: look it up when first asked.
    this.sdl ??= printSchema(this.moduleRef.get(GraphQLSchemaHost, { strict: false }).schema);
    return this.sdl;
  }
}
