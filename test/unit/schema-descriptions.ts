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

/** A name's words: `createdAt` → `created at`, `FlagStatus` → `flag status`. */
function words(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase()
    .trim();
}

/** A description that says no more than its name ("The id", "the created at"): the place, as undescribed names it. */
export function restating(schema: GraphQLSchema): string[] {
  const found: string[] = [];
  const bare = (description: string | null | undefined) =>
    (description ?? '')
      .toLowerCase()
      .replace(/[.’'`"]/g, '')
      .replace(/^(the|a|an)\s+/, '')
      .trim();
  const check = (place: string, name: string, description: string | null | undefined) => {
    if (description?.trim() && bare(description) === words(name)) found.push(place);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    check(type.name, type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.name, field.description);
        for (const arg of 'args' in field ? field.args : []) check(`${type.name}.${field.name}(${arg.name})`, arg.name, arg.description);
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.name, value.description);
  }
  return found.sort();
}
