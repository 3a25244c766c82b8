// Reference data from the public ingest contract (shared/contract/ingest-format.md): the 12 police
// districts, the 98 municipalities with their official kommunekode, and the case categories.

export interface PoliceDistrictRef {
  code: string;
  name: string;
}

export interface MunicipalityRef {
  code: string;
  name: string;
  districtCode: string;
}

export interface CategoryRef {
  code: string;
  labelDa: string;
  labelEn: string;
  risk: boolean;
}

export const POLICE_DISTRICTS: readonly PoliceDistrictRef[] = [
  { code: 'NJY', name: 'Nordjyllands Politi' },
  { code: 'OJY', name: 'Østjyllands Politi' },
  { code: 'MVJ', name: 'Midt- og Vestjyllands Politi' },
  { code: 'SOJ', name: 'Sydøstjyllands Politi' },
  { code: 'SSJ', name: 'Syd- og Sønderjyllands Politi' },
  { code: 'FYN', name: 'Fyns Politi' },
  { code: 'SSL', name: 'Sydsjællands og Lolland-Falsters Politi' },
  { code: 'MVS', name: 'Midt- og Vestsjællands Politi' },
  { code: 'NSJ', name: 'Nordsjællands Politi' },
  { code: 'KBV', name: 'Københavns Vestegns Politi' },
  { code: 'KBH', name: 'Københavns Politi' },
  { code: 'BOR', name: 'Bornholms Politi' },
];

/**
 * Which police district covers which municipality (the 2007 police reform's 12 districts, 98
 * municipalities), checked district by district against the districts' own and public pages
 * (issue 13; sources cited in reference-data.spec.ts). Corrected from the first version, which had
 * twelve municipalities in the wrong district (migration 0002 moves existing links).
 */
const BY_DISTRICT: Record<string, [string, string][]> = {
  KBH: [
    ['101', 'København'],
    ['147', 'Frederiksberg'],
    ['155', 'Dragør'],
    ['185', 'Tårnby'],
  ],
  KBV: [
    ['151', 'Ballerup'],
    ['153', 'Brøndby'],
    ['159', 'Gladsaxe'],
    ['161', 'Glostrup'],
    ['163', 'Herlev'],
    ['165', 'Albertslund'],
    ['167', 'Hvidovre'],
    ['169', 'Høje-Taastrup'],
    ['175', 'Rødovre'],
    ['183', 'Ishøj'],
    ['187', 'Vallensbæk'],
  ],
  NSJ: [
    ['157', 'Gentofte'],
    ['173', 'Lyngby-Taarbæk'],
    ['190', 'Furesø'],
    ['201', 'Allerød'],
    ['210', 'Fredensborg'],
    ['217', 'Helsingør'],
    ['219', 'Hillerød'],
    ['223', 'Hørsholm'],
    ['230', 'Rudersdal'],
    ['240', 'Egedal'],
    ['250', 'Frederikssund'],
    ['260', 'Halsnæs'],
    ['270', 'Gribskov'],
  ],
  BOR: [['400', 'Bornholm']],
  MVS: [
    ['253', 'Greve'],
    ['259', 'Køge'],
    ['265', 'Roskilde'],
    ['269', 'Solrød'],
    ['306', 'Odsherred'],
    ['316', 'Holbæk'],
    ['326', 'Kalundborg'],
    ['329', 'Ringsted'],
    ['336', 'Stevns'],
    ['350', 'Lejre'],
  ],
  SSL: [
    ['320', 'Faxe'],
    ['330', 'Slagelse'],
    ['340', 'Sorø'],
    ['360', 'Lolland'],
    ['370', 'Næstved'],
    ['376', 'Guldborgsund'],
    ['390', 'Vordingborg'],
  ],
  FYN: [
    ['410', 'Middelfart'],
    ['420', 'Assens'],
    ['430', 'Faaborg-Midtfyn'],
    ['440', 'Kerteminde'],
    ['450', 'Nyborg'],
    ['461', 'Odense'],
    ['479', 'Svendborg'],
    ['480', 'Nordfyns'],
    ['482', 'Langeland'],
    ['492', 'Ærø'],
  ],
  SSJ: [
    ['510', 'Haderslev'],
    ['540', 'Sønderborg'],
    ['550', 'Tønder'],
    ['561', 'Esbjerg'],
    ['563', 'Fanø'],
    ['573', 'Varde'],
    ['575', 'Vejen'],
    ['580', 'Aabenraa'],
  ],
  SOJ: [
    ['530', 'Billund'],
    ['607', 'Fredericia'],
    ['615', 'Horsens'],
    ['621', 'Kolding'],
    ['630', 'Vejle'],
    ['746', 'Skanderborg'],
    ['766', 'Hedensted'],
  ],
  OJY: [
    ['706', 'Syddjurs'],
    ['707', 'Norddjurs'],
    ['710', 'Favrskov'],
    ['727', 'Odder'],
    ['730', 'Randers'],
    ['741', 'Samsø'],
    ['751', 'Aarhus'],
  ],
  MVJ: [
    ['657', 'Herning'],
    ['661', 'Holstebro'],
    ['665', 'Lemvig'],
    ['671', 'Struer'],
    ['740', 'Silkeborg'],
    ['756', 'Ikast-Brande'],
    ['760', 'Ringkøbing-Skjern'],
    ['773', 'Morsø'],
    ['779', 'Skive'],
    ['787', 'Thisted'],
    ['791', 'Viborg'],
  ],
  NJY: [
    ['810', 'Brønderslev'],
    ['813', 'Frederikshavn'],
    ['820', 'Vesthimmerlands'],
    ['825', 'Læsø'],
    ['840', 'Rebild'],
    ['846', 'Mariagerfjord'],
    ['849', 'Jammerbugt'],
    ['851', 'Aalborg'],
    ['860', 'Hjørring'],
  ],
};

export const MUNICIPALITIES: readonly MunicipalityRef[] = Object.entries(BY_DISTRICT)
  .flatMap(([districtCode, list]) => list.map(([code, name]) => ({ code, name, districtCode })))
  .sort((a, b) => a.code.localeCompare(b.code));

export const CASE_CATEGORIES: readonly CategoryRef[] = [
  { code: 'bortvisning', labelDa: 'Bortvisning', labelEn: 'Expulsion order', risk: true },
  { code: 'husspektakler', labelDa: 'Husspektakler', labelEn: 'Domestic disturbance', risk: true },
  { code: 'uro-og-uorden', labelDa: 'Uro og uorden', labelEn: 'Public disorder', risk: true },
  { code: 'vold', labelDa: 'Vold', labelEn: 'Violence', risk: true },
  { code: 'saedelighed', labelDa: 'Sædelighed', labelEn: 'Sexual offences', risk: true },
  { code: 'socialsager', labelDa: 'Socialsager', labelEn: 'Social cases', risk: true },
  { code: 'vaertshusuorden', labelDa: 'Værtshusuorden', labelEn: 'Disorder at licensed premises', risk: true },
  {
    code: 'advarsel-tilhold',
    labelDa: 'Advarsel, bortvisning og tilhold',
    labelEn: 'Warning, expulsion and restraining order',
    risk: true,
  },
  {
    code: 'trussel-paa-livet',
    labelDa: 'Trussel på livet (også selvmordstrusler)',
    labelEn: 'Threat to life (including suicide threats)',
    risk: true,
  },
  { code: 'politiloven', labelDa: 'Politiloven', labelEn: 'Police Act', risk: true },
  { code: 'nabostridigheder', labelDa: 'Nabostridigheder', labelEn: 'Neighbour disputes', risk: true },
  { code: 'dyrevaern', labelDa: 'Dyreværnssager', labelEn: 'Animal welfare', risk: true },
  { code: 'vaabenloven', labelDa: 'Våbenloven', labelEn: 'Weapons Act', risk: true },
  { code: 'spiritus-narkokoersel', labelDa: 'Færdselsloven: spiritus- og narkokørsel', labelEn: 'Drink or drug driving', risk: true },
  { code: 'vanvidskoersel', labelDa: 'Færdselsloven: vanvidskørsel', labelEn: 'Reckless driving', risk: true },
  { code: 'euforiserende-stoffer', labelDa: 'Lov om euforiserende stoffer', labelEn: 'Drugs Act', risk: true },
  { code: 'faerdsel-oevrig', labelDa: 'Færdselsloven, øvrige', labelEn: 'Other traffic offences', risk: false },
  { code: 'bedrageri', labelDa: 'Bedrageri', labelEn: 'Fraud', risk: false },
  { code: 'tyveri', labelDa: 'Tyveri', labelEn: 'Theft', risk: false },
  { code: 'haervaerk', labelDa: 'Hærværk', labelEn: 'Vandalism', risk: false },
  { code: 'brandstiftelse', labelDa: 'Brandstiftelse', labelEn: 'Arson', risk: false },
  { code: 'ransagning', labelDa: 'Ransagning', labelEn: 'Search', risk: false },
  { code: 'fogedret', labelDa: 'Fogedretssag', labelEn: 'Bailiff court case', risk: false },
  { code: 'ungdomskriminalitet', labelDa: 'Ungdomskriminalitetsnævnet', labelEn: 'Youth crime board', risk: false },
  { code: 'ulykke', labelDa: 'Ulykke', labelEn: 'Accident', risk: false },
  { code: 'oevrige', labelDa: 'Øvrige', labelEn: 'Other', risk: false },
];

/**
 * Extra categories from configuration (OPSPOR_EXTRA_CATEGORIES): `code|Danish|English|risk`
 * separated by `;`. The list is extended, never silently: a malformed entry is an error.
 */
export function parseExtraCategories(raw: string | undefined): CategoryRef[] {
  if (!raw) return [];
  return raw
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      const [code, labelDa, labelEn, risk] = entry.split('|').map((s) => s.trim());
      if (!code || !/^[a-z0-9-]{2,40}$/.test(code) || !labelDa || !labelEn || (risk !== 'yes' && risk !== 'no')) {
        throw new Error(`OPSPOR_EXTRA_CATEGORIES: "${entry}" must be code|Danish label|English label|yes or no`);
      }
      return { code, labelDa, labelEn, risk: risk === 'yes' };
    });
}

/** Municipal indicator kinds: the ingest contract's closed set. */
export { INDICATOR_KINDS } from '@opspor/contract';
