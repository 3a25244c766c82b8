// Enum values whose stored spelling is not a GraphQL name go on the wire in upper case
// (`parent-partner` → PARENT_PARTNER, server/src/common/graphql-scalars.ts graphqlEnum). The
// messages are keyed by the stored code: this turns a wire value back into it.

/** `PARENT_PARTNER` → `parent-partner` (the code the messages and stored data use). */
export function storedCode(value: string): string {
  return value.toLowerCase().replace(/_/g, '-');
}
