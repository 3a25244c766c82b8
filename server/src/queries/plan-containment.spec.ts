import { describe, expect, it } from 'vitest';
import { detailsReasons, operatorBase, operatorReason } from './plan-containment.js';
import { planReasons, type PlanNode } from './read-only-check.js';

const op = (operatorType: string, details = '', children: PlanNode[] = []): PlanNode => ({
  operatorType: `${operatorType}@neo4j`,
  arguments: details ? { Details: details } : {},
  children,
});
const reasons = (...children: PlanNode[]) =>
  planReasons('r', op('ProduceResults', '', children), 'neo4j')
    .map((r) => r.en)
    .join('\n');

describe('operators', () => {
  it('strips the database and the variant', () => {
    expect(operatorBase('Expand(All)@neo4j')).toBe('Expand');
    expect(operatorBase('VarLengthExpand(Pruning)@neo4j')).toBe('VarLengthExpand');
  });

  it.each([
    ['AllNodesScan', /all nodes without a label/],
    ['NodeByIdSeek', /internal id/],
    ['NodeByElementIdSeek', /internal id/],
    ['DirectedRelationshipByIdSeek', /internal id/],
    ['UndirectedAllRelationshipsScan', /without a type/],
    ['SubtractionNodeByLabelsScan', /negated label/],
    ['SomethingNew', /not on the list of operators/],
  ])('refuses %s', (operator, reason) => {
    expect(operatorReason(operator)?.en).toMatch(reason);
    expect(operatorReason(operator)?.da).toBeTruthy();
    expect(operatorReason(operator)?.da).not.toBe(operatorReason(operator)?.en);
  });

  it('accepts the operators the shipped queries plan to', () => {
    for (const name of [
      'NodeByLabelScan',
      'NodeUniqueIndexSeek',
      'Expand',
      'RollUpApply',
      'Union',
      'Distinct',
      'EagerAggregation',
      'Top',
    ]) {
      expect(operatorReason(name)).toBeUndefined();
    }
  });
});

describe('details', () => {
  it('accepts police labels, types, properties, value accessors and value functions', () => {
    expect(detailsReasons('p:Person AND cache[p.id] = $x')).toEqual([]);
    expect(detailsReasons('(p)-[anon_0:LIVES_AT|PARTNER_OF*..6]->(a) WHERE a:Address')).toEqual([]);
    expect(detailsReasons('p{id: cache[p.id], name: p.name} AS p, {personId: cache[p.id], role: $autostring_0} AS m')).toEqual([]);
    expect(detailsReasons('date.truncate($autostring_4, cache[p.birthDate]) AS m, cache[p.birthDate].year AS y')).toEqual([]);
    expect(detailsReasons('$autolist_2[$autoint_3] AS f, [l IN labels(p) WHERE NOT l = $autostring_0] AS ls')).toEqual([]);
    expect(detailsReasons('RANGE INDEX p:Person(id) WHERE id = $personId')).toEqual([]);
    expect(detailsReasons('`u.passwordHash`, `properties(u)`')).toEqual([]);
  });

  it.each([
    ['u:User', /:User, which is not police data/],
    ['i:Person|Indicator', /:Indicator/],
    ['n:Person&SupportFlag', /:SupportFlag/],
    ['n:`ApiKey`', /:ApiKey/],
    ['n:!Person', /negated label/],
    ['n:%', /wildcard/],
    ['n:$($label)', /chosen at run time/],
    ['(p)-[anon_0:HAS_EVENT]->(e)', /:HAS_EVENT/],
    ['(p)-[anon_0*]-(b)', /relationships of any type/],
    ['(p)-[r]->(b)', /relationships of any type/],
    ['u.passwordHash AS h', /property passwordHash/],
    ['cache[u.keyHash]', /property keyHash/],
    ['u.`hash`', /property hash/],
    ['u[($autostring_0 + $autostring_1)] AS x', /u\[…\] with a computed key/],
    ['p[$key]', /computed key/],
    ['id(u) IN range($autoint_0, $autoint_1)', /internal id \(id\(\)\)/],
    ['elementId(u) = $x', /internal id \(elementId\(\)\)/],
    ['db.nameFromElementId($x)', /function db\.namefromelementid/],
    ['apoc.meta.data()', /function apoc\.meta\.data/],
    ['p.name + p.name + p.na...', /too long to check/],
  ])('refuses %s', (details, reason) => {
    expect(
      detailsReasons(details)
        .map((r) => r.en)
        .join('\n'),
    ).toMatch(reason);
    expect(detailsReasons(details).every((r) => r.da !== r.en)).toBe(true);
  });
});

describe('planReasons walks the whole plan', () => {
  it('finds a system label in a subquery branch and under a union', () => {
    const branch = op('Apply', '', [op('NodeByLabelScan', 'p:Person'), op('NodeByLabelScan', 'u:User')]);
    expect(reasons(op('Union', '', [op('NodeByLabelScan', 'p:Person'), branch]))).toMatch(/:User/);
  });

  it('accepts a plan of police data only', () => {
    expect(
      reasons(
        op('Projection', 'p.name AS name', [
          op('Filter', 'a:Address', [op('Expand(All)', '(p)-[r:LIVES_AT]->(a)', [op('NodeByLabelScan', 'p:Person')])]),
        ]),
      ),
    ).toBe('');
  });

  it('judges the procedure by name, not by its signature', () => {
    expect(reasons(op('ProcedureCall', 'db.index.fulltext.queryNodes($autostring_0, $text) :: (node :: NODE, score :: FLOAT)'))).toBe('');
  });
});
