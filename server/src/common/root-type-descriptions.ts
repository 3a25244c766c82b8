import type { GraphQLSchema } from 'graphql';

// Nest's code-first builder has no decorator for the root types, so their descriptions are set
// here, on the schema it built (GraphQLModule's transformSchema), before it is served or printed.
const ROOT_DESCRIPTIONS = {
  query:
    'Reads. A read of person data needs a role allowed to make it and a stated purpose (x-opspor-purpose header), and is audited before data is returned.',
  mutation: 'Changes. Each is allowed to named roles only and is audit-logged; nothing is ever sent to anyone automatically.',
} as const;

export function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query) query.description = ROOT_DESCRIPTIONS.query;
  if (mutation) mutation.description = ROOT_DESCRIPTIONS.mutation;
  return schema;
}
