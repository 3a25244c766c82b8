// Roughly real population (thousands) and main postal areas per municipality (official
// kommunekode). Approximate on purpose: it only has to make the synthetic country look right.

export interface MunicipalityGeo {
  code: string;
  population: number;
  postal: readonly (readonly [string, string])[];
}

// One municipality a line: code, population in thousands, then "postal code city" pairs.
const TABLE = `
101 650 1150 København K, 1620 København V, 2100 København Ø, 2200 København N, 2300 København S, 2400 København NV, 2450 København SV, 2500 Valby, 2700 Brønshøj, 2720 Vanløse
147 104 1800 Frederiksberg C, 2000 Frederiksberg
151 49 2750 Ballerup, 2740 Skovlunde, 2760 Måløv
153 36 2605 Brøndby, 2660 Brøndby Strand
155 14 2791 Dragør
157 75 2820 Gentofte, 2900 Hellerup, 2920 Charlottenlund
159 70 2860 Søborg, 2880 Bagsværd, 2870 Dyssegård
161 23 2600 Glostrup
163 29 2730 Herlev
165 28 2620 Albertslund
167 54 2650 Hvidovre
169 52 2630 Taastrup, 2640 Hedehusene
173 57 2800 Kongens Lyngby
175 41 2610 Rødovre
183 23 2635 Ishøj
185 43 2770 Kastrup
187 17 2625 Vallensbæk, 2665 Vallensbæk Strand
190 41 3500 Værløse, 3520 Farum
201 26 3450 Allerød
210 41 3480 Fredensborg, 2990 Nivå, 3050 Humlebæk
217 63 3000 Helsingør, 3060 Espergærde, 3100 Hornbæk
219 52 3400 Hillerød
223 25 2970 Hørsholm
230 57 2840 Holte, 2850 Nærum, 2950 Vedbæk
240 44 3650 Ølstykke, 3660 Stenløse
250 46 3600 Frederikssund
253 51 2670 Greve
259 62 4600 Køge
260 31 3300 Frederiksværk, 3390 Hundested
265 90 4000 Roskilde
269 23 2680 Solrød Strand
270 41 3200 Helsinge, 3250 Gilleleje
306 33 4500 Nykøbing Sj, 4550 Asnæs
316 73 4300 Holbæk
320 37 4640 Faxe, 4690 Haslev
326 48 4400 Kalundborg
329 35 4100 Ringsted
330 80 4200 Slagelse, 4220 Korsør
336 23 4660 Store Heddinge
340 30 4180 Sorø
350 28 4320 Lejre, 4330 Hvalsø
360 40 4930 Maribo, 4900 Nakskov
370 84 4700 Næstved
376 60 4800 Nykøbing F
390 45 4760 Vordingborg
400 39 3700 Rønne, 3730 Nexø, 3770 Allinge
410 39 5500 Middelfart
420 41 5610 Assens
430 51 5600 Faaborg, 5750 Ringe
440 24 5300 Kerteminde
450 32 5800 Nyborg
461 207 5000 Odense C, 5200 Odense V, 5210 Odense NV, 5220 Odense SØ, 5230 Odense M, 5250 Odense SV
479 59 5700 Svendborg
480 30 5400 Bogense, 5450 Otterup
482 12 5900 Rudkøbing
492 6 5970 Ærøskøbing
510 56 6100 Haderslev
530 27 7190 Billund, 7200 Grindsted
540 74 6400 Sønderborg, 6430 Nordborg
550 37 6270 Tønder
561 116 6700 Esbjerg, 6705 Esbjerg Ø, 6710 Esbjerg V
563 3.5 6720 Fanø
573 50 6800 Varde
575 43 6600 Vejen
580 58 6200 Aabenraa
607 52 7000 Fredericia
615 92 8700 Horsens
621 95 6000 Kolding
630 120 7100 Vejle
657 89 7400 Herning
661 59 7500 Holstebro
665 19 7620 Lemvig
671 21 7600 Struer
706 43 8400 Ebeltoft, 8410 Rønde
707 37 8500 Grenaa
710 49 8450 Hammel, 8370 Hadsten
727 23 8300 Odder
730 99 8900 Randers C, 8920 Randers NV, 8930 Randers NØ, 8940 Randers SV
740 97 8600 Silkeborg
741 3.7 8305 Samsø
746 63 8660 Skanderborg
751 365 8000 Aarhus C, 8200 Aarhus N, 8210 Aarhus V, 8220 Brabrand, 8240 Risskov, 8260 Viby J, 8270 Højbjerg
756 41 7430 Ikast, 7330 Brande
760 56 6950 Ringkøbing, 6900 Skjern
766 47 8722 Hedensted, 7130 Juelsminde
773 20 7900 Nykøbing M
779 46 7800 Skive
787 43 7700 Thisted
791 98 8800 Viborg
810 36 9700 Brønderslev
813 59 9900 Frederikshavn, 9990 Skagen, 9300 Sæby
820 36 9600 Aars, 9640 Farsø
825 1.8 9940 Læsø
840 30 9530 Støvring, 9520 Skørping
846 42 9500 Hobro, 9550 Mariager
849 38 9440 Aabybro, 9490 Pandrup, 9690 Fjerritslev
851 222 9000 Aalborg, 9200 Aalborg SV, 9210 Aalborg SØ, 9220 Aalborg Øst, 9400 Nørresundby
860 64 9800 Hjørring, 9760 Vrå
`;

export const MUNICIPALITY_GEO: readonly MunicipalityGeo[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [, code, population, rest] = /^(\d{3}) ([\d.]+) (.+)$/.exec(line) ?? [];
    if (!code || !population || !rest) throw new Error(`geography-data: bad line "${line}"`);
    const postal = rest.split(', ').map((pair) => [pair.slice(0, 4), pair.slice(5)] as const);
    return { code, population: Number(population), postal };
  });

// Street names are built from a first part and an ending: "Birke" + "vej", "Vester" + "gade".
export const STREET_FIRST: readonly string[] = `
Birke Ege Bøge Ahorn Lind Asko Pile Elme Kastanje Hassel Rønne Gran Fyrre Lærke Rose Syrén Tulipan Nellike
Valmue Kløver Hyben Lyng Siv Enge Mølle Kirke Skole Præste Skov Strand Sø Å Hede Mark Bakke Dal Eng Bonde
Smede Fiske Havne Vester Øster Nørre Søndre Lille Store Gammel Ny Kongens Dronning Prins Slots Bispe Kloster
Torve Brønd Vinkel Spurve Svane Stære Ørne Falke Due Ravne Tranebær Hvede Rug Byg Havre Sol Måne Stjerne
Vinter Sommer Forårs Ager Toft Gåse Hjorte Ræve Grævling Bjørke Tjørne Hylde Fasan Vibe Mose Klint Fjord Bugt
`
  .split(/\s+/)
  .filter(Boolean);

// "vej" is by far the commonest ending, hence listed several times.
export const STREET_END: readonly string[] =
  'vej vej vej vej gade gade allé stræde parken toften vænget høj bakken haven engen stien lunden marken kæret gården holmen tofte sletten'.split(
    ' ',
  );
