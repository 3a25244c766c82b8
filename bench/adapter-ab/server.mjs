// A/B of Nest's HTTP adapters for issue 19: the same Nest + Apollo GraphQL module (schema-first,
// one query returning a family-sized answer, ~7 persons) on Express (as the product runs) and on
// Fastify. Run: node server.mjs express|fastify PORT
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver } from '@nestjs/apollo';

const [, , kind, port] = process.argv;
const typeDefs = `
  type Person { id: String! name: String! sex: String birthDate: String age: Int relation: String households: [String!]! }
  type Family { root: String! persons: [Person!]! edges: [[String!]!]! }
  type Query { family(id: String!, depth: Int): Family! }
`;
const persons = Array.from({ length: 7 }, (_, i) => ({
  id: `p-${i}`,
  name: `Person Nummer ${i} Jensen`,
  sex: i % 2 ? 'M' : 'F',
  birthDate: `19${70 + i}-0${1 + (i % 9)}-1${i}`,
  age: 30 + i,
  relation: ['self', 'mother', 'father', 'child', 'child', 'partner', 'sibling'][i],
  households: [`a-${i % 3}`, `a-${(i + 1) % 3}`],
}));
const resolvers = { Query: { family: (_, { id }) => ({ root: id, persons, edges: persons.slice(1).map((p) => [id, p.id]) }) } };

class AppModule {}
Module({
  imports: [GraphQLModule.forRoot({ driver: ApolloDriver, typeDefs, resolvers, playground: false, introspection: false })],
})(AppModule);

let app;
if (kind === 'fastify') {
  const { FastifyAdapter } = await import('@nestjs/platform-fastify');
  app = await NestFactory.create(AppModule, new FastifyAdapter(), { logger: ['error'] });
} else {
  app = await NestFactory.create(AppModule, { logger: ['error'] });
}
await app.listen(Number(port), '127.0.0.1');
process.send?.('ready');
console.log(`${kind} on ${port}`);
process.on('SIGTERM', async () => {
  await app.close();
  process.exit(0);
});
