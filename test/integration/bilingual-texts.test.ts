import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSavedQuery } from '../../server/src/queries/query-header.js';
import { parseRuleFile, type RuleDefinition } from '../../server/src/risk/index.js';
import { signedIn, startApp, type Client, type TestApp } from '../support/app.js';
import { readTest, removeWithPrefix } from '../support/data.js';
import { setToday } from '../support/flags.js';
import { flaggedFamily, raiseFlag } from './review.fixtures.js';

// Every text the server writes comes in the user's language: the client sends Accept-Language
// (da or en), an API client without one gets Danish. Expected texts are read from the rule and
// query files themselves, so the test checks the server against its sources, not against copies.

const ROOT = join(import.meta.dirname, '..', '..', 'cypher');
const rules = new Map<string, RuleDefinition>(
  readdirSync(join(ROOT, 'risk')).map((f) => {
    const rule = parseRuleFile(`risk/${f}`, readFileSync(join(ROOT, 'risk', f), 'utf8'));
    return [rule.id, rule];
  }),
);
const queries = new Map(
  readdirSync(join(ROOT, 'queries')).map((f) => {
    const def = parseSavedQuery(readFileSync(join(ROOT, 'queries', f), 'utf8'), f);
    return [def.name, def];
  }),
);

let t: TestApp;
let admin: Client;
let analyst: Client;
let coordinator: Client;

type Lang = 'da' | 'en';
const LANGS: Lang[] = ['da', 'en'];

async function ask<T>(client: Client, lang: Lang | null, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await client.gql<T>(query, variables, lang ? { 'accept-language': lang } : {});
  if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** A title and a description in the request's language, and both languages beside them. */
interface TextsAnswer {
  title: string;
  titleDa: string;
  titleEn: string;
  description: string;
  descriptionDa: string;
  descriptionEn: string;
}
interface RuleAnswer extends TextsAnswer {
  id: string;
  parameters: { name: string; reason: string; reasonDa: string; reasonEn: string }[];
}
const RULES = `{ riskRules { id title titleDa titleEn description descriptionDa descriptionEn parameters { name reason reasonDa reasonEn } } }`;

interface QueryAnswer extends TextsAnswer {
  name: string;
  parameters: { name: string; description: string; descriptionDa: string; descriptionEn: string }[];
}
const QUERY_FIELDS =
  'name title titleDa titleEn description descriptionDa descriptionEn parameters { name description descriptionDa descriptionEn }';

beforeAll(async () => {
  t = await startApp();
  setToday(t, '2025-03-01');
  admin = await signedIn(t, 'admin');
  analyst = await signedIn(t, 'analyst');
  coordinator = await signedIn(t, 'coordinator');
});

afterAll(async () => {
  if (!t) return;
  await readTest(t.graph, 'queries-remove', { prefix: `${t.runId}-` });
  await removeWithPrefix(t.graph, t.runId);
  await t.close();
});

describe('risk rules in the user’s language', () => {
  it.each(LANGS)('%s: title, description and every parameter reason of every rule', async (lang) => {
    const { riskRules } = await ask<{ riskRules: RuleAnswer[] }>(admin, lang, RULES);
    expect(riskRules.map((r) => r.id).sort()).toEqual([...rules.keys()].sort());
    for (const answer of riskRules) {
      const rule = rules.get(answer.id)!;
      expect(answer.title, answer.id).toBe(lang === 'da' ? rule.titleDa : rule.titleEn);
      expect(answer.description, answer.id).toBe(rule.description[lang]);
      // both languages stay available for the admin's rule editor
      expect([answer.titleDa, answer.titleEn, answer.descriptionDa, answer.descriptionEn]).toEqual([
        rule.titleDa,
        rule.titleEn,
        rule.description.da,
        rule.description.en,
      ]);
      expect(answer.parameters.map((p) => p.name)).toEqual(rule.params.map((p) => p.name));
      for (const [i, p] of answer.parameters.entries()) {
        expect(p.reason, `${answer.id}.${p.name}`).toBe(rule.params[i]!.reason[lang]);
        expect([p.reasonDa, p.reasonEn]).toEqual([rule.params[i]!.reason.da, rule.params[i]!.reason.en]);
      }
    }
    const churn = riskRules.find((r) => r.id === 'address-churn')!;
    expect(churn.title).toBe(lang === 'da' ? 'Mange adresseskift' : 'Many address changes');
    expect(churn.parameters[0]!.reason).toMatch(lang === 'da' ? /flytter en håndfuld gange/ : /move a handful of times/);
  });

  it('Danish when the request names no language (or one Opspor does not speak); English when it prefers English', async () => {
    const titles = async (lang: string | null) =>
      (await admin.gql<{ riskRules: RuleAnswer[] }>(RULES, {}, lang ? { 'accept-language': lang } : {})).data!.riskRules.map(
        (r) => r.title,
      );
    const da = [...rules.values()].map((r) => r.titleDa).sort();
    const en = [...rules.values()].map((r) => r.titleEn).sort();
    expect((await titles(null)).sort()).toEqual(da);
    expect((await titles('fr-FR')).sort()).toEqual(da);
    expect((await titles('fr, en-GB;q=0.8, da;q=0.5')).sort()).toEqual(en);
  });
});

describe('risk categories in the user’s language', () => {
  it.each(LANGS)('%s: every category’s reason', async (lang) => {
    const { riskCategories } = await ask<{
      riskCategories: { categories: { code: string; reason: string; reasonDa: string; reasonEn: string }[] };
    }>(admin, lang, '{ riskCategories { categories { code reason reasonDa reasonEn } } }');
    expect(riskCategories.categories.length).toBeGreaterThan(5);
    for (const c of riskCategories.categories) {
      expect(c.reason, c.code).toBe(lang === 'da' ? c.reasonDa : c.reasonEn);
      expect(c.reasonDa, c.code).not.toBe(c.reasonEn);
    }
    const threats = riskCategories.categories.find((c) => c.code === 'trussel-paa-livet')!;
    expect(threats.reason).toMatch(lang === 'da' ? /trusler om selvmord/ : /threats of suicide/);
  });
});

describe('saved queries in the user’s language', () => {
  it.each(LANGS)('%s: title, description and every parameter label of every shipped query', async (lang) => {
    const { savedQueries } = await ask<{ savedQueries: QueryAnswer[] }>(analyst, lang, `{ savedQueries { ${QUERY_FIELDS} } }`);
    for (const [name, def] of queries) {
      const answer = savedQueries.find((q) => q.name === name);
      expect(answer, name).toBeDefined();
      expect(answer!.title).toBe(def.title[lang]);
      expect(answer!.description).toBe(def.description[lang]);
      expect([answer!.titleDa, answer!.titleEn]).toEqual([def.title.da, def.title.en]);
      expect(answer!.parameters.map((p) => [p.name, p.description])).toEqual(def.params.map((p) => [p.name, p.label[lang]]));
    }
    const family = await ask<{ savedQuery: QueryAnswer }>(analyst, lang, `{ savedQuery(name: "family-of-person") { ${QUERY_FIELDS} } }`);
    expect(family.savedQuery.title).toBe(lang === 'da' ? 'En persons familie' : 'The family of a person');
  });

  it('a search finds a query by its Danish or its English title', async () => {
    const names = async (s: string) =>
      (
        await ask<{ savedQueries: { name: string }[] }>(analyst, 'da', 'query($s: String) { savedQueries(search: $s) { name } }', { s })
      ).savedQueries.map((q) => q.name);
    expect(await names('persons familie')).toContain('family-of-person');
    expect(await names('family of a person')).toContain('family-of-person');
  });

  it('an admin’s query: saved in both languages, shown in each; a header missing one is refused naming the field', async () => {
    const name = `${t.runId}-bilingual`;
    const source = (titleEn: string) =>
      [
        `// name: ${name}`,
        '// title.da: Personer efter id',
        `// title.en: ${titleEn}`,
        '// description.da: Én person ud fra sit id.',
        '// description.en: One person by id.',
        '// param id: personId',
        '//   label.da: personens id',
        '//   label.en: the person’s id',
        'MATCH (p:Person {id: $id}) RETURN p.id AS id',
      ].join('\n');
    const SAVE = `mutation($s: String!, $v: Int) { saveSavedQuery(source: $s, expectedVersion: $v) { version title parameters { description } } }`;
    const saved = await ask<{ saveSavedQuery: { version: number; title: string } }>(admin, 'en', SAVE, { s: source('Persons by id') });
    expect(saved.saveSavedQuery.title).toBe('Persons by id');
    await ask(admin, 'en', SAVE, { s: source('A person by id'), v: saved.saveSavedQuery.version });
    for (const lang of LANGS) {
      const { savedQuery } = await ask<{ savedQuery: QueryAnswer }>(
        analyst,
        lang,
        `query($n: String!) { savedQuery(name: $n) { ${QUERY_FIELDS} } }`,
        {
          n: name,
        },
      );
      expect([savedQuery.title, savedQuery.description, savedQuery.parameters[0]!.description]).toEqual(
        lang === 'da'
          ? ['Personer efter id', 'Én person ud fra sit id.', 'personens id']
          : ['A person by id', 'One person by id.', 'the person’s id'],
      );
      const versions = await ask<{ savedQueryVersions: { version: number; title: string }[] }>(
        analyst,
        lang,
        'query($n: String!) { savedQueryVersions(name: $n) { version title } }',
        { n: name },
      );
      expect(versions.savedQueryVersions.map((v) => v.title)).toContain(lang === 'da' ? 'Personer efter id' : 'Persons by id');
    }
    const refused = await admin.gql(SAVE, { s: source('x').replace(/\/\/ title\.en: x\n/, ''), v: 2 });
    expect(refused.errors?.[0]?.extensions?.code).toBe('QUERY_INVALID');
    expect(refused.errors?.[0]?.message).toMatch(/missing header "title\.en"/);
    const noLabel = await admin.gql(SAVE, { s: source('x').replace('//   label.da: personens id\n', ''), v: 2 });
    expect(noLabel.errors?.[0]?.message).toMatch(/param id: missing "label\.da"/);
  });
});

describe('rule explanations in the user’s language', () => {
  it('a flag’s signals explain themselves in Danish or English (the request’s language unless lang is given)', async () => {
    const b = flaggedFamily(`${t.runId}-bl-`);
    const id = await raiseFlag(t, b);
    const FLAG = 'query($id: String!, $lang: String) { flag(id: $id, lang: $lang) { signals { ruleId ruleTitle explanation } } }';
    const signals = async (lang: Lang | null, arg: Lang | null = null) =>
      (
        await ask<{ flag: { signals: { ruleId: string; ruleTitle: string; explanation: string }[] } }>(coordinator, lang, FLAG, {
          id,
          lang: arg,
        })
      ).flag.signals;
    const da = await signals('da');
    const en = await signals('en');
    expect(da.length).toBeGreaterThan(0);
    for (const [i, s] of da.entries()) {
      const rule = rules.get(s.ruleId)!;
      expect(s.ruleTitle).toBe(rule.titleDa);
      expect(en[i]!.ruleTitle).toBe(rule.titleEn);
      // the template's fixed words, not the filled-in names and numbers
      const words = (template: string) =>
        template
          .split(/\{\w+\}/)
          .map((w) => w.trim())
          .filter((w) => w.length > 3);
      for (const w of words(rule.explainDa)) expect(s.explanation).toContain(w);
      for (const w of words(rule.explainEn)) expect(en[i]!.explanation).toContain(w);
    }
    expect(await signals(null)).toEqual(da);
    expect(await signals('da', 'en')).toEqual(en); // an explicit lang still wins
  });
});
