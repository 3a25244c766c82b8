// How case categories look on the genogram: a colour per kind of behaviour (so a glance shows
// "violence" or "drugs" without reading), and short labels that fit a badge.
export type Lang = 'da' | 'en';

interface CategoryLook {
  group: CategoryGroup;
  da: string;
  en: string;
}

export type CategoryGroup = 'violence' | 'drugs' | 'traffic' | 'property' | 'economy' | 'youth' | 'disorder' | 'other';

export const GROUP_COLOURS: Record<CategoryGroup, string> = {
  violence: '#b03a2e',
  drugs: '#76448a',
  traffic: '#ba4a00',
  property: '#1f618d',
  economy: '#7e5109',
  youth: '#117864',
  disorder: '#7d6608',
  other: '#566573',
};

const LOOKS: Record<string, CategoryLook> = {
  vold: { group: 'violence', da: 'vold', en: 'violence' },
  'trussel-paa-livet': { group: 'violence', da: 'trusler på livet', en: 'threats to life' },
  husspektakler: { group: 'violence', da: 'husspektakler', en: 'domestic disturbance' },
  bortvisning: { group: 'violence', da: 'bortvisning', en: 'expulsion orders' },
  'advarsel-tilhold': { group: 'violence', da: 'tilhold', en: 'restraining orders' },
  saedelighed: { group: 'violence', da: 'sædelighed', en: 'sexual offences' },
  vaabenloven: { group: 'violence', da: 'våbenloven', en: 'weapons act' },
  'euforiserende-stoffer': { group: 'drugs', da: 'euforiserende stoffer', en: 'drugs act' },
  'spiritus-narkokoersel': { group: 'traffic', da: 'spiritus-/narkokørsel', en: 'drink/drug driving' },
  vanvidskoersel: { group: 'traffic', da: 'vanvidskørsel', en: 'reckless driving' },
  'faerdsel-oevrig': { group: 'traffic', da: 'færdsel, øvrige', en: 'traffic, other' },
  bedrageri: { group: 'property', da: 'bedrageri', en: 'fraud' },
  tyveri: { group: 'property', da: 'tyveri', en: 'theft' },
  haervaerk: { group: 'property', da: 'hærværk', en: 'vandalism' },
  brandstiftelse: { group: 'property', da: 'brandstiftelse', en: 'arson' },
  fogedret: { group: 'economy', da: 'fogedretssager', en: 'bailiff court' },
  socialsager: { group: 'economy', da: 'socialsager', en: 'social cases' },
  ungdomskriminalitet: { group: 'youth', da: 'ungdomskrim.-nævn', en: 'youth crime board' },
  'uro-og-uorden': { group: 'disorder', da: 'uro og uorden', en: 'public disorder' },
  vaertshusuorden: { group: 'disorder', da: 'værtshusuorden', en: 'bar disorder' },
  nabostridigheder: { group: 'disorder', da: 'nabostridigheder', en: 'neighbour disputes' },
  politiloven: { group: 'disorder', da: 'politiloven', en: 'police act' },
  dyrevaern: { group: 'disorder', da: 'dyreværn', en: 'animal welfare' },
  ransagning: { group: 'other', da: 'ransagninger', en: 'searches' },
  ulykke: { group: 'other', da: 'ulykker', en: 'accidents' },
  oevrige: { group: 'other', da: 'øvrige', en: 'other' },
};

export function categoryColour(code: string): string {
  return GROUP_COLOURS[LOOKS[code]?.group ?? 'other'];
}

export function categoryGroup(code: string): CategoryGroup {
  return LOOKS[code]?.group ?? 'other';
}

/** A short label for a badge; configured extra categories fall back to the server's label. */
export function shortCategoryLabel(code: string, lang: Lang, fallback: string): string {
  const look = LOOKS[code];
  return look ? look[lang] : fallback.toLowerCase();
}

/** A pale fill for a badge of this colour: the colour mixed with white. */
export function tint(hex: string, amount = 0.86): string {
  const n = parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(c + (255 - c) * amount);
  const [r, g, b] = [mix((n >> 16) & 255), mix((n >> 8) & 255), mix(n & 255)];
  return `#${((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1)}`;
}

/** Sub-categories with a name of their own ("online" under bedrageri is net fraud). */
const SUBCATEGORY_LOOKS: Record<string, Record<Lang, string>> = {
  'bedrageri:online': { da: 'netbedrageri', en: 'online fraud' },
  'bedrageri:forsikring': { da: 'forsikringssvindel', en: 'insurance fraud' },
};

/** Sub-category codes in words, when the pair has no name of its own. */
const SUBCATEGORY_WORDS: Record<string, Record<Lang, string>> = {
  online: { da: 'online', en: 'online' },
  forsikring: { da: 'forsikring', en: 'insurance' },
};

/**
 * A case's kind in words: the category label, or the sub-category's own name when the record has
 * one ("netbedrageri", "forsikringssvindel"), else "category (sub-category)".
 */
export function caseKindLabel(category: string, subcategory: string | null | undefined, lang: Lang, categoryLabel: string): string {
  if (!subcategory) return categoryLabel;
  const own = SUBCATEGORY_LOOKS[`${category}:${subcategory}`];
  if (own) return own[lang];
  return `${categoryLabel} (${SUBCATEGORY_WORDS[subcategory]?.[lang] ?? subcategory})`;
}
