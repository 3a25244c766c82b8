import { describe, expect, it } from 'vitest';
import { parseSeedArgs, SeedArgsError } from './cli-args.js';
import { DEFAULT_CHUNK_SIZE, DEMO_PERSONS, DEMO_SEED } from './defaults.js';

describe('seed CLI arguments', () => {
  it('reads persons, seed, files and switches', () => {
    expect(parseSeedArgs(['--persons', '1000', '--seed', '7', '--jsonl', 'out.jsonl', '--no-db'])).toMatchObject({
      persons: 1000,
      seed: 7,
      jsonl: 'out.jsonl',
      db: false,
      fixtures: false,
      ifEmpty: false,
      chunkSize: DEFAULT_CHUNK_SIZE,
      endDate: '2026-06-01',
    });
    expect(parseSeedArgs(['--persons=1_000_000', '--end-date=2025-03-01', '--id-prefix', 'run-1'])).toMatchObject({
      persons: 1_000_000,
      seed: 1,
      endDate: '2025-03-01',
      idPrefix: 'run-1',
      db: true,
    });
  });

  it('makes --demo the fixtures plus the demo population', () => {
    expect(parseSeedArgs(['--demo', '--if-empty'])).toMatchObject({
      fixtures: true,
      persons: DEMO_PERSONS,
      seed: DEMO_SEED,
      ifEmpty: true,
    });
    expect(parseSeedArgs(['--demo', '--persons', '50'])).toMatchObject({ fixtures: true, persons: 50 });
    expect(parseSeedArgs(['--fixtures'])).toMatchObject({ fixtures: true, persons: 0 });
  });

  it.each([
    [['--persons', '-3'], /--persons must be an integer/],
    [['--persons', '12x'], /--persons must be an integer/],
    [['--persons', '20000000'], /--persons must be an integer 0-10000000/],
    [['--persons'], /--persons needs a value/],
    [['--persons', '--no-db'], /--persons needs a value/],
    [['--persons', '5', '--seed', '4294967296'], /--seed/],
    [['--persons', '5', '--end-date', '2024-02-30'], /--end-date must be a date/],
    [['--persons', '5', '--id-prefix', 'a b'], /--id-prefix/],
    [['--persons', '5', '--chunk-size', '10'], /--chunk-size/],
    [['--persons', '5', '--frobnicate'], /unknown argument "--frobnicate"/],
    [['--persons', '5', '--persons', '6'], /given twice/],
    [[], /nothing to generate/],
    [['--persons', '5', '--no-db'], /would write nothing/],
    [['--persons', '5', '--no-db', '--jsonl', 'x', '--if-empty'], /--if-empty/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseSeedArgs(argv)).toThrow(SeedArgsError);
    expect(() => parseSeedArgs(argv)).toThrow(message);
  });

  it('answers --help without other checks', () => {
    expect(parseSeedArgs(['--help']).help).toBe(true);
  });
});
