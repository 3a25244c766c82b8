// A micro-benchmark: the family query run as a managed read transaction (BEGIN, RUN + PULL, COMMIT:
// three round trips) against an auto-commit transaction (RUN + PULL: one), on the bench's database
// (start it with the bench's OPSPOR_BENCH_* variables, e.g. after `npm run bench -- --million`),
// 4 concurrent workers over 400 persons with kin, alternating rounds (the first left out). Prints
// wall time, this process's CPU and Neo4j's CPU per query for each. Asserts nothing.
//   node bench/read-round-trips.mjs
import { readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';

const root = new URL('..', import.meta.url).pathname;
const port = process.env.OPSPOR_BENCH_BOLT_PORT ?? '7688';
const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic('neo4j', 'bench-password-local'));
const text = readFileSync(`${root}cypher/people/family.cypher`, 'utf8');
const first = driver.session();
const ids = (await first.run('MATCH (p:Person)-[:PARENT_OF]->() WITH DISTINCT p SKIP 5000 LIMIT 400 RETURN p.id AS id')).records.map((r) =>
  r.get('id'),
);
await first.close();
const neo4jPid = readFileSync(`${root}.neo4j/bench/launcher.pid`, 'utf8').trim();
/** CPU time (user + system) of a process so far, in ms (clock ticks of 10 ms). */
const cpuMs = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};
const params = (personId) => ({
  personId,
  asOf: '2026-06-01',
  depth: neo4j.int(2),
  cap: neo4j.int(500),
  householdLimit: neo4j.int(50),
  districtCode: null,
  dates: ['2026-06-01'],
});
const ways = {
  managed: async (id) => {
    const s = driver.session({ defaultAccessMode: 'READ' });
    try {
      return await s.executeRead((tx) => tx.run(text, params(id)), { timeout: 30_000 });
    } finally {
      await s.close();
    }
  },
  'auto-commit': async (id) => {
    const s = driver.session({ defaultAccessMode: 'READ' });
    try {
      return await s.run(text, params(id), { timeout: 30_000 });
    } finally {
      await s.close();
    }
  },
};
const totals = Object.fromEntries(Object.keys(ways).map((k) => [k, { ms: 0, client: 0, neo4j: 0, n: 0 }]));
for (let round = 0; round < 6; round += 1) {
  for (const [name, run] of Object.entries(ways)) {
    const [t0, c0, n0] = [performance.now(), cpuMs(process.pid), cpuMs(neo4jPid)];
    let next = 0;
    await Promise.all(
      [0, 1, 2, 3].map(async () => {
        while (next < ids.length) await run(ids[next++]);
      }),
    );
    if (round === 0) continue; // warm-up
    const t = totals[name];
    t.ms += performance.now() - t0;
    t.client += cpuMs(process.pid) - c0;
    t.neo4j += cpuMs(neo4jPid) - n0;
    t.n += ids.length;
  }
}
for (const [name, t] of Object.entries(totals)) {
  const per = (v) => (v / t.n).toFixed(2);
  console.log(`${name}: ${per(t.ms)} ms wall, ${per(t.client)} ms client CPU, ${per(t.neo4j)} ms Neo4j CPU a query`);
}
await driver.close();
