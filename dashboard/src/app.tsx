import { useEffect, useState } from 'preact/hooks';
import { SignIn } from './sign-in.tsx';
import { forgetToken, openSession, savedToken, saveToken, type Session } from './session.ts';
import { Shell } from './shell.tsx';
import { errorText } from './ui/error-text.ts';

type State =
  | { readonly kind: 'checking' }
  | { readonly kind: 'signed-out'; readonly message: string | null }
  | { readonly kind: 'signed-in'; readonly session: Session };

/** Signs in with a credential kept in session storage, then hands the session to the pages. */
export function App() {
  const [state, setState] = useState<State>(() =>
    savedToken() ? { kind: 'checking' } : { kind: 'signed-out', message: null },
  );

  async function signIn(token: string): Promise<void> {
    try {
      const session = await openSession(token);
      saveToken(token);
      setState({ kind: 'signed-in', session });
    } catch (error) {
      forgetToken();
      setState({ kind: 'signed-out', message: errorText(error) });
    }
  }

  useEffect(() => {
    const token = savedToken();
    if (token) void signIn(token);
  }, []);

  function signOut(): void {
    forgetToken();
    location.hash = '';
    setState({ kind: 'signed-out', message: null });
  }

  if (state.kind === 'checking')
    return (
      <p class="muted page-message" role="status">
        正在登录…
      </p>
    );
  if (state.kind === 'signed-out') return <SignIn message={state.message} onSignIn={signIn} />;
  return <Shell session={state.session} onSignOut={signOut} />;
}
