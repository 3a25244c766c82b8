/** Stable ids: a type prefix and a zero-padded sequence number, e.g. `p-000123`. */
export function sequenceId(prefix: string, n: number): string {
  return `${prefix}-${String(n).padStart(6, '0')}`;
}
