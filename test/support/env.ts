// Points the app under test at the project's loopback Neo4j unless NEO4J_URI is set.
// @ts-expect-error plain .mjs module shared with the scripts
import { localNeo4jEnv } from '../../scripts/local-neo4j.mjs';

const local = localNeo4jEnv() as Record<string, string>;
for (const [key, value] of Object.entries(local)) {
  if (!process.env[key]) process.env[key] = value;
}
process.env.NODE_ENV ??= 'test';
process.env.LOG_LEVEL ??= 'warn';
process.env.OPSPOR_TOKEN_SECRET ??= 'test-secret-test-secret-test-secret-1234';
// Test files sign in many users from one address: the sign-in throttle's defaults are for people.
process.env.OPSPOR_SIGNIN_PER_IP_PER_MINUTE ??= '100000';
process.env.OPSPOR_SIGNIN_PER_MINUTE ??= '100000';
