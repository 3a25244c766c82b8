import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The rules server, client and seed share are written once, in packages/contract (issue 16.5):
// this test fails when a copy comes back anywhere else.
const root = join(import.meta.dirname, '..', '..');
const SOURCES = ['server/src', 'client/src', 'seed/src', 'packages/contract/src'];

function files(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'gql' || e.name === 'gql-shell' ? [] : files(path);
    return /\.tsx?$/.test(e.name) && !/\.(spec|test)\.tsx?$/.test(e.name) ? [path] : [];
  });
}
const all = SOURCES.flatMap(files).map((path) => ({
  path: relative(root, join(root, path)),
  text: readFileSync(join(root, path), 'utf8'),
}));
const where = (pattern: RegExp) => all.filter((f) => pattern.test(f.text)).map((f) => f.path);

describe('one definition of each shared rule', () => {
  it('has one journal-number pattern', () => {
    expect(where(/\\d\{4\}-\\d\{5\}-\\d\{5\}-\\d\{2\}/)).toEqual(['packages/contract/src/journal.ts']);
  });
  it('has no list of purpose reasons in the client (they come from the server configuration)', () => {
    expect(where(/Socialsøg-screening/)).toEqual(['server/src/config/config.schema.ts']);
    expect(where(/PURPOSE_REASONS\s*=/)).toEqual([]);
  });
  it('has one set of password rules and one username pattern', () => {
    expect(where(/PASSWORD_MIN_LENGTH\s*=/)).toEqual(['packages/contract/src/password.ts']);
    expect(where(/\[a-z0-9\]\[a-z0-9\._-\]/)).toEqual(['packages/contract/src/users.ts']);
  });
  it('has one minimum length for each report field', () => {
    expect(where(/assessment:\s*10\b/)).toEqual(['packages/contract/src/report.ts']);
  });
  it('has one check of a report description, one note cap and one saved-query length cap (form and API alike)', () => {
    // the writing form and the API both ask descriptionProblem; nobody else counts the words
    expect(where(/function descriptionProblem\b/)).toEqual(['packages/contract/src/report.ts']);
    expect(where(/descriptionWords\(/)).toEqual(['packages/contract/src/report.ts']);
    expect(where(/DESCRIPTION_MAX\s*=/)).toEqual(['packages/contract/src/report.ts']);
    expect(where(/NOTE_MAX\s*=\s*\d/)).toEqual(['packages/contract/src/report.ts']);
    expect(where(/(?:MAX_SOURCE|SOURCE_MAX)\s*=\s*\d/)).toEqual(['packages/contract/src/saved-query.ts']);
  });
  it('has one isIsoDate and one way to say which day it is in Copenhagen', () => {
    expect(where(/function isIsoDate\b/)).toEqual(['packages/contract/src/dates.ts']);
    // "today" as a YYYY-MM-DD day in Copenhagen: Intl with en-CA in that zone, only in the contract.
    expect(where(/en-CA['"],\s*\{\s*timeZone:\s*['"]Europe\/Copenhagen['"]\s*\}\)\.format/)).toEqual([]);
  });
});
