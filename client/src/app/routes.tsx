import type { ReactNode } from 'react';
import type { ShellKey } from '../i18n/shell-messages';
import { lazyPage } from './lazy-page';
import { MUNICIPAL_ROUTES } from '../municipal/routes';

// Every page is its own chunk (Vite dynamic imports): signing in loads none of them.
const ClusterPage = lazyPage(() => import('../cluster/ClusterPage'), 'ClusterPage');
const ExplorerPage = lazyPage(() => import('../explorer/ExplorerPage'), 'ExplorerPage');
const InboxPage = lazyPage(() => import('../inbox/InboxPage'), 'InboxPage');
const ApprovalsPage = lazyPage(() => import('../report/ApprovalsPage'), 'ApprovalsPage');
const ReportPage = lazyPage(() => import('../report/ReportPage'), 'ReportPage');
const StatsPage = lazyPage(() => import('../stats/StatsPage'), 'StatsPage');
const QueriesPage = lazyPage(() => import('../queries/QueriesPage'), 'QueriesPage');
const AuditPage = lazyPage(() => import('../admin/AuditPage'), 'AuditPage');
const RulesPage = lazyPage(() => import('../admin/RulesPage'), 'RulesPage');
const SharingPage = lazyPage(() => import('../admin/SharingPage'), 'SharingPage');
const UsersPage = lazyPage(() => import('../admin/UsersPage'), 'UsersPage');

import type { Role } from '../api/roles';

export type { Role };

export interface RouteDef {
  /** a path pattern, `:name` for a parameter */
  path: string;
  /** shown in the navigation under this label (leave out for pages reached by links only) */
  nav?: ShellKey;
  /** who may open the page (the API checks again) */
  roles: readonly Role[];
  render(params: Record<string, string>, query: URLSearchParams): ReactNode;
}

const POLICE: readonly Role[] = ['analyst', 'admin', 'coordinator'];

/** The pages. Adding a page is one line here (plus its nav label in i18n/shell-messages.ts). */
export const ROUTES: readonly RouteDef[] = [
  // Coordinators (and admins) land on their inbox; analysts on the explorer.
  { path: '/inbox', nav: 'nav.inbox', roles: ['coordinator', 'admin'], render: (_, query) => <InboxPage query={query} /> },
  { path: '/approvals', nav: 'nav.approvals', roles: ['coordinator'], render: () => <ApprovalsPage /> },
  { path: '/explorer', nav: 'nav.explorer', roles: POLICE, render: (_, query) => <ExplorerPage query={query} /> },
  {
    path: '/flags/:id',
    roles: POLICE,
    render: (params, query) => (
      <ClusterPage key={`${params.id}|${query.get('version') ?? ''}`} id={params.id ?? ''} version={Number(query.get('version')) || null} />
    ),
  },
  { path: '/flags/:id/report', roles: POLICE, render: (params) => <ReportPage key={params.id} id={params.id ?? ''} /> },
  { path: '/statistics', nav: 'nav.statistics', roles: POLICE, render: (_, query) => <StatsPage query={query} /> },
  { path: '/queries', nav: 'nav.queries', roles: POLICE, render: (_, query) => <QueriesPage query={query} /> },
  // Rules are readable by every police role (transparency); the rest is for admins.
  { path: '/rules', nav: 'nav.rules', roles: POLICE, render: () => <RulesPage /> },
  { path: '/audit', nav: 'nav.audit', roles: ['admin'], render: (_, query) => <AuditPage query={query} /> },
  { path: '/users', nav: 'nav.users', roles: ['admin'], render: () => <UsersPage /> },
  { path: '/sharing', nav: 'nav.sharing', roles: ['admin'], render: (_, query) => <SharingPage query={query} /> },
  // Municipal caseworkers and admins (support flags, data-subject export): client/src/municipal/routes.tsx.
  ...MUNICIPAL_ROUTES,
];

/** Where a role lands after signing in: its first page. */
export function homePath(role: string): string {
  return ROUTES.find((r) => r.nav && r.roles.includes(role as Role))?.path ?? '/explorer';
}
