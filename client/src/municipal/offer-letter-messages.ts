import { defineMessages } from '../i18n/i18n';

// The offer letter to the family, in plain language: short sentences, "we" and "you", no law
// numbers in the running text. The Danish letter is the one sent; the English page shows the same
// letter in English for a reader of the English interface.
export const OFFER_LETTER_MESSAGES = defineMessages({
  da: {
    open: 'Brev til familien',
    back: 'Tilbage til tilbuddet',
    print: 'Udskriv brevet',
    printHint: 'Opspor sender ikke brevet. Udskriv det, læs det igennem, og send det til familien ad kommunens sædvanlige vej.',
    notOffered: 'Brevet kan først laves, når der er besluttet at tilbyde støtte.',
    sender: '{municipality}\nBørne- og familieafdelingen',
    date: 'Dato: {date}',
    to: 'Til {names}',
    toFamily: 'Til familien',
    title: 'Tilbud om støtte til jeres familie',
    intro:
      'Vi skriver til jer, fordi vi gerne vil tilbyde jeres familie støtte. Vi tænker på {children}. Vi vil gerne høre, hvordan det går, og om der er noget, vi kan hjælpe med.',
    introNoChildren:
      'Vi skriver til jer, fordi vi gerne vil tilbyde jeres familie støtte. Vi vil gerne høre, hvordan det går, og om der er noget, vi kan hjælpe med.',
    whyTitle: 'Hvorfor skriver vi til jer?',
    why: 'Vi har set på nogle af de oplysninger, kommunen selv har om jeres familie. Det er disse slags oplysninger, der fik os til at skrive:',
    whyNone: 'Vi har set på nogle af de oplysninger, kommunen selv har om jeres familie.',
    noPolice: 'Vi har ikke brugt oplysninger fra politiet.',
    notAConcern: 'Brevet er ikke en anklage, og det er ikke en underretning. Det er et tilbud.',
    voluntaryTitle: 'Det er frivilligt',
    voluntary:
      'I bestemmer selv, om I vil tage imod tilbuddet. I kan sige ja, sige nej eller lade være med at svare. I kan også sige ja nu og stoppe senere. Vi skriver jeres svar ned, så vi ikke kontakter jer om det igen, hvis I siger nej.',
    seeTitle: 'I kan se, hvad vi ved om jer',
    see: 'I har ret til at se de oplysninger, kommunen har om jer, og til at få at vide, hvem der har set dem og hvorfor. Det kaldes indsigtsret (databeskyttelsesforordningens artikel 15). Skriv eller ring til os, så sender vi jer en udskrift. Er noget forkert, kan I bede os rette det.',
    answerTitle: 'Sådan svarer I',
    answer:
      'Ring eller skriv til kommunens børne- og familieafdeling, og nævn brevets dato. I er også velkomne til at spørge, hvis noget i brevet er uklart.',
    regards: 'Med venlig hilsen',
    signature: '{municipality}',
    kindsNote: 'Slags oplysninger',
  },
  en: {
    open: 'Letter to the family',
    back: 'Back to the offer',
    print: 'Print the letter',
    printHint: "Opspor does not send the letter. Print it, read it through, and send it to the family by the municipality's usual route.",
    notOffered: 'The letter can be made once support has been offered.',
    sender: '{municipality}\nChildren and families department',
    date: 'Date: {date}',
    to: 'To {names}',
    toFamily: 'To the family',
    title: 'An offer of support to your family',
    intro:
      'We are writing to you because we would like to offer your family support. We are thinking of {children}. We would like to hear how things are going, and whether there is anything we can help with.',
    introNoChildren:
      'We are writing to you because we would like to offer your family support. We would like to hear how things are going, and whether there is anything we can help with.',
    whyTitle: 'Why are we writing to you?',
    why: 'We have looked at some of the information the municipality itself holds about your family. These are the kinds of information that made us write:',
    whyNone: 'We have looked at some of the information the municipality itself holds about your family.',
    noPolice: 'We have not used any information from the police.',
    notAConcern: 'This letter is not an accusation and it is not a notification. It is an offer.',
    voluntaryTitle: 'It is your choice',
    voluntary:
      'You decide whether to accept the offer. You can say yes, say no or not answer. You can also say yes now and stop later. We write down your answer, so that we do not contact you about it again if you say no.',
    seeTitle: 'You can see what we know about you',
    see: 'You have the right to see the information the municipality holds about you, and to be told who has looked at it and why. This is called the right of access (Article 15 of the General Data Protection Regulation). Write to us or call us, and we will send you a copy. If something is wrong, you can ask us to correct it.',
    answerTitle: 'How to answer',
    answer:
      "Call or write to the municipality's children and families department and mention the date of this letter. You are also welcome to ask if anything in the letter is unclear.",
    regards: 'Kind regards',
    signature: '{municipality}',
    kindsNote: 'Kinds of information',
  },
});

export type OfferLetterKey = keyof (typeof OFFER_LETTER_MESSAGES)['da'];
