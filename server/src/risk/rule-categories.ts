import { BadInputError } from '../common/app-error.js';
import { INVOLVEMENT_ROLES, type InvolvementRole } from '../ingest/records.js';

/**
 * Per risk category: which involvement roles count as the person's own behaviour, and how much one
 * case weighs in `repeated-risk-behaviour`'s weighted sum. Defaults carry their reason (from the
 * sources in shared/seeds/, mostly 001 and 002); an admin may override roles and weight per category.
 */
export interface CategoryRuleDefault {
  roles: InvolvementRole[];
  weight: number;
  reason: string;
}

const OWN = ['suspect', 'charged'] as const satisfies readonly InvolvementRole[];
const PARTY = ['suspect', 'charged', 'other'] as const satisfies readonly InvolvementRole[];

/** The four behaviours the police name (seed 001) weigh a full case; the petty ones a quarter. */
export const CATEGORY_RULE_DEFAULTS: Readonly<Record<string, CategoryRuleDefault>> = {
  husspektakler: {
    roles: [...PARTY],
    weight: 1,
    reason:
      'Named by the police (seed 001): domestic disturbances. The parties of a disturbance are usually registered as "other", not as suspects.',
  },
  'trussel-paa-livet': {
    roles: [...PARTY],
    weight: 1,
    reason: 'Named by the police (seed 001): threats of suicide. A person threatening suicide is registered as "other".',
  },
  vold: { roles: [...OWN], weight: 1, reason: 'Named by the police (seed 001): violence. Only the suspect or charged person acted.' },
  'spiritus-narkokoersel': {
    roles: [...OWN],
    weight: 1,
    reason: 'Named by the police (seed 001): drink and drug driving. Only the driver (suspect or charged) acted.',
  },
  bortvisning: {
    roles: [...OWN],
    weight: 0.75,
    reason: 'An expulsion from the home follows violence or threats in the home (seed 002): close to the named behaviours.',
  },
  'advarsel-tilhold': {
    roles: [...OWN],
    weight: 0.75,
    reason: 'Warnings and restraining orders follow harassment or threats of a partner (seed 002).',
  },
  'euforiserende-stoffer': {
    roles: [...OWN],
    weight: 0.75,
    reason: "Drug offences: a parent's drug use is a risk the sources name (Familien X's father), one step from drug driving.",
  },
  vaabenloven: { roles: [...OWN], weight: 0.75, reason: 'Weapons in a home with children: serious, though not named as such.' },
  saedelighed: { roles: [...OWN], weight: 0.75, reason: 'Sexual offences: serious; only the suspect or charged person acted.' },
  vanvidskoersel: { roles: [...OWN], weight: 0.75, reason: 'Reckless driving: close to drink driving in the risk it poses.' },
  'uro-og-uorden': {
    roles: [...PARTY],
    weight: 0.5,
    reason: 'Public disorder: the parties are registered as "other"; a sign of unrest, weaker than the named behaviours.',
  },
  vaertshusuorden: {
    roles: [...PARTY],
    weight: 0.5,
    reason: 'Disorder at licensed premises: often drink; the parties are registered as "other".',
  },
  socialsager: {
    roles: [...PARTY],
    weight: 0.5,
    reason: 'Social cases (e.g. a person found helpless): the person concerned is registered as "other".',
  },
  politiloven: {
    roles: [...PARTY],
    weight: 0.5,
    reason: 'Police Act interventions (e.g. detention when drunk): the person concerned is registered as "other".',
  },
  nabostridigheder: {
    roles: [...OWN],
    weight: 0.25,
    reason: 'Neighbour disputes weigh lowest: three disputes are not three drink-driving cases (issue 13).',
  },
  dyrevaern: { roles: [...OWN], weight: 0.25, reason: 'Animal welfare weighs lowest: not the parents’ behaviour towards people.' },
};

/** A non-risk case brought in by a keyword counts with these roles and this weight. */
export const KEYWORD_CASE_DEFAULT: CategoryRuleDefault = {
  roles: [...OWN],
  weight: 1,
  reason: 'A case brought in by a configured keyword counts like a named behaviour, for the suspect or charged person.',
};

export interface CategoryOverride {
  roles?: string[];
  weight?: number;
}

export interface EffectiveCategoryRule extends CategoryRuleDefault {
  code: string;
  defaultRoles: InvolvementRole[];
  defaultWeight: number;
}

/** Defaults merged with an admin's overrides, for every risk category (unknown codes get the keyword default). */
export function effectiveCategoryRules(
  riskCodes: readonly string[],
  overrides: Record<string, CategoryOverride> = {},
): EffectiveCategoryRule[] {
  return riskCodes.map((code) => {
    const d = CATEGORY_RULE_DEFAULTS[code] ?? KEYWORD_CASE_DEFAULT;
    const o = overrides[code] ?? {};
    return {
      code,
      roles: (o.roles as InvolvementRole[] | undefined) ?? d.roles,
      weight: o.weight ?? d.weight,
      reason: d.reason,
      defaultRoles: d.roles,
      defaultWeight: d.weight,
    };
  });
}

/** The maps the rule files read: `$categoryRoles[code]` and `$categoryWeights[code]`. */
export function categoryParams(rules: readonly EffectiveCategoryRule[]): {
  categoryRoles: Record<string, string[]>;
  categoryWeights: Record<string, number>;
} {
  return {
    categoryRoles: Object.fromEntries(rules.map((r) => [r.code, r.roles])),
    categoryWeights: Object.fromEntries(rules.map((r) => [r.code, r.weight])),
  };
}

/** Every override names a known category, known roles (at least one) and a weight from 0 to 5. */
export function validateCategoryOverrides(knownCodes: readonly string[], overrides: Record<string, CategoryOverride>): void {
  for (const [code, o] of Object.entries(overrides)) {
    if (!knownCodes.includes(code)) throw new BadInputError(`categories.${code}`, 'is not a risk category');
    if (o.roles !== undefined) {
      if (!Array.isArray(o.roles) || o.roles.length === 0) throw new BadInputError(`categories.${code}.roles`, 'needs at least one role');
      const unknown = o.roles.find((r) => !(INVOLVEMENT_ROLES as readonly string[]).includes(r));
      if (unknown !== undefined) throw new BadInputError(`categories.${code}.roles`, `unknown role "${String(unknown).slice(0, 40)}"`);
    }
    if (o.weight !== undefined && (typeof o.weight !== 'number' || !Number.isFinite(o.weight) || o.weight < 0 || o.weight > 5)) {
      throw new BadInputError(`categories.${code}.weight`, 'must be a number from 0 to 5');
    }
  }
}
