// Short Danish case summaries and keywords per category, as a police log might word them.
// Generic on purpose: no names, no places, nothing that could point at a real event.

export const SUMMARIES: Record<string, readonly string[]> = {
  bortvisning: [
    'Bortvist fra fælles bopæl efter uoverensstemmelser.',
    'Bortvisning fra hjemmet i 10 dage.',
    'Anmodning om bortvisning behandlet.',
  ],
  husspektakler: [
    'Anmeldelse om råb og skrig fra lejlighed. Parterne mødt, forholdene beroliget.',
    'Husspektakler sent om aftenen, naboer anmeldte larm.',
    'Skænderi mellem samlevende, politiet tilkaldt af nabo.',
    'Gentagne henvendelser om larm og uro fra adressen.',
  ],
  'uro-og-uorden': [
    'Beruset person skabte uro i det offentlige rum.',
    'Uro og uorden ved togstation, anholdt og løsladt.',
    'Forstyrrelse af den offentlige orden.',
  ],
  vold: [
    'Anmeldelse om vold efter skænderi.',
    'Slag i ansigtet under diskussion, skadestuebesøg.',
    'Vold i nattelivet, anmelder med mindre skader.',
    'Vold mod samlever, mærker på arme og hals.',
  ],
  saedelighed: ['Blufærdighedskrænkelse anmeldt.', 'Anmeldelse om krænkende adfærd.'],
  socialsager: [
    'Henvendelse om bekymrende forhold i hjemmet.',
    'Socialsag: person i psykisk krise, kommunen orienteret.',
    'Bekymringshenvendelse fra pårørende.',
  ],
  vaertshusuorden: ['Uorden på værtshus, bortvist af personalet.', 'Beruset gæst nægtede at forlade bar.'],
  'advarsel-tilhold': [
    'Advarsel efter gentagne uønskede henvendelser.',
    'Tilhold meddelt, kontakt forbudt i 5 år.',
    'Overtrædelse af tilhold.',
  ],
  'trussel-paa-livet': [
    'Trussel på livet fremsat over telefon.',
    'Trusler mod tidligere samlever.',
    'Udtalte selvmordstanker, tilset af læge.',
  ],
  politiloven: ['Anholdt efter politiloven for at afværge fare.', 'Visiteret og bortvist efter politiloven.'],
  nabostridigheder: ['Nabostrid om støj og parkering.', 'Gentagne klager mellem naboer i opgangen.', 'Nabostrid eskalerede til trusler.'],
  dyrevaern: ['Anmeldelse om vanrøgt af hund.', 'Dyreværnssag: dyr efterladt uden foder.'],
  vaabenloven: ['Fundet i besiddelse af kniv i det offentlige rum.', 'Ulovligt våben fundet ved ransagning.'],
  'spiritus-narkokoersel': [
    'Spirituskørsel, promille over grænsen.',
    'Narkokørsel, positiv spytprøve.',
    'Kørsel i påvirket tilstand, kørekort frakendt.',
  ],
  vanvidskoersel: [
    'Vanvidskørsel: over 200 km/t på motorvej.',
    'Vanvidskørsel i byzone, bil beslaglagt.',
    'Kørsel med over dobbelt hastighed.',
  ],
  'euforiserende-stoffer': [
    'Besiddelse af hash til eget forbrug.',
    'Besiddelse af kokain, sigtet efter lov om euforiserende stoffer.',
    'Salg af euforiserende stoffer, sigtet.',
    'Fund af stoffer ved visitation.',
  ],
  'faerdsel-oevrig': ['Kørsel uden gyldigt kørekort.', 'Overtrædelse af færdselsloven, bøde.', 'Kørsel mod rødt lys.'],
  bedrageri: ['Netbedrageri ved køb og salg på nettet.', 'Bedrageri med betalingskort.', 'Forsikringsbedrageri, falsk skadesanmeldelse.'],
  tyveri: ['Butikstyveri.', 'Indbrud i bolig, tyvekoster fjernet.', 'Cykeltyveri anmeldt.', 'Tyveri fra bil.'],
  haervaerk: ['Hærværk mod busskur.', 'Graffiti på skole.', 'Ruder smadret.'],
  brandstiftelse: ['Ildspåsættelse i container.', 'Brand i kælderrum, påsat.'],
  ransagning: ['Ransagning af bopæl efter kendelse.', 'Ransagning i forbindelse med efterforskning.'],
  fogedret: ['Udsættelse af lejemål, fogedforretning.', 'Fogedforretning vedrørende gæld.', 'Tvangsauktion berammet.'],
  ungdomskriminalitet: ['Sag henvist til Ungdomskriminalitetsnævnet.', 'Forløb ved Ungdomskriminalitetsnævnet.'],
  ulykke: ['Færdselsuheld med personskade.', 'Eneulykke, bil kørt i grøften.', 'Arbejdsulykke anmeldt.'],
  oevrige: ['Hittegods afleveret.', 'Henvendelse uden videre foranstaltning.', 'Bekymringshenvendelse om barn.'],
};

export const KEYWORDS: Record<string, readonly (readonly string[])[]> = {
  vold: [['kniv'], ['alkohol'], ['børn til stede']],
  husspektakler: [['børn til stede'], ['alkohol'], ['gentagelse']],
  'trussel-paa-livet': [['selvmordstrussel'], ['kniv']],
  socialsager: [['bekymring for børn'], ['psykisk sygdom']],
  'euforiserende-stoffer': [['hash'], ['kokain'], ['amfetamin']],
  'spiritus-narkokoersel': [['alkohol'], ['kokain']],
  oevrige: [['bekymring for børn']],
};
