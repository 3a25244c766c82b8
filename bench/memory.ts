// Peak memory of a bench step: the resident set of this process, every process it started (the
// import CLI, neo4j-admin, the API) and the bench's Neo4j (detached, found by its pid file), sampled
// twice a second from /proc (Linux). Elsewhere only this process is measured.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const PAGE = 4096;

function processes(): Map<number, { ppid: number; rss: number }> {
  const out = new Map<number, { ppid: number; rss: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid … rss is field 24; comm may hold spaces, so split after the last ')'
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(entry), { ppid: Number(fields[1]), rss: Number(fields[21]) * PAGE });
    } catch {
      // the process ended while we looked
    }
  }
  return out;
}

/** Bytes resident now in this process's tree plus the given extra roots (and their trees). */
export function treeRss(extraRoots: number[] = []): number {
  if (!existsSync('/proc/self/stat')) return process.memoryUsage().rss;
  const all = processes();
  const children = new Map<number, number[]>();
  for (const [pid, p] of all) children.set(p.ppid, [...(children.get(p.ppid) ?? []), pid]);
  let total = 0;
  const seen = new Set<number>();
  const stack = [process.pid, ...extraRoots];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    total += all.get(pid)?.rss ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Samples while `work` runs; returns its result, seconds and the peak in MiB. */
export async function measured<T>(
  roots: () => number[],
  work: () => Promise<T> | T,
): Promise<{ result: T; seconds: number; peakRssMiB: number }> {
  let peak = treeRss(roots());
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRss(roots()));
  }, 500);
  const started = performance.now();
  try {
    const result = await work();
    peak = Math.max(peak, treeRss(roots()));
    return { result, seconds: Math.round((performance.now() - started) / 100) / 10, peakRssMiB: Math.round(peak / 2 ** 20) };
  } finally {
    clearInterval(timer);
  }
}
