import { useState, type FormEvent } from 'react';
import { useSession } from '../app/session';
import { useT } from '../i18n/i18n';
import { ErrorNotice } from '../ui/ErrorNotice';
import { LanguageToggle } from './LanguageToggle';
import styles from './shell.module.css';

export function SignInPage() {
  const t = useT();
  const { signIn } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(username, password);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  return (
    <main className={styles.signIn}>
      <div className={styles.signInCard}>
        <div className={styles.signInHead}>
          <h1>{t('app.name')}</h1>
          <LanguageToggle />
        </div>
        <p className="muted">{t('app.tagline')}</p>
        <form onSubmit={submit} aria-label={t('signIn.title')}>
          <h2>{t('signIn.title')}</h2>
          <label>
            {t('signIn.username')}
            <input
              name="username"
              autoComplete="username"
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              required
              autoFocus
            />
          </label>
          <label>
            {t('signIn.password')}
            <input
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              required
            />
          </label>
          <ErrorNotice error={error} />
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('signIn.busy') : t('signIn.submit')}
          </button>
        </form>
      </div>
    </main>
  );
}
