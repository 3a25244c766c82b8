// first: the shared contract turns zod's eval probe off in the browser (CSP) before any form parses
import '@opspor/contract';
import { QueryClientProvider } from '@tanstack/react-query';
import { Suspense, useEffect, useState } from 'react';
import { createHashRouter, Navigate, Outlet, RouterProvider, useParams } from 'react-router';
import { queryClient } from '../api/query-client';
import { useT } from '../i18n/i18n';
import { HeaderBar } from '../shell/HeaderBar';
import { PurposeProvider } from '../shell/purpose';
import { setActiveRouter, useLocation } from './router';
import { homePath, ROUTES, type RouteDef } from './routes';
import { useMe } from './session';

/** The pages as React Router routes: `/` goes to the role's first page; an unknown path says so. */
function routeTree() {
  return [
    {
      element: <Layout />,
      children: [
        { index: true, element: <Home /> },
        ...ROUTES.map((route) => ({ path: route.path, element: <Guarded route={route} /> })),
        { path: '*', element: <Message text="page.notFound" /> },
      ],
    },
  ];
}

/**
 * One router per signed-in session, on the URL's hash: a deep link opened in a fresh tab is where
 * the router starts (after signing in, if need be), and back/forward move through the hash history.
 */
export function SignedIn() {
  const [router] = useState(() => createHashRouter(routeTree()));
  useEffect(() => {
    setActiveRouter(router);
    return () => {
      setActiveRouter(null);
      router.dispose();
    };
  }, [router]);
  return (
    <QueryClientProvider client={queryClient}>
      <PurposeProvider>
        <RouterProvider router={router} />
      </PurposeProvider>
    </QueryClientProvider>
  );
}

function Layout() {
  const t = useT();
  return (
    <>
      <HeaderBar />
      <Suspense fallback={<p className="page-loading">{t('loading')}</p>}>
        <Outlet />
      </Suspense>
    </>
  );
}

function Home() {
  const me = useMe();
  return <Navigate to={homePath(me.role)} replace />;
}

function Message({ text }: { text: 'page.notFound' | 'page.forbidden' }) {
  const t = useT();
  return (
    <main className="page">
      <p>{t(text)}</p>
    </main>
  );
}

/** A page for the roles that may open it (the API checks again); others see "forbidden". */
function Guarded({ route }: { route: RouteDef }) {
  const me = useMe();
  const params = useParams();
  const { query } = useLocation();
  if (!(route.roles as readonly string[]).includes(me.role)) return <Message text="page.forbidden" />;
  return <>{route.render(params as Record<string, string>, query)}</>;
}
