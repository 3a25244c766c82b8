// npm run create-admin -- USERNAME  — creates the first admin; the password is read from
// OPSPOR_ADMIN_PASSWORD or asked for on the terminal (never taken from the command line).
import { createInterface } from 'node:readline/promises';
import { createApp } from '../app.factory.js';
import { AuditService } from '../audit/audit.service.js';
import { AuthService } from '../auth/auth.service.js';
import { cliActor, cliArgs, runCli } from './cli-support.js';

await runCli('create-admin', async () => {
  const username = cliArgs()[0];
  if (!username) {
    console.error('usage: npm run create-admin -- USERNAME');
    return 2;
  }
  let password = process.env.OPSPOR_ADMIN_PASSWORD;
  if (!password) {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    password = await rl.question('Password (at least 12 characters, three kinds of characters): ');
    rl.close();
  }
  const { app } = await createApp({ abortOnError: false });
  try {
    await app.get(AuthService).createUser({ username, password, role: 'admin' });
    await app.get(AuditService).record({ actor: cliActor(), operation: 'createUser', detail: { username, role: 'admin' } });
    console.log(`admin "${username}" created`);
  } finally {
    await app.close().catch(() => undefined);
  }
});
