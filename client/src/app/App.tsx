import { QueryClientProvider } from '@tanstack/react-query';
import { Suspense, useEffect } from 'react';
import { queryClient } from '../api/query-client';
import { LanguageProvider, useT } from '../i18n/i18n';
import { HeaderBar } from '../shell/HeaderBar';
import { PurposeProvider } from '../shell/purpose';
import { SignInPage } from '../shell/SignInPage';
import { matchPath, navigate, useLocation } from './router';
import { homePath, ROUTES } from './routes';
import { SessionProvider, useMe, useSession } from './session';

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <LanguageProvider>
        <SessionProvider>
          <Gate />
        </SessionProvider>
      </LanguageProvider>
    </QueryClientProvider>
  );
}

function Gate() {
  const t = useT();
  const { state } = useSession();
  if (state.status === 'loading') return <p className="page-loading">{t('loading')}</p>;
  if (state.status === 'signed-out') return <SignInPage />;
  return (
    <PurposeProvider>
      <HeaderBar />
      <Page />
    </PurposeProvider>
  );
}

function Page() {
  const t = useT();
  const me = useMe();
  const location = useLocation();
  const found = ROUTES.map((route) => ({ route, params: matchPath(route.path, location.path) })).find((m) => m.params !== null);

  useEffect(() => {
    if (location.path === '/') navigate(homePath(me.role), {}, { replace: true });
  }, [location.path, me.role]);

  if (location.path === '/') return null;
  if (!found)
    return (
      <main className="page">
        <p>{t('page.notFound')}</p>
      </main>
    );
  if (!(found.route.roles as readonly string[]).includes(me.role))
    return (
      <main className="page">
        <p>{t('page.forbidden')}</p>
      </main>
    );
  return (
    <Suspense fallback={<p className="page-loading">{t('loading')}</p>}>{found.route.render(found.params ?? {}, location.query)}</Suspense>
  );
}
