import { useState } from 'react';
import { graphql } from '../api/graphql';
import { roleCode } from '../api/roles';
import { useLang, useMessages } from '../i18n/i18n';
import { showDateTime } from '../ui/format';
import { useLoad } from '../ui/useLoad';
import { ErrorNotice } from '../ui/ErrorNotice';
import { ACCOUNTS_MESSAGES, type AccountsKey } from './accounts-messages';
import { useMe } from '../app/session';
import { REFERENCE } from './admin-api';
import { CreateUserForm } from './CreateUserForm';
import { EditUserPanel } from './EditUserPanel';
import { USER_ACCOUNTS } from './users-admin-api';
import { USER_ROLES } from './user-form';
import { filterUsers, userStatus, type UserFilter } from './user-list';
import styles from './admin.module.css';
import tableStyles from '../ui/table.module.css';

// Enough for a district's staff at a glance; the filter narrows a national list.
const SHOWN = 100;

/**
 * The users: full name and title, role, district or municipality, last sign-in and whether they can
 * sign in now; a form to create one, and a panel to change one (name, role, scope, deactivate,
 * unlock, temporary password).
 */
export function UsersPage() {
  const t = useMessages(ACCOUNTS_MESSAGES);
  const { lang } = useLang();
  const me = useMe();
  const users = useLoad(
    (signal) => graphql(USER_ACCOUNTS, {}, { signal }).then((r) => r.users.map((u) => ({ ...u, role: roleCode(u.role) }))),
    'users',
  );
  const [selected, setSelected] = useState<string | null>(null);
  const reference = useLoad((signal) => graphql(REFERENCE, {}, { signal }), 'reference');
  const [created, setCreated] = useState<string | null>(null);
  const districtName = (code: string | null) => (code ? (reference.data?.policeDistricts.find((d) => d.code === code)?.name ?? code) : '');
  const municipalityName = (code: string | null) =>
    code ? (reference.data?.municipalities.find((m) => m.code === code)?.name ?? code) : '';
  const roleLabel = (role: string) => (`role.${role}` in ACCOUNTS_MESSAGES.da ? t(`role.${role}` as AccountsKey) : role);
  const [filter, setFilter] = useState<UserFilter>({ text: '', role: '', blockedOnly: false });
  const [showAll, setShowAll] = useState(false);
  const now = Date.now();
  const all = users.data ?? [];
  const list = filterUsers(
    all,
    filter,
    now,
    (u) => `${u.fullName ?? ''} ${u.title ?? ''} ${districtName(u.districtCode)} ${municipalityName(u.municipalityCode)}`,
  );
  const editing = selected ? all.find((u) => u.username === selected) : undefined;
  const shown = showAll ? list : list.slice(0, SHOWN);

  return (
    <main className={`page ${styles.usersPage}`}>
      <div className="page-head">
        <h1>{t('usersTitle')}</h1>
        {users.data && <span className="muted">{t('userCount', { count: all.length })}</span>}
      </div>
      <p className={styles.pageIntro}>{t('usersIntro')}</p>
      {created && (
        <p className="notice notice-ok" role="status" data-testid="user-created">
          {t('created', { username: created })}
        </p>
      )}
      <ErrorNotice error={users.error ?? reference.error} />
      <div className={styles.adminLayout}>
        <section className="card admin-main" aria-labelledby="users-h">
          <h2 id="users-h" className="visually-hidden">
            {t('usersTitle')}
          </h2>
          <form className={styles.userFilter} role="search" aria-label={t('filter')} onSubmit={(e) => e.preventDefault()}>
            <label>
              {t('filter')}
              <input
                type="search"
                name="filter"
                placeholder={t('filterHint')}
                value={filter.text}
                onChange={(e) => setFilter({ ...filter, text: e.target.value })}
              />
            </label>
            <label>
              {t('col.role')}
              <select name="roleFilter" value={filter.role} onChange={(e) => setFilter({ ...filter, role: e.target.value })}>
                <option value="">{t('allRoles')}</option>
                {USER_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {roleLabel(r)}
                  </option>
                ))}
              </select>
            </label>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={filter.blockedOnly}
                onChange={(e) => setFilter({ ...filter, blockedOnly: e.target.checked })}
              />
              {t('blockedOnly')}
            </label>
          </form>
          {users.data && list.length === 0 && <p className="muted">{t('noUsers')}</p>}
          {list.length > shown.length && (
            <p className="muted small">
              {t('showing', { shown: shown.length, count: list.length })}{' '}
              <button type="button" className="link-button" onClick={() => setShowAll(true)}>
                {t('showAll')}
              </button>
            </p>
          )}
          {list.length > 0 && (
            <div className={styles.tableWrap}>
              <table className={tableStyles.compact} data-testid="users-table">
                <thead>
                  <tr>
                    <th scope="col">{t('col.fullName')}</th>
                    <th scope="col">{t('col.username')}</th>
                    <th scope="col">{t('col.role')}</th>
                    <th scope="col">{t('col.district')}</th>
                    <th scope="col">{t('col.municipality')}</th>
                    <th scope="col">{t('col.lastSignIn')}</th>
                    <th scope="col">{t('col.status')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('col.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((u) => {
                    const status = userStatus(u, now);
                    return (
                      <tr key={u.username} data-username={u.username} className={u.username === selected ? styles.selected : undefined}>
                        <th scope="row">
                          {u.fullName ?? <span className="muted">{t('noFullName')}</span>}
                          {u.title && <div className="muted small">{u.title}</div>}
                        </th>
                        <td>{u.username}</td>
                        <td>{roleLabel(u.role)}</td>
                        <td>{districtName(u.districtCode)}</td>
                        <td>{municipalityName(u.municipalityCode)}</td>
                        <td className="nowrap">
                          {u.lastSignInAt ? showDateTime(u.lastSignInAt, lang) : <span className="muted">{t('neverSignedIn')}</span>}
                        </td>
                        <td>
                          {status === 'disabled' ? (
                            <span className={`${styles.badge} ${styles.badgeOff}`}>{t('disabledUser')}</span>
                          ) : status === 'locked' ? (
                            <span className={`${styles.badge} ${styles.badgeTrigger}`}>
                              {t('lockedUntil', { time: showDateTime(u.lockedUntil, lang) })}
                            </span>
                          ) : (
                            <span className="muted">{t('active')}</span>
                          )}
                        </td>
                        <td>
                          <button
                            type="button"
                            className="small"
                            aria-label={`${t('edit.open')} ${u.fullName ?? u.username}`}
                            onClick={() => setSelected(u.username)}
                            data-testid="edit-user-open"
                          >
                            {t('edit.open')}
                          </button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </section>
        <aside className={styles.adminSide}>
          {editing && (
            <EditUserPanel
              key={editing.username}
              user={editing}
              me={me.username}
              reference={reference.data}
              onChanged={() => users.reload()}
              onClose={() => setSelected(null)}
            />
          )}
          <section className="card" aria-labelledby="new-user-h">
            <h2 id="new-user-h">{t('newUser')}</h2>
            <CreateUserForm
              reference={reference.data}
              onCreated={(username) => {
                setCreated(username);
                users.reload();
              }}
            />
          </section>
        </aside>
      </div>
    </main>
  );
}
