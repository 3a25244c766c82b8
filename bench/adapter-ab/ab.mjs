// Runs each adapter in its own process, loads it with autocannon (16 connections) and reports
// requests/s, latency and the server process's CPU per request (from /proc). Alternates the two.
import { fork } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import autocannon from 'autocannon';

const seconds = Number(process.argv[2] ?? 10);
const rounds = Number(process.argv[3] ?? 3);
const tick = 100; // USER_HZ
const cpuMs = (pid) => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((+f[11] + +f[12]) * 1000) / tick;
};
const body = JSON.stringify({
  query: 'query($id:String!){ family(id:$id, depth:2){ root persons { id name sex birthDate age relation households } edges } }',
  variables: { id: 'p-0' },
});
const out = [];
for (let r = 0; r < rounds; r += 1)
  for (const kind of ['express', 'fastify']) {
    const port = 4900 + r * 2 + (kind === 'fastify' ? 1 : 0);
    const child = fork(new URL('./server.mjs', import.meta.url), [kind, String(port)], { stdio: 'ignore' });
    await new Promise((ok) => child.once('message', ok));
    const url = `http://127.0.0.1:${port}/graphql`;
    await autocannon({ url, method: 'POST', body, headers: { 'content-type': 'application/json' }, connections: 16, duration: 3 }); // warm-up
    const c0 = cpuMs(child.pid);
    const res = await autocannon({
      url,
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json' },
      connections: 16,
      duration: seconds,
    });
    const c1 = cpuMs(child.pid);
    const row = {
      kind,
      round: r + 1,
      rps: Math.round(res.requests.average),
      p50: res.latency.p50,
      p975: res.latency.p97_5,
      non2xx: res.non2xx,
      errors: res.errors,
      serverCpuMsPerRequest: +((c1 - c0) / res.requests.total).toFixed(3),
    };
    out.push(row);
    console.log(JSON.stringify(row));
    child.kill('SIGTERM');
    await new Promise((ok) => child.once('exit', ok));
  }
const medians = {};
for (const kind of ['express', 'fastify']) {
  const rows = out.filter((o) => o.kind === kind);
  const med = (k) => rows.map((o) => o[k]).sort((a, b) => a - b)[Math.floor(rows.length / 2)];
  medians[kind] = { requestsPerSecond: med('rps'), serverCpuMsPerRequest: med('serverCpuMsPerRequest') };
  console.log(`${kind}: median ${med('rps')} req/s, server CPU ${med('serverCpuMsPerRequest')} ms a request`);
}
const result = { date: new Date().toISOString(), seconds, rounds, connections: 16, rows: out, medians };
writeFileSync(new URL('../results/adapter-ab.json', import.meta.url), `${JSON.stringify(result, null, 2)}\n`);
