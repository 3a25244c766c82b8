import type { Messages } from './i18n';

type ShellKey =
  | 'app.name'
  | 'app.tagline'
  | 'nav.label'
  | 'nav.explorer'
  | 'nav.inbox'
  | 'nav.approvals'
  | 'nav.statistics'
  | 'nav.queries'
  | 'nav.rules'
  | 'nav.audit'
  | 'nav.users'
  | 'nav.sharing'
  | 'nav.support'
  | 'nav.subjectAccess'
  | 'lang.toggle'
  | 'signIn.title'
  | 'signIn.username'
  | 'signIn.password'
  | 'signIn.submit'
  | 'signIn.busy'
  | 'signOut'
  | 'user.label'
  | 'purpose.label'
  | 'purpose.none'
  | 'purpose.change'
  | 'purpose.title'
  | 'purpose.intro'
  | 'purpose.reason'
  | 'purpose.journal'
  | 'purpose.journalHint'
  | 'purpose.invalid'
  | 'purpose.confirm'
  | 'purpose.cancel'
  | 'purpose.again'
  | 'page.notFound'
  | 'page.forbidden'
  | 'loading'
  | 'error.title'
  | 'error.UNAUTHENTICATED'
  | 'error.FORBIDDEN'
  | 'error.NOT_FOUND'
  | 'error.PURPOSE_REQUIRED'
  | 'error.BAD_USER_INPUT'
  | 'error.LIMIT_EXCEEDED'
  | 'error.ACCOUNT_LOCKED'
  | 'error.RATE_LIMITED'
  | 'error.QUERY_NOT_READ_ONLY'
  | 'error.QUERY_TIMEOUT'
  | 'error.QUERY_INVALID'
  | 'error.QUERY_FAILED'
  | 'error.CONFLICT'
  | 'error.AUDIT_UNAVAILABLE'
  | 'error.DATABASE_UNAVAILABLE'
  | 'error.NETWORK'
  | 'error.INTERNAL';

const da: Record<ShellKey, string> = {
  'app.name': 'Opspor',
  'app.tagline': 'Tidlig opsporing af børn, der kan have brug for støtte',
  'nav.label': 'Hovedmenu',
  'nav.explorer': 'Familieopslag',
  'nav.inbox': 'Indbakke',
  'nav.approvals': 'Til godkendelse',
  'nav.statistics': 'Statistik',
  'nav.queries': 'Gemte forespørgsler',
  'nav.rules': 'Regler',
  'nav.audit': 'Revisionslog',
  'nav.users': 'Brugere',
  'nav.sharing': 'Delingsgrundlag',
  'nav.support': 'Tilbud om støtte',
  'nav.subjectAccess': 'Aktindsigt',
  'lang.toggle': 'English',
  'signIn.title': 'Log ind',
  'signIn.username': 'Brugernavn',
  'signIn.password': 'Adgangskode',
  'signIn.submit': 'Log ind',
  'signIn.busy': 'Logger ind …',
  signOut: 'Log ud',
  'user.label': 'Bruger',
  'purpose.label': 'Formål',
  'purpose.none': 'intet angivet',
  'purpose.change': 'Skift formål',
  'purpose.title': 'Angiv formål med opslaget',
  'purpose.intro': 'Opslag på personer logges med formål. Vælg en begrundelse eller skriv et journalnummer.',
  'purpose.reason': 'Begrundelse',
  'purpose.journal': 'Journalnummer',
  'purpose.journalHint': 'Format: dddd-ddddd-ddddd-dd',
  'purpose.invalid': 'Angiv et journalnummer i formatet dddd-ddddd-ddddd-dd eller vælg en begrundelse.',
  'purpose.confirm': 'Brug dette formål',
  'purpose.cancel': 'Annullér',
  'purpose.again': 'Formålet blev ikke godtaget. Angiv det igen.',
  'page.notFound': 'Siden findes ikke.',
  'page.forbidden': 'Din rolle giver ikke adgang til denne side.',
  loading: 'Henter …',
  'error.title': 'Fejl',
  'error.UNAUTHENTICATED': 'Du er ikke logget ind, eller sessionen er udløbet.',
  'error.FORBIDDEN': 'Din rolle giver ikke adgang til dette.',
  'error.NOT_FOUND': 'Personen findes ikke, eller du har ikke adgang til den.',
  'error.PURPOSE_REQUIRED': 'Angiv et formål med opslaget.',
  'error.BAD_USER_INPUT': 'Ugyldigt input.',
  'error.LIMIT_EXCEEDED': 'Forespørgslen er for stor.',
  'error.ACCOUNT_LOCKED': 'Kontoen er midlertidigt låst efter for mange forsøg.',
  'error.RATE_LIMITED': 'For mange forespørgsler. Vent lidt.',
  'error.QUERY_NOT_READ_ONLY': 'Forespørgslen er ikke en ren læsning.',
  'error.QUERY_TIMEOUT': 'Forespørgslen tog for lang tid og blev stoppet.',
  'error.QUERY_INVALID': 'Forespørgslen kan ikke gemmes.',
  'error.QUERY_FAILED': 'Forespørgslen fejlede i databasen.',
  'error.CONFLICT': 'Nogen har ændret det samme imens. Hent det igen.',
  'error.AUDIT_UNAVAILABLE': 'Opslaget kunne ikke logges, så der vises ingen data.',
  'error.DATABASE_UNAVAILABLE': 'Databasen svarer ikke lige nu.',
  'error.NETWORK': 'Serveren kan ikke nås.',
  'error.INTERNAL': 'Der skete en uventet fejl.',
};

const en: Record<ShellKey, string> = {
  'app.name': 'Opspor',
  'app.tagline': 'Early detection of children who may need support',
  'nav.label': 'Main menu',
  'nav.explorer': 'Family explorer',
  'nav.inbox': 'Inbox',
  'nav.approvals': 'Awaiting approval',
  'nav.statistics': 'Statistics',
  'nav.queries': 'Saved queries',
  'nav.rules': 'Rules',
  'nav.audit': 'Audit log',
  'nav.users': 'Users',
  'nav.sharing': 'Sharing bases',
  'nav.support': 'Offers of support',
  'nav.subjectAccess': 'Subject access',
  'lang.toggle': 'Dansk',
  'signIn.title': 'Sign in',
  'signIn.username': 'Username',
  'signIn.password': 'Password',
  'signIn.submit': 'Sign in',
  'signIn.busy': 'Signing in …',
  signOut: 'Sign out',
  'user.label': 'User',
  'purpose.label': 'Purpose',
  'purpose.none': 'none given',
  'purpose.change': 'Change purpose',
  'purpose.title': 'State the purpose of this look-up',
  'purpose.intro': 'Look-ups of persons are logged with their purpose. Choose a reason or enter a journal number.',
  'purpose.reason': 'Reason',
  'purpose.journal': 'Journal number',
  'purpose.journalHint': 'Format: dddd-ddddd-ddddd-dd',
  'purpose.invalid': 'Enter a journal number formatted dddd-ddddd-ddddd-dd or choose a reason.',
  'purpose.confirm': 'Use this purpose',
  'purpose.cancel': 'Cancel',
  'purpose.again': 'The purpose was not accepted. Please state it again.',
  'page.notFound': 'There is no such page.',
  'page.forbidden': 'Your role has no access to this page.',
  loading: 'Loading …',
  'error.title': 'Error',
  'error.UNAUTHENTICATED': 'You are not signed in, or the session has expired.',
  'error.FORBIDDEN': 'Your role may not do this.',
  'error.NOT_FOUND': 'The person does not exist, or you have no access to them.',
  'error.PURPOSE_REQUIRED': 'State the purpose of the look-up.',
  'error.BAD_USER_INPUT': 'Invalid input.',
  'error.LIMIT_EXCEEDED': 'The request is too large.',
  'error.ACCOUNT_LOCKED': 'The account is locked for a while after too many attempts.',
  'error.RATE_LIMITED': 'Too many requests. Please wait a moment.',
  'error.QUERY_NOT_READ_ONLY': 'The query is not a pure read.',
  'error.QUERY_TIMEOUT': 'The query took too long and was stopped.',
  'error.QUERY_INVALID': 'The query cannot be saved.',
  'error.QUERY_FAILED': 'The query failed in the database.',
  'error.CONFLICT': 'Someone changed the same thing meanwhile. Reload it.',
  'error.AUDIT_UNAVAILABLE': 'The look-up could not be logged, so no data is shown.',
  'error.DATABASE_UNAVAILABLE': 'The database is not answering right now.',
  'error.NETWORK': 'The server cannot be reached.',
  'error.INTERNAL': 'Something unexpected went wrong.',
};

export const SHELL_MESSAGES: Messages<ShellKey> = { da, en };
export type { ShellKey };
