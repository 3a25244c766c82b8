import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { graphql, onAuthLost } from '../api/graphql';
import { clearPurpose } from '../api/purpose';
import { roleCode, type Role } from '../api/roles';
import { MeDocument as ME, SignInDocument as SIGN_IN, SignOutDocument as SIGN_OUT, type MeQuery } from '../gql-shell/graphql';

/** Who is signed in, with the role as stored (`municipal-admin`, not the wire's MUNICIPAL_ADMIN). */
export type Me = Omit<MeQuery['me'], 'role'> & { role: Role };
const asMe = (me: MeQuery['me']): Me => ({ ...me, role: roleCode(me.role) });

type SessionState = { status: 'loading' } | { status: 'signed-out' } | { status: 'signed-in'; me: Me };

interface SessionValue {
  state: SessionState;
  signIn(username: string, password: string): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

// The operations are in session.graphql.

/** Signed out: nothing read for this user stays in the cache for the next one. */
function forget(): SessionState {
  // the cache lives in the signed-in chunk (the sign-in page does not load TanStack Query)
  void import('../api/query-client').then(({ queryClient }) => queryClient.clear());
  return { status: 'signed-out' };
}

/** Who is signed in. The session itself is the HttpOnly cookie; this only mirrors `me`. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    graphql(ME)
      .then(({ me }) => live && setState({ status: 'signed-in', me: asMe(me) }))
      .catch(() => live && setState(forget()));
    const off = onAuthLost(() => setState(forget()));
    return () => {
      live = false;
      off();
    };
  }, []);

  const signIn = useCallback(async (username: string, password: string) => {
    const { signIn: result } = await graphql(SIGN_IN, { username, password });
    setState({ status: 'signed-in', me: asMe(result.user) });
  }, []);

  const signOut = useCallback(async () => {
    try {
      await graphql(SIGN_OUT);
    } finally {
      clearPurpose();
      setState(forget());
    }
  }, []);

  const value = useMemo(() => ({ state, signIn, signOut }), [state, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in user (only inside the signed-in part of the app). */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useMe while not signed in');
  return state.me;
}
