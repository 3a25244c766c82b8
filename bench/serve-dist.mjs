// Serves a built server (its dist folder) with plain node, as `npm start` runs it: no tsx loader, so
// no source-mapped stack traces (the Neo4j driver captures a stack for every result). Prints one
// `READY {url, analyst, coordinator}` line with two fresh bench users' tokens. Used by api-ab.ts.
//   node bench/serve-dist.mjs DIST   (NEO4J_* and OPSPOR_* in the environment)
const dist = process.argv[2];
const { createApp } = await import(`${dist}/app.factory.js`);
const { AuthService } = await import(`${dist}/auth/auth.service.js`);
process.on('SIGINT', () => process.exit(0)); // process.exit writes a --cpu-prof profile
const { app } = await createApp();
await app.listen(0, '127.0.0.1');
const auth = app.get(AuthService);
const PASSWORD = 'Bench-Password-2026!';
const suffix = `${Date.now().toString(36)}-${process.pid}`;
await auth.createUser({ username: `ab-analyst-${suffix}`, password: PASSWORD, role: 'analyst' });
await auth.createUser({ username: `ab-coord-${suffix}`, password: PASSWORD, role: 'coordinator', districtCode: 'KBH' });
const url = `http://127.0.0.1:${app.getHttpServer().address().port}`;
const analyst = (await auth.signIn(`ab-analyst-${suffix}`, PASSWORD)).token;
const coordinator = (await auth.signIn(`ab-coord-${suffix}`, PASSWORD)).token;
console.log(`READY ${JSON.stringify({ url, analyst, coordinator })}`);
