import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { retryTransient } from './graph.service.js';

const transient = () => new Neo4jError('deadlock', 'Neo.TransientError.Transaction.DeadlockDetected', '50N42', 'transient');
const clientError = () => new Neo4jError('syntax', 'Neo.ClientError.Statement.SyntaxError', '42001', 'syntax');

/** A piece of work that fails with the given errors in turn, then answers. */
function failing(errors: Error[]) {
  let calls = 0;
  const work = async () => {
    calls += 1;
    const error = errors.shift();
    if (error) throw error;
    return 'rows';
  };
  return { work, calls: () => calls };
}

describe('retryTransient (auto-commit reads retried like managed transactions)', () => {
  it('runs the work again after a transient error and answers', async () => {
    const w = failing([transient(), transient()]);
    await expect(retryTransient(w.work, 3, 1)).resolves.toBe('rows');
    expect(w.calls()).toBe(3);
  });

  it('gives up after the last try with the transient error', async () => {
    const w = failing([transient(), transient(), transient(), transient()]);
    await expect(retryTransient(w.work, 3, 1)).rejects.toMatchObject({ code: 'Neo.TransientError.Transaction.DeadlockDetected' });
    expect(w.calls()).toBe(3);
  });

  it('never retries an error that is not transient (a bad query fails at once)', async () => {
    const w = failing([clientError()]);
    await expect(retryTransient(w.work, 3, 1)).rejects.toMatchObject({ code: 'Neo.ClientError.Statement.SyntaxError' });
    expect(w.calls()).toBe(1);
    const plain = failing([new Error('not a Neo4j error')]);
    await expect(retryTransient(plain.work, 3, 1)).rejects.toThrow('not a Neo4j error');
    expect(plain.calls()).toBe(1);
  });
});
