import { Suspense } from 'react';
import { enableIcu, LanguageProvider, useT } from '../i18n/i18n';
import { SignInPage } from '../shell/SignInPage';
import { lazyPage } from './lazy-page';
import { SessionProvider, useSession } from './session';

// The signed-in app (router, data cache, header, pages) is its own chunk: the sign-in page loads none of it.
const SignedIn = lazyPage(() => Promise.all([import('./SignedIn'), enableIcu()]).then(([page]) => page), 'SignedIn');

export function App() {
  return (
    <LanguageProvider>
      <SessionProvider>
        <Gate />
      </SessionProvider>
    </LanguageProvider>
  );
}

function Gate() {
  const t = useT();
  const { state } = useSession();
  if (state.status === 'loading') return <p className="page-loading">{t('loading')}</p>;
  if (state.status === 'signed-out') return <SignInPage />;
  return (
    <Suspense fallback={<p className="page-loading">{t('loading')}</p>}>
      <SignedIn />
    </Suspense>
  );
}
