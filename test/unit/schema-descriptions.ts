import { type GraphQLSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';

/**
 * Every place of a schema that a description belongs to and lacks one: a type (`User`), a field
 * (`User.role`), an argument (`Query.flag(id)`) or an enum value (`FlagStatus.NEW`). The built-in
 * types (`__Schema`, `String`…) are left out.
 */
export function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const BUILT_IN = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || BUILT_IN.has(type.name)) continue;
    if (!type.description?.trim()) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description?.trim()) missing.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : [])
          if (!arg.description?.trim()) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) if (!value.description?.trim()) missing.push(`${type.name}.${value.name}`);
  }
  return missing.sort();
}
