// @opspor/contract: the rules server, client and seed share, defined once.
// first: no eval probe by zod under the browser's CSP (browser-csp.ts)
import './browser-csp.js';
export * from './dates.js';
export * from './ingest.js';
export * from './journal.js';
export * from './password.js';
export * from './purpose.js';
export * from './report.js';
export * from './saved-query.js';
export * from './users.js';
