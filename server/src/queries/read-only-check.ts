import type { Message } from '../common/app-error.js';
import { codeTokens, nameOf, parameterName, type Token } from './cypher-lexer.js';
import { detailsReasons, operatorBase, operatorReason, type PlanNode } from './plan-containment.js';

export type { PlanNode } from './plan-containment.js';
import { POLICE_FULLTEXT_INDEXES } from './police-data.js';

/**
 * The procedures a saved query may call: a full-text search of the police indexes (the index is
 * checked by name in the text). Everything else (db.*, dbms.*, tx.*, apoc.*) is refused.
 */
export const ALLOWED_PROCEDURES: readonly string[] = ['db.index.fulltext.queryNodes'];
const FULLTEXT_CALL = ['db', '.', 'index', '.', 'fulltext', '.', 'queryNodes', '('];

/**
 * Records a saved query may not name: the system's own (accounts, keys, the audit log) and the
 * municipal source's (indicators, support flags, sharing bases), which police users never see.
 */
export const SYSTEM_LABELS: readonly string[] = [
  'User',
  'ApiKey',
  'AuditEvent',
  'AuditHead',
  'SavedQuery',
  'SavedQueryVersion',
  'SchemaVersion',
  'Indicator',
  'SupportFlag',
  'SupportFlagEvent',
  'SharingBasis',
  'RuleSettings',
  'ScanLock',
  'Flag',
  'FlagVersion',
  'Decision',
  'Report',
  'Session',
];
export const SECRET_PROPERTIES: readonly string[] = ['passwordHash', 'keyHash', 'hash', 'prevHash', 'sessionVersion'];

/** Checks that need only the text: one statement, no LOAD CSV, no USE, no system records. */
export function lexicalReasons(cypher: string): Message[] {
  const tokens = codeTokens(cypher);
  const reasons: Message[] = [];
  const word = (t: Token | undefined, w: string) => t?.kind === 'identifier' && t.text.toUpperCase() === w;
  const lastCode = [...tokens].reverse().find((t) => !(t.kind === 'symbol' && t.text === ';'));
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    const isName = prev?.kind === 'symbol' && (prev.text === '.' || prev.text === ':');
    if (t.kind === 'symbol' && t.text === ';' && lastCode && t.start < lastCode.start) {
      reasons.push({
        da: 'der kan kun gemmes én sætning: fjern ";" mellem sætningerne',
        en: 'only one statement may be saved: remove the ";" between statements',
      });
    }
    if (isName) {
      if (prev.text === ':' && (t.kind === 'identifier' || t.kind === 'quoted') && SYSTEM_LABELS.includes(nameOf(t))) {
        reasons.push({
          da: `læser systemets egne poster (:${nameOf(t)}), ikke politiets data`,
          en: `reads the system's own records (:${nameOf(t)}), not police data`,
        });
      }
      if (prev.text === '.' && SECRET_PROPERTIES.includes(nameOf(t)))
        reasons.push({ da: `læser en hemmelig egenskab (${nameOf(t)})`, en: `reads a secret property (${nameOf(t)})` });
      return;
    }
    if (i === 0 && (word(t, 'EXPLAIN') || word(t, 'PROFILE')))
      reasons.push({
        da: `begynder med ${t.text.toUpperCase()}: serveren tilføjer selv EXPLAIN`,
        en: `starts with ${t.text.toUpperCase()}: the server adds EXPLAIN itself`,
      });
    if (word(t, 'LOAD') && word(tokens[i + 1], 'CSV')) reasons.push(LOAD_CSV);
    if (FULLTEXT_CALL.every((text, k) => tokens[i + k]?.text === text)) {
      const index = tokens[i + FULLTEXT_CALL.length];
      const name = index?.kind === 'string' ? index.text.slice(1, -1) : undefined;
      if (!name || !POLICE_FULLTEXT_INDEXES.includes(name)) {
        reasons.push({
          da: `søger i et fuldtekstindeks, der ikke er ${POLICE_FULLTEXT_INDEXES.join(' eller ')} (skriv indeksets navn som en tekst i anførselstegn)`,
          en: `searches a full-text index other than ${POLICE_FULLTEXT_INDEXES.join(' or ')} (write the index name as a quoted literal)`,
        });
      }
    }
    const following = tokens[i + 1];
    if (word(t, 'USE') && (following?.kind === 'identifier' || following?.kind === 'quoted'))
      reasons.push({ da: 'USE skifter til en anden database', en: 'USE switches to another database' });
  });
  return distinctReasons(reasons);
}

const LOAD_CSV: Message = { da: 'LOAD CSV læser filer og URL’er', en: 'LOAD CSV reads files and URLs' };
const ADMINISTRATION: Message = { da: 'kører en administrationskommando', en: 'runs an administration command' };

/** Each reason once (by its English text), in the order first given. */
export function distinctReasons(reasons: readonly Message[]): Message[] {
  const seen = new Set<string>();
  return reasons.filter((r) => !seen.has(r.en) && seen.add(r.en));
}

/** The full-text indexes a query searches (their names are literals: the check above insists on it). */
export function fulltextIndexes(cypher: string): string[] {
  const tokens = codeTokens(cypher);
  const names: string[] = [];
  tokens.forEach((_t, i) => {
    if (!FULLTEXT_CALL.every((text, k) => tokens[i + k]?.text === text)) return;
    const index = tokens[i + FULLTEXT_CALL.length];
    if (index?.kind === 'string') names.push(index.text.slice(1, -1));
  });
  return names;
}

/** The parameters a query refers to (`$name`), in order of first use. */
export function usedParameters(cypher: string): string[] {
  return [
    ...new Set(
      codeTokens(cypher)
        .filter((t) => t.kind === 'parameter')
        .map(parameterName),
    ),
  ];
}

const WRITE_OPERATOR = /^(Create|Merge|LockingMerge|Set|Remove|Delete|DetachDelete|Foreach|SubqueryForeach|Drop|DoNothingIfExists|Assert)/;

/**
 * Reasons to refuse, from EXPLAIN's query type and plan. The query type alone is not enough:
 * Neo4j calls LOAD CSV, SHOW …, TERMINATE TRANSACTIONS and some db.* procedures "read", so
 * every operator and every procedure name is looked at too, and every other operator must be on
 * the allow-list and name only police labels, relationship types and properties (plan-containment.ts).
 */
export function planReasons(queryType: string, plan: PlanNode | null, database: string): Message[] {
  const reasons: Message[] = [];
  if (queryType === 'w' || queryType === 'rw') reasons.push({ da: 'skriver i databasen', en: 'writes to the database' });
  else if (queryType === 's')
    reasons.push({
      da: 'ændrer skemaet eller kører en administrationskommando',
      en: 'changes the schema or runs an administration command',
    });
  else if (queryType !== 'r')
    reasons.push({
      da: `Neo4j klassificerer den som forespørgselstypen "${queryType}", ikke som en læsning`,
      en: `Neo4j classifies it as query type "${queryType}", not as a read`,
    });
  if (!plan) reasons.push({ da: 'Neo4j returnerede ingen plan at kontrollere', en: 'Neo4j returned no plan to inspect' });
  const walk = (node: PlanNode): void => {
    const [, db] = node.operatorType.split('@');
    const operator = operatorBase(node.operatorType);
    if (db !== undefined && db !== database) reasons.push({ da: `kører mod databasen "${db}"`, en: `runs against the database "${db}"` });
    if (operator === 'LoadCSV') reasons.push(LOAD_CSV);
    else if (operator.startsWith('Show'))
      reasons.push({
        da: `SHOW-kommandoer (${operator}) beskriver serveren, ikke data`,
        en: `SHOW commands (${operator}) describe the server, not the data`,
      });
    else if (operator.startsWith('Terminate'))
      reasons.push({ da: 'TERMINATE stopper andre transaktioner', en: 'TERMINATE stops other transactions' });
    else if (operator === 'AdministrationCommand') reasons.push(ADMINISTRATION);
    else if (/DynamicLabel|DynamicType/.test(operator))
      reasons.push({ da: 'bruger etiketter eller typer, der vælges under kørslen', en: 'uses labels or types chosen at run time' });
    else if (operator === 'TransactionForeach' || operator === 'TransactionApply')
      reasons.push({ da: 'CALL { … } IN TRANSACTIONS gemmer for sig selv', en: 'CALL { … } IN TRANSACTIONS commits on its own' });
    else if (operator === 'ProcedureCall') {
      const name = procedureName(node);
      if (!name || !ALLOWED_PROCEDURES.includes(name)) {
        reasons.push({
          da: `kalder proceduren ${name ?? '(ukendt)'}, som ikke er tilladt (tilladt: ${ALLOWED_PROCEDURES.join(', ')})`,
          en: `calls the procedure ${name ?? '(unknown)'}, which is not allowed (allowed: ${ALLOWED_PROCEDURES.join(', ')})`,
        });
      }
    } else if (WRITE_OPERATOR.test(operator)) reasons.push({ da: `skriver (${operator})`, en: `writes (${operator})` });
    else {
      // Containment: only operators on the allow-list, reaching only police labels, types and properties.
      const refused = operatorReason(operator);
      if (refused) reasons.push(refused);
      const details = node.arguments.Details;
      if (typeof details === 'string') reasons.push(...detailsReasons(details));
    }
    for (const child of node.children) walk(child);
  };
  if (plan) walk(plan);
  return distinctReasons(reasons);
}

/** `db.index.fulltext.queryNodes($a, $b) :: (node :: NODE)` → `db.index.fulltext.queryNodes`. */
function procedureName(node: PlanNode): string | undefined {
  const details = node.arguments.Details ?? node.arguments.Signature;
  if (typeof details !== 'string') return undefined;
  return /^\s*([\w.]+)\s*\(/.exec(details)?.[1];
}
