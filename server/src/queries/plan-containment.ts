import { nameOf, tokenize, type Token } from './cypher-lexer.js';
import type { Message } from '../common/app-error.js';
import { ID_FUNCTIONS, VALUE_FUNCTION_NAMESPACES, isPoliceLabel, isPoliceType, isReadableProperty } from './police-data.js';

/**
 * Containment read from the EXPLAIN plan: which records a query can reach is decided by the
 * operators Neo4j will run and the labels, relationship types, properties and functions in
 * their details, not by the text the user wrote (`IS User`, `:Person|Indicator`,
 * `u['password'+'Hash']` and `id(u)` all look different in text and alike in the plan).
 */

/** Operators that only read, and that reach nodes only through a label or a relationship type the details name. */
export const SAFE_OPERATORS: readonly string[] = [
  // leaves
  'Argument',
  'ArgumentTracker',
  'EmptyResult',
  'NodeByLabelScan',
  'UnionNodeByLabelsScan',
  'IntersectionNodeByLabelsScan',
  'NodeIndexSeek',
  'NodeUniqueIndexSeek',
  'NodeIndexSeekByRange',
  'NodeUniqueIndexSeekByRange',
  'NodeIndexScan',
  'NodeIndexContainsScan',
  'NodeIndexEndsWithScan',
  'MultiNodeIndexSeek',
  'DirectedRelationshipTypeScan',
  'UndirectedRelationshipTypeScan',
  'DirectedUnionRelationshipTypesScan',
  'UndirectedUnionRelationshipTypesScan',
  'DirectedRelationshipIndexSeek',
  'UndirectedRelationshipIndexSeek',
  'DirectedRelationshipIndexSeekByRange',
  'UndirectedRelationshipIndexSeekByRange',
  'DirectedRelationshipIndexScan',
  'UndirectedRelationshipIndexScan',
  'DirectedRelationshipIndexContainsScan',
  'UndirectedRelationshipIndexContainsScan',
  'DirectedRelationshipIndexEndsWithScan',
  'UndirectedRelationshipIndexEndsWithScan',
  'NodeCountFromCountStore',
  'RelationshipCountFromCountStore',
  // expands
  'Expand',
  'OptionalExpand',
  'VarLengthExpand',
  'BFSPruningVarLengthExpand',
  'ShortestPath',
  'StatefulShortestPath',
  'Repeat',
  'Trail',
  'ProjectEndpoints',
  'TriadicSelection',
  'TriadicBuild',
  'TriadicFilter',
  'NullifyMetadata',
  // rows
  'ProduceResults',
  'Projection',
  'Filter',
  'CacheProperties',
  'Sort',
  'PartialSort',
  'Top',
  'PartialTop',
  'Limit',
  'ExhaustiveLimit',
  'Skip',
  'Distinct',
  'OrderedDistinct',
  'EagerAggregation',
  'OrderedAggregation',
  'Eager',
  'Unwind',
  'Optional',
  'EmptyRow',
  // joins and subqueries (their children are walked like any other)
  'Apply',
  'SemiApply',
  'AntiSemiApply',
  'LetSemiApply',
  'LetAntiSemiApply',
  'SelectOrSemiApply',
  'SelectOrAntiSemiApply',
  'LetSelectOrSemiApply',
  'LetSelectOrAntiSemiApply',
  'RollUpApply',
  'ConditionalApply',
  'AntiConditionalApply',
  'CartesianProduct',
  'NodeHashJoin',
  'NodeLeftOuterHashJoin',
  'NodeRightOuterHashJoin',
  'ValueHashJoin',
  'Union',
  'OrderedUnion',
];

const ID_SEEK = /^(NodeByIdSeek|NodeByElementIdSeek|(Directed|Undirected)RelationshipBy(Element)?IdSeek)$/;
const ALL_RELATIONSHIPS = /^(Directed|Undirected)AllRelationshipsScan$/;

/** `Expand(All)` → `Expand`; `NodeByLabelScan@neo4j` → `NodeByLabelScan`. */
export function operatorBase(operatorType: string): string {
  return (operatorType.split('@')[0] ?? '').replace(/\(.*\)$/, '');
}

/** Reasons an operator itself (not its details) cannot be part of a saved query; undefined when it is on the allow-list. */
export function operatorReason(base: string): Message | undefined {
  if (base === 'AllNodesScan')
    return {
      da: 'læser alle knuder uden en etiket: angiv de etiketter, forespørgslen læser',
      en: 'reads all nodes without a label: name the labels the query reads',
    };
  if (ID_SEEK.test(base)) return byInternalId(base);
  if (ALL_RELATIONSHIPS.test(base))
    return {
      da: 'læser alle relationer uden en type: angiv relationstyperne',
      en: 'reads all relationships without a type: name the relationship types',
    };
  if (base === 'SubtractionNodeByLabelsScan') return NEGATED_LABEL;
  if (SAFE_OPERATORS.includes(base)) return undefined;
  return {
    da: `bruger planoperatoren ${base}, som ikke er på listen over operatorer, en gemt forespørgsel må bruge`,
    en: `uses the plan operator ${base}, which is not on the list of operators a saved query may use`,
  };
}

const NEGATED_LABEL: Message = {
  da: 'bruger en negeret etiket (!Label), som kan nå andre etiketter end politiets data',
  en: 'uses a negated label (!Label), which can reach labels other than police data',
};

function byInternalId(what: string): Message {
  return {
    da: `slår poster op på intern id (${what}): find dem på etiket og egenskab i stedet`,
    en: `looks records up by internal id (${what}): find them by label and property instead`,
  };
}

const KEYWORDS_BEFORE_LIST = new Set([
  'IN',
  'AND',
  'OR',
  'XOR',
  'NOT',
  'WHEN',
  'THEN',
  'ELSE',
  'RETURN',
  'WITH',
  'WHERE',
  'CASE',
  'IS',
  'AS',
]);
const NAME_KINDS = new Set(['identifier', 'quoted']);

/**
 * Reasons from one operator's details (Neo4j's normalised Cypher for it): labels and relationship
 * types off the allow-list, negated or wildcard label expressions, labels chosen at run time,
 * properties off the allow-list, dynamic property access (`n[expr]`), id lookups, untyped
 * relationship patterns and functions outside the value namespaces.
 */
export function detailsReasons(details: string): Message[] {
  const tokens = tokenize(details);
  const reasons: Message[] = [];
  // Neo4j shortens very long details with "...": what is cut off cannot be checked.
  if (details.endsWith('...'))
    reasons.push({
      da: 'planen er for lang til at blive kontrolleret: gør forespørgslen kortere',
      en: 'the plan is too long to check: shorten the query',
    });
  const at = (i: number): Token | undefined => tokens[i];
  const is = (t: Token | undefined, kind: string, text?: string) => t?.kind === kind && (text === undefined || t.text === text);
  const nextCode = (i: number): number => {
    let j = i + 1;
    while (at(j)?.kind === 'space') j += 1;
    return j;
  };
  const closingBracket = (open: number): number => {
    let depth = 0;
    for (let j = open; j < tokens.length; j += 1) {
      if (is(at(j), 'symbol', '[')) depth += 1;
      else if (is(at(j), 'symbol', ']')) {
        depth -= 1;
        if (depth === 0) return j;
      }
    }
    return tokens.length;
  };

  tokens.forEach((t, i) => {
    const prev = at(i - 1);
    const next = at(i + 1);
    if (isLabelColon(tokens, i)) {
      reasons.push(...labelExpression(tokens, i + 1).reasons);
    } else if (
      is(t, 'symbol', '.') &&
      prev &&
      (NAME_KINDS.has(prev.kind) || prev.text === ')' || prev.text === ']') &&
      next &&
      NAME_KINDS.has(next.kind)
    ) {
      const isFunctionName = is(at(nextCode(i + 1)), 'symbol', '(');
      if (!isFunctionName && !isReadableProperty(nameOf(next))) {
        reasons.push({
          da: `læser egenskaben ${nameOf(next)}, som ikke er en af politiets dataegenskaber`,
          en: `reads the property ${nameOf(next)}, which is not a police-data property`,
        });
      }
    } else if (t.kind === 'identifier' && is(at(nextCode(i)), 'symbol', '(')) {
      const name = dottedName(tokens, i).toLowerCase();
      if (!name.includes('.') && ID_FUNCTIONS.includes(name)) {
        reasons.push(byInternalId(`${t.text}()`));
      } else if (name.includes('.') && !VALUE_FUNCTION_NAMESPACES.includes(name.split('.')[0]!)) {
        reasons.push({
          da: `kalder funktionen ${name}, som ikke er tilladt i en gemt forespørgsel`,
          en: `calls the function ${name}, which is not allowed in a saved query`,
        });
      }
    } else if (is(t, 'symbol', '[')) {
      const inner = tokens.slice(i + 1, closingBracket(i)).filter((x) => x.kind !== 'space');
      if (prev?.kind === 'symbol' && prev.text === '-') {
        if (!inner.some((x) => is(x, 'symbol', ':'))) {
          reasons.push({
            da: 'følger relationer af enhver type (-[…]-): angiv relationstyperne',
            en: 'follows relationships of any type (-[…]-): name the relationship types',
          });
        }
      } else if (prev && isSubscriptTarget(prev) && !inner.every(isWholeNumberPart)) {
        reasons.push({
          da: `læser ${prev.text}[…] med en beregnet nøgle: dynamisk adgang til egenskaber er ikke tilladt; skriv n.egenskab (eller et heltalsindeks)`,
          en: `reads ${prev.text}[…] with a computed key: dynamic property access is not allowed; write n.property (or a whole-number index)`,
        });
      }
    }
  });
  return reasons;
}

/** `n:Label` or `[r:TYPE`: Neo4j prints a label colon with no space after it (a map key's colon has one; `::` is a type). */
function isLabelColon(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return (
    tokens[i]!.kind === 'symbol' &&
    tokens[i]!.text === ':' &&
    !!next &&
    next.kind !== 'space' &&
    next.text !== ':' &&
    tokens[i - 1]?.text !== ':'
  );
}

/** What EXPLAIN says, reduced to what the checks need (neo4j-driver's Plan has this shape). */
export interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

/** Every label and relationship type the plan names (procedure signatures aside). */
export function planNames(plan: PlanNode): string[] {
  const names = new Set<string>();
  const walk = (node: PlanNode): void => {
    const details = node.arguments.Details;
    if (operatorBase(node.operatorType) !== 'ProcedureCall' && typeof details === 'string') {
      for (const name of namesInDetails(details)) names.add(name);
    }
    node.children.forEach(walk);
  };
  walk(plan);
  return [...names].sort();
}

/** The labels and relationship types that one operator's details name. */
export function namesInDetails(details: string): string[] {
  const tokens = tokenize(details);
  const names: string[] = [];
  tokens.forEach((t, i) => {
    if (isLabelColon(tokens, i)) {
      names.push(...labelExpression(tokens, i + 1).names);
    }
  });
  return names;
}

/** The label expression that starts at `start` (after `:`): each name must be police data; no `!`, `%` or `$(…)`. */
function labelExpression(tokens: Token[], start: number): { names: string[]; reasons: Message[] } {
  const reasons: Message[] = [];
  const names: string[] = [];
  let depth = 0;
  let expectName = true;
  for (let j = start; j < tokens.length; j += 1) {
    const t = tokens[j]!;
    if (expectName && (t.kind === 'identifier' || t.kind === 'quoted')) {
      const name = nameOf(t);
      names.push(name);
      if (!isPoliceLabel(name) && !isPoliceType(name))
        reasons.push({ da: `når :${name}, som ikke er politiets data`, en: `reaches :${name}, which is not police data` });
      expectName = false;
    } else if (expectName && t.kind === 'parameter') {
      reasons.push({
        da: 'bruger etiketter eller typer, der vælges under kørslen ($(…))',
        en: 'uses labels or types chosen at run time ($(…))',
      });
      expectName = false;
    } else if (t.text === '!') {
      reasons.push(NEGATED_LABEL);
      expectName = true;
    } else if (t.text === '%') {
      reasons.push({
        da: 'bruger jokertegnet for enhver etiket (%), som kan nå andre etiketter end politiets data',
        en: 'uses the any-label wildcard (%), which can reach labels other than police data',
      });
      expectName = false;
    } else if (expectName && t.text === '(') {
      depth += 1;
    } else if (!expectName && t.text === ')' && depth > 0) {
      depth -= 1;
    } else if (!expectName && (t.text === '|' || t.text === '&')) {
      expectName = true;
    } else break;
  }
  return { names, reasons };
}

/** `date.truncate` for the token `truncate`, `id` for `id`. */
function dottedName(tokens: Token[], i: number): string {
  const parts = [tokens[i]!.text];
  let j = i - 1;
  while (tokens[j]?.text === '.' && tokens[j - 1]?.kind === 'identifier') {
    parts.unshift(tokens[j - 1]!.text);
    j -= 2;
  }
  return parts.join('.');
}

/** `x[`, `` `x`[ ``, `$p[`, `f(x)[`, `l[0][`: a subscript; `IN [` or `cache[` is not. */
function isSubscriptTarget(prev: Token): boolean {
  if (prev.kind === 'identifier') return !KEYWORDS_BEFORE_LIST.has(prev.text.toUpperCase()) && !/^cache/i.test(prev.text);
  return prev.kind === 'quoted' || prev.kind === 'parameter' || prev.text === ')' || prev.text === ']';
}

/** What an index may be made of: whole numbers (Neo4j turns literals into $autoint_N), ranges and signs. */
function isWholeNumberPart(t: Token): boolean {
  if (t.kind === 'number') return /^\d+$/.test(t.text);
  if (t.kind === 'parameter') return /^\$autoint_\d+$/.test(t.text);
  return t.kind === 'symbol' && ['-', '.'].includes(t.text);
}
