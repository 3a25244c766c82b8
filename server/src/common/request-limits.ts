import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

export interface RequestLimits {
  maxDepth: number;
  maxAliases: number;
  /** total field selections after expanding fragments: a simple cost measure */
  maxFields: number;
}

export interface RequestMeasure {
  depth: number;
  aliases: number;
  fields: number;
}

/** Depth, alias count and field count of a document, fragments expanded (cycles cut). */
export function measureDocument(document: DocumentNode): RequestMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const measure: RequestMeasure = { depth: 0, aliases: 0, fields: 0 };
  const walk = (set: SelectionSetNode, depth: number, seen: Set<string>): void => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        measure.fields += 1;
        if (sel.alias) measure.aliases += 1;
        measure.depth = Math.max(measure.depth, depth);
        if (sel.selectionSet) walk(sel.selectionSet, depth + 1, seen);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        walk(sel.selectionSet, depth, seen);
      } else {
        const name = sel.name.value;
        const fragment = fragments.get(name);
        if (fragment && !seen.has(name)) walk(fragment.selectionSet, depth, new Set([...seen, name]));
      }
    }
  };
  for (const def of document.definitions) if (def.kind === Kind.OPERATION_DEFINITION) walk(def.selectionSet, 1, new Set());
  return measure;
}

export function requestLimitsPlugin(limits: RequestLimits): ApolloServerPlugin {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: ({ document }) => {
          const m = measureDocument(document);
          const over =
            m.depth > limits.maxDepth
              ? `depth ${m.depth} exceeds ${limits.maxDepth}`
              : m.aliases > limits.maxAliases
                ? `${m.aliases} aliases exceed ${limits.maxAliases}`
                : m.fields > limits.maxFields
                  ? `${m.fields} fields exceed ${limits.maxFields}`
                  : undefined;
          if (over) throw new GraphQLError(`Query too complex: ${over}`, { extensions: { code: 'BAD_USER_INPUT' } });
          return Promise.resolve();
        },
      }),
  };
}
