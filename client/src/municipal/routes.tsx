import type { RouteDef } from '../app/routes';
import { lazyPage } from '../app/lazy-page';
import { SUBJECT_PATH, SUPPORT_PATH } from './paths';

const SubjectExportPage = lazyPage(() => import('./SubjectExportPage'), 'SubjectExportPage');
const SupportFlagPage = lazyPage(() => import('./SupportFlagPage'), 'SupportFlagPage');
const SupportInboxPage = lazyPage(() => import('./SupportInboxPage'), 'SupportInboxPage');
const OfferLetterPage = lazyPage(() => import('./OfferLetterPage'), 'OfferLetterPage');

// The municipal pages (the Gladsaxe model), for municipal users only: police roles never see them,
// and municipal roles see no police page (app/routes.tsx gives those to police roles only).
export const MUNICIPAL_ROUTES: readonly RouteDef[] = [
  {
    path: SUPPORT_PATH,
    nav: 'nav.support',
    roles: ['caseworker', 'municipal-admin'],
    render: (_, query) => <SupportInboxPage query={query} />,
  },
  {
    path: `${SUPPORT_PATH}/:id/letter`,
    roles: ['caseworker', 'municipal-admin'],
    render: (params) => <OfferLetterPage key={params.id} id={params.id ?? ''} />,
  },
  {
    path: `${SUPPORT_PATH}/:id`,
    roles: ['caseworker', 'municipal-admin'],
    render: (params) => <SupportFlagPage key={params.id} id={params.id ?? ''} />,
  },
  {
    path: SUBJECT_PATH,
    nav: 'nav.subjectAccess',
    roles: ['municipal-admin'],
    render: (_, query) => <SubjectExportPage query={query} />,
  },
];
