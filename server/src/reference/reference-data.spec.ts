import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES, POLICE_DISTRICTS } from './reference-data.js';

/**
 * The municipalities each police district covers (2007 police reform), pinned. Checked against:
 * - NJY 9: anklagemyndigheden.dk/en/north-jutland-police ("nine local authority districts") and politi.dk/en/north-jutland-police
 * - OJY 7: trap.lex.dk/Østjyllands_Politi ("ud over Aarhus seks andre kommuner"); randers.dk, Kredsrådet
 * - MVJ 11: politiforbundet.dk, Midt- og Vestjyllands Politiforening ("de 11 midt- og vestjyske kommuner", incl. Thisted and Morsø)
 * - SOJ 7: politi.dk/en/south-east-jutland-police (Skanderborg, Horsens, Hedensted, Vejle, Fredericia, Kolding, Billund)
 * - SSJ 8: jv.dk (2018: "områdecenter i Haderslev dækker nu Haderslev og Vejen Kommuner"), tvsyd.dk, lokalavisen.dk (Varde, Fanø, Esbjerg; Sønderborg, Aabenraa, Tønder)
 * - FYN 10: the ten municipalities on Funen and its islands
 * - SSL 7: sn.dk (2018: "lokalstationer i Slagelse, Vordingborg, Nykøbing F. og Nakskov"); seed 001
 * - MVS 10: sn.dk (2020: "Greve, Holbæk, Kalundborg, Køge, Lejre, Odsherred, Ringsted, Roskilde, Solrød og Stevns"); seed 001 ("10 kommuner")
 * - NSJ 13: nyheder.dk, fact box "Kilde: Nordsjællands Politi" ("de 13 nordsjællandske kommuner", incl. Egedal, not Gladsaxe)
 * - KBV 11: gladsaxebladet.dk (2018: "de 11 kommuner under Københavns Vestegns Politi"); politi.dk (visitation zone in Gladsaxe)
 * - KBH 4: Københavns, Frederiksberg, Tårnby og Dragør kommuner (jobindex.dk, after Wikipedia)
 * - BOR 1
 */
const EXPECTED: Record<string, number> = {
  NJY: 9,
  OJY: 7,
  MVJ: 11,
  SOJ: 7,
  SSJ: 8,
  FYN: 10,
  SSL: 7,
  MVS: 10,
  NSJ: 13,
  KBV: 11,
  KBH: 4,
  BOR: 1,
};

const namesIn = (district: string) => MUNICIPALITIES.filter((m) => m.districtCode === district).map((m) => m.name);

describe('police district reference data', () => {
  it('has 12 districts and 98 municipalities, each in one district, with the count per district the sources give', () => {
    expect(POLICE_DISTRICTS.map((d) => d.code).sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(MUNICIPALITIES).toHaveLength(98);
    expect(new Set(MUNICIPALITIES.map((m) => m.code)).size).toBe(98);
    for (const [district, count] of Object.entries(EXPECTED))
      expect({ district, count: namesIn(district).length }).toEqual({ district, count });
  });

  it('puts the municipalities issue 13 names in the right district', () => {
    expect(namesIn('MVS')).toEqual(expect.arrayContaining(['Køge', 'Greve', 'Solrød', 'Stevns', 'Roskilde', 'Holbæk']));
    expect(namesIn('SSL')).toEqual(expect.arrayContaining(['Slagelse', 'Sorø', 'Næstved', 'Lolland']));
    expect(namesIn('NSJ')).toContain('Egedal');
    expect(namesIn('KBV')).toContain('Gladsaxe');
    expect(namesIn('SOJ')).toContain('Skanderborg');
    expect(namesIn('SSJ')).toContain('Vejen');
    expect(namesIn('MVJ')).toEqual(expect.arrayContaining(['Thisted', 'Morsø']));
  });
});
