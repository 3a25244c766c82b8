import { useSession, useMe } from '../app/session';
import { href, useLocation } from '../app/router';
import { ROUTES } from '../app/routes';
import { ACCOUNTS_MESSAGES, type AccountsKey } from '../admin/accounts-messages';
import { useMessages, useT } from '../i18n/i18n';
import { ApprovalCount } from '../report/ApprovalCount';
import { LanguageToggle } from './LanguageToggle';
import { PurposeCancelledError, usePurpose } from './purpose';
import styles from './shell.module.css';

export function HeaderBar() {
  const t = useT();
  const ta = useMessages(ACCOUNTS_MESSAGES);
  const me = useMe();
  const { signOut } = useSession();
  const { purpose, askPurpose } = usePurpose();
  const { path } = useLocation();
  const place = headerPlace(me);
  const pages = ROUTES.filter((r) => r.nav && (r.roles as readonly string[]).includes(me.role));

  const changePurpose = () =>
    askPurpose().catch((error: unknown) => {
      if (!(error instanceof PurposeCancelledError)) throw error;
    });

  return (
    <header className={`${styles.headerBar} header-bar`}>
      <a className={styles.brand} href={href(pages[0]?.path ?? '/')}>
        {t('app.name')}
      </a>
      <nav aria-label={t('nav.label')}>
        <ul>
          {pages.map((r) => (
            <li key={r.path}>
              <a href={href(r.path)} aria-current={path === r.path || path.startsWith(`${r.path}/`) ? 'page' : undefined}>
                {t(r.nav!)}
                {r.path === '/approvals' && <ApprovalCount path={path} />}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className={styles.headerPurpose} data-testid="purpose">
        <span className="muted">{t('purpose.label')}:</span> <strong data-testid="purpose-value">{purpose ?? t('purpose.none')}</strong>{' '}
        <button type="button" className="link-button" onClick={changePurpose}>
          {t('purpose.change')}
        </button>
      </div>
      <div className={styles.headerUser}>
        <span title={t('user.label')} data-testid="header-user">
          <span title={me.fullName ? me.username : undefined} data-testid="header-user-name">
            {me.fullName || me.username}
          </span>
          {' · '}
          {`role.${me.role}` in ACCOUNTS_MESSAGES.da ? ta(`role.${me.role}` as AccountsKey) : me.role}
          {place && (
            <>
              {' · '}
              <span title={place.code} data-testid="header-place">
                {place.name}
              </span>
            </>
          )}
        </span>
        <LanguageToggle />
        <button type="button" className="secondary small" onClick={() => void signOut()}>
          {t('signOut')}
        </button>
      </div>
    </header>
  );
}

/** Where the user works, by name (the code as a tooltip; the code alone only if the reference data lacks it). */
export function headerPlace(me: {
  districtCode?: string | null;
  districtName?: string | null;
  municipalityCode?: string | null;
  municipalityName?: string | null;
}): { name: string; code: string } | null {
  if (me.districtCode) return { name: me.districtName || me.districtCode, code: me.districtCode };
  if (me.municipalityCode) return { name: me.municipalityName || me.municipalityCode, code: me.municipalityCode };
  return null;
}
