/** Splits a Cypher script into statements: `;` at the end of a line ends one; `//` lines are comments. */
export function splitStatements(script: string): string[] {
  const statements: string[] = [];
  let current: string[] = [];
  for (const line of script.split('\n')) {
    const trimmed = line.trim();
    if (trimmed.startsWith('//') || trimmed === '') continue;
    current.push(line);
    if (trimmed.endsWith(';')) {
      statements.push(current.join('\n').trim().replace(/;$/, ''));
      current = [];
    }
  }
  const rest = current.join('\n').trim();
  if (rest) statements.push(rest);
  return statements;
}

/** Reads `// key: value` lines at the top of a Cypher file (its metadata header). */
export function headerValue(script: string, key: string): string | undefined {
  const pattern = new RegExp(`^//\\s*${key}:\\s*(.+)$`, 'm');
  return pattern.exec(script)?.[1]?.trim();
}
