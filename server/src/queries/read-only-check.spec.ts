import { describe, expect, it } from 'vitest';
import { tokenize } from './cypher-lexer.js';
import { lexicalReasons, planReasons, usedParameters, type PlanNode } from './read-only-check.js';

/** The reasons' English texts (the API's default wording). */
const english = (reasons: { en: string }[]) => reasons.map((r) => r.en);

const op = (operatorType: string, children: PlanNode[] = [], args: Record<string, unknown> = {}): PlanNode => ({
  operatorType,
  arguments: args,
  children,
});

describe('tokenize', () => {
  it('keeps comments, strings and backtick names apart from code', () => {
    const kinds = tokenize("MATCH (n) // CREATE\nRETURN 'a \\' b', `odd``name`, $p /* x */")
      .filter((t) => t.kind !== 'space')
      .map((t) => [t.kind, t.text]);
    expect(kinds).toEqual([
      ['identifier', 'MATCH'],
      ['symbol', '('],
      ['identifier', 'n'],
      ['symbol', ')'],
      ['comment', '// CREATE'],
      ['identifier', 'RETURN'],
      ['string', "'a \\' b'"],
      ['symbol', ','],
      ['quoted', '`odd``name`'],
      ['symbol', ','],
      ['parameter', '$p'],
      ['comment', '/* x */'],
    ]);
  });

  it('reads an unterminated string or comment to the end instead of looping', () => {
    expect(tokenize("RETURN 'open").at(-1)).toMatchObject({ kind: 'string', text: "'open" });
    expect(tokenize('RETURN /* open').at(-1)).toMatchObject({ kind: 'comment' });
  });
});

describe('lexicalReasons', () => {
  it('ignores keywords in strings and comments', () => {
    expect(lexicalReasons("// LOAD CSV\nRETURN 'LOAD CSV; USE system' AS x /* ; */;")).toEqual([]);
  });

  it.each([
    ['MATCH (n) RETURN n; MATCH (m) RETURN m', /one statement/],
    ['load csv from $url as r return r', /LOAD CSV/],
    ['USE system SHOW USERS', /USE/],
    ['PROFILE MATCH (n) RETURN n', /PROFILE/],
    ['MATCH (u:User) RETURN u', /system's own records \(:User\)/],
    ['MATCH (k:`ApiKey`) RETURN k', /:ApiKey/],
    ['MATCH (n) RETURN n.passwordHash', /secret property/],
  ])('refuses %s', (cypher, reason) => {
    expect(english(lexicalReasons(cypher)).join()).toMatch(reason);
    // and the same reason in Danish (a saved query's author reads it in the UI's language)
    expect(lexicalReasons(cypher).every((r) => r.da.length > 0 && r.da !== r.en)).toBe(true);
  });

  it('does not mistake properties or map keys for keywords', () => {
    expect(lexicalReasons('MATCH (n:Person) RETURN n.use AS use, {use: 1} AS m, n.user AS u')).toEqual([]);
  });
});

describe('usedParameters', () => {
  it('lists each parameter once, not those in strings or comments', () => {
    expect(usedParameters("MATCH (p {id: $id}) // $x\nWHERE p.a = $`odd name` AND p.b = '$y' RETURN $id")).toEqual(['id', 'odd name']);
  });
});

describe('planReasons', () => {
  const read = (...children: PlanNode[]) => op('ProduceResults@neo4j', children);

  it('accepts a read plan', () => {
    expect(planReasons('r', read(op('NodeByLabelScan@neo4j')), 'neo4j')).toEqual([]);
  });

  it('accepts the allowed full-text procedure and refuses others by name', () => {
    const call = (details: string) => read(op('ProcedureCall@neo4j', [], { Details: details }));
    expect(planReasons('r', call('db.index.fulltext.queryNodes($a, $b) :: (node :: NODE)'), 'neo4j')).toEqual([]);
    expect(english(planReasons('r', call('db.prepareForReplanning() :: ()'), 'neo4j')).join()).toMatch(
      /procedure db\.prepareForReplanning/,
    );
  });

  it.each([
    ['r', read(op('LoadCSV@neo4j')), /LOAD CSV/],
    ['r', read(op('ShowTransactions@neo4j')), /SHOW commands/],
    ['r', read(op('TerminateTransactions@neo4j')), /TERMINATE/],
    ['r', read(op('TransactionApply@neo4j')), /IN TRANSACTIONS/],
    ['r', read(op('AllNodesScan@other')), /database "other"/],
    ['rw', read(op('Create@neo4j')), /writes to the database/],
    ['w', read(op('SetProperty@neo4j')), /writes \(SetProperty\)/],
    ['s', op('AdministrationCommand@system'), /administration command/],
    ['x', read(), /query type "x"/],
  ])('refuses query type %s with %o', (type, plan, reason) => {
    expect(english(planReasons(type, plan, 'neo4j')).join('\n')).toMatch(reason);
    expect(planReasons(type, plan, 'neo4j').every((r) => r.da.length > 0 && r.da !== r.en)).toBe(true);
  });

  it('refuses when there is no plan', () => {
    expect(english(planReasons('r', null, 'neo4j')).join()).toMatch(/no plan/);
  });
});
