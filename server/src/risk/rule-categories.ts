import { BadInputError } from '../common/app-error.js';
import { INVOLVEMENT_ROLES, type InvolvementRole } from '../ingest/records.js';
import type { Texts } from './rule-header.js';

/**
 * Per risk category: which involvement roles count as the person's own behaviour, and how much one
 * case weighs in `repeated-risk-behaviour`'s weighted sum. Defaults carry their reason (from the
 * sources in shared/seeds/, mostly 001 and 002); an admin may override roles and weight per category.
 */
export interface CategoryRuleDefault {
  roles: InvolvementRole[];
  weight: number;
  /** why the default is what it is, in Danish and English */
  reason: Texts;
}

const OWN = ['suspect', 'charged'] as const satisfies readonly InvolvementRole[];
const PARTY = ['suspect', 'charged', 'other'] as const satisfies readonly InvolvementRole[];

/** The four behaviours the police name (seed 001) weigh a full case; the petty ones a quarter. */
export const CATEGORY_RULE_DEFAULTS: Readonly<Record<string, CategoryRuleDefault>> = {
  husspektakler: {
    roles: [...PARTY],
    weight: 1,
    reason: {
      da: 'Nævnt af politiet (kilde 001): husspektakler. Parterne i et husspektakel registreres som regel som "anden part", ikke som mistænkte.',
      en: 'Named by the police (seed 001): domestic disturbances. The parties of a disturbance are usually registered as "other", not as suspects.',
    },
  },
  'trussel-paa-livet': {
    roles: [...PARTY],
    weight: 1,
    reason: {
      da: 'Nævnt af politiet (kilde 001): trusler om selvmord. En person, der truer med selvmord, registreres som "anden part".',
      en: 'Named by the police (seed 001): threats of suicide. A person threatening suicide is registered as "other".',
    },
  },
  vold: {
    roles: [...OWN],
    weight: 1,
    reason: {
      da: 'Nævnt af politiet (kilde 001): vold. Kun den mistænkte eller sigtede har handlet.',
      en: 'Named by the police (seed 001): violence. Only the suspect or charged person acted.',
    },
  },
  'spiritus-narkokoersel': {
    roles: [...OWN],
    weight: 1,
    reason: {
      da: 'Nævnt af politiet (kilde 001): spiritus- og narkokørsel. Kun føreren (mistænkt eller sigtet) har handlet.',
      en: 'Named by the police (seed 001): drink and drug driving. Only the driver (suspect or charged) acted.',
    },
  },
  bortvisning: {
    roles: [...OWN],
    weight: 0.75,
    reason: {
      da: 'En bortvisning fra hjemmet følger efter vold eller trusler i hjemmet (kilde 002): tæt på den nævnte adfærd.',
      en: 'An expulsion from the home follows violence or threats in the home (seed 002): close to the named behaviours.',
    },
  },
  'advarsel-tilhold': {
    roles: [...OWN],
    weight: 0.75,
    reason: {
      da: 'Advarsler og tilhold følger efter chikane eller trusler mod en partner (kilde 002).',
      en: 'Warnings and restraining orders follow harassment or threats of a partner (seed 002).',
    },
  },
  'euforiserende-stoffer': {
    roles: [...OWN],
    weight: 0.75,
    reason: {
      da: 'Narkotikalovovertrædelser: en forælders stofbrug er en risiko, kilderne nævner (faren i Familien X), ét skridt fra narkokørsel.',
      en: "Drug offences: a parent's drug use is a risk the sources name (Familien X's father), one step from drug driving.",
    },
  },
  vaabenloven: {
    roles: [...OWN],
    weight: 0.75,
    reason: {
      da: 'Våben i et hjem med børn: alvorligt, selv om det ikke er nævnt som sådan.',
      en: 'Weapons in a home with children: serious, though not named as such.',
    },
  },
  saedelighed: {
    roles: [...OWN],
    weight: 0.75,
    reason: {
      da: 'Sædelighedsforbrydelser: alvorlige; kun den mistænkte eller sigtede har handlet.',
      en: 'Sexual offences: serious; only the suspect or charged person acted.',
    },
  },
  vanvidskoersel: {
    roles: [...OWN],
    weight: 0.75,
    reason: {
      da: 'Vanvidskørsel: tæt på spirituskørsel i den risiko, den udgør.',
      en: 'Reckless driving: close to drink driving in the risk it poses.',
    },
  },
  'uro-og-uorden': {
    roles: [...PARTY],
    weight: 0.5,
    reason: {
      da: 'Uro og uorden: parterne registreres som "anden part"; et tegn på uro, svagere end den nævnte adfærd.',
      en: 'Public disorder: the parties are registered as "other"; a sign of unrest, weaker than the named behaviours.',
    },
  },
  vaertshusuorden: {
    roles: [...PARTY],
    weight: 0.5,
    reason: {
      da: 'Værtshusuorden: ofte spiritus; parterne registreres som "anden part".',
      en: 'Disorder at licensed premises: often drink; the parties are registered as "other".',
    },
  },
  socialsager: {
    roles: [...PARTY],
    weight: 0.5,
    reason: {
      da: 'Socialsager (fx en person fundet hjælpeløs): den berørte registreres som "anden part".',
      en: 'Social cases (e.g. a person found helpless): the person concerned is registered as "other".',
    },
  },
  politiloven: {
    roles: [...PARTY],
    weight: 0.5,
    reason: {
      da: 'Indgreb efter politiloven (fx anholdelse i beruset tilstand): den berørte registreres som "anden part".',
      en: 'Police Act interventions (e.g. detention when drunk): the person concerned is registered as "other".',
    },
  },
  nabostridigheder: {
    roles: [...OWN],
    weight: 0.25,
    reason: {
      da: 'Nabostridigheder vejer mindst: tre stridigheder er ikke tre spirituskørsler (opgave 13).',
      en: 'Neighbour disputes weigh lowest: three disputes are not three drink-driving cases (issue 13).',
    },
  },
  dyrevaern: {
    roles: [...OWN],
    weight: 0.25,
    reason: {
      da: 'Dyreværn vejer mindst: ikke forældrenes adfærd over for mennesker.',
      en: 'Animal welfare weighs lowest: not the parents’ behaviour towards people.',
    },
  },
};

/** A non-risk case brought in by a keyword counts with these roles and this weight. */
export const KEYWORD_CASE_DEFAULT: CategoryRuleDefault = {
  roles: [...OWN],
  weight: 1,
  reason: {
    da: 'En sag, som et konfigureret nøgleord har bragt med, tæller som en nævnt adfærd for den mistænkte eller sigtede.',
    en: 'A case brought in by a configured keyword counts like a named behaviour, for the suspect or charged person.',
  },
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
    if (!knownCodes.includes(code))
      throw new BadInputError(`categories.${code}`, { da: 'er ikke en risikokategori', en: 'is not a risk category' });
    if (o.roles !== undefined) {
      if (!Array.isArray(o.roles) || o.roles.length === 0)
        throw new BadInputError(`categories.${code}.roles`, { da: 'skal have mindst én rolle', en: 'needs at least one role' });
      const unknown = o.roles.find((r) => !(INVOLVEMENT_ROLES as readonly string[]).includes(r));
      if (unknown !== undefined)
        throw new BadInputError(`categories.${code}.roles`, {
          da: `ukendt rolle "${String(unknown).slice(0, 40)}"`,
          en: `unknown role "${String(unknown).slice(0, 40)}"`,
        });
    }
    if (o.weight !== undefined && (typeof o.weight !== 'number' || !Number.isFinite(o.weight) || o.weight < 0 || o.weight > 5)) {
      throw new BadInputError(`categories.${code}.weight`, { da: 'skal være et tal fra 0 til 5', en: 'must be a number from 0 to 5' });
    }
  }
}
