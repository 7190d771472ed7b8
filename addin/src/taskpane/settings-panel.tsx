import { useState } from 'preact/hooks';
import type { Whoami } from '#shared/api/schemas.ts';
import { normaliseServer, type PaneSettings } from './settings.ts';
import type { PaneText } from './text-zh.ts';

export function roleName(role: Whoami['role'], t: PaneText): string {
  return role === 'clerk' ? t.roleClerk : role === 'supervisor' ? t.roleSupervisor : t.roleAdmin;
}

export function SettingsPanel({
  settings,
  who,
  whoError,
  t,
  onSave,
}: {
  settings: PaneSettings;
  who: Whoami | null;
  whoError: string | null;
  t: PaneText;
  onSave: (settings: PaneSettings) => void;
}) {
  const [server, setServer] = useState(settings.server);
  const [token, setToken] = useState(settings.token);
  const [year, setYear] = useState(String(settings.year));
  const [problem, setProblem] = useState<string | null>(null);

  const save = (event: Event): void => {
    event.preventDefault();
    const origin = normaliseServer(server);
    const y = Number(year);
    if (origin === null) {
      setProblem(t.badServer);
      return;
    }
    if (!Number.isInteger(y) || y < 2000 || y > 2100) {
      setProblem(t.badYear);
      return;
    }
    setProblem(null);
    onSave({ server: origin, token: token.trim(), year: y });
  };

  return (
    <form class="panel settings" onSubmit={save}>
      {who && (
        <p class="notice notice-success" data-testid="signed-in">
          {t.signedInAs(who.unit?.name ?? t.roleAdmin, roleName(who.role, t))}
        </p>
      )}
      {whoError && (
        <p class="notice notice-error" role="alert">
          {whoError}
        </p>
      )}
      <label class="field">
        <span>{t.credential}</span>
        <input
          type="password"
          name="token"
          autoComplete="off"
          value={token}
          onInput={(e) => setToken(e.currentTarget.value)}
          aria-describedby="token-hint"
        />
      </label>
      <p id="token-hint" class="hint">
        {t.credentialHint}
      </p>
      <label class="field">
        <span>{t.year}</span>
        <input
          type="number"
          name="year"
          min={2000}
          max={2100}
          value={year}
          onInput={(e) => setYear(e.currentTarget.value)}
        />
      </label>
      <label class="field">
        <span>{t.server}</span>
        <input
          type="url"
          name="server"
          value={server}
          onInput={(e) => setServer(e.currentTarget.value)}
          aria-describedby="server-hint"
        />
      </label>
      <p id="server-hint" class="hint">
        {t.serverHint}
      </p>
      {problem && (
        <p class="notice notice-error" role="alert">
          {problem}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary">
          {t.save}
        </button>
        <button
          type="button"
          onClick={() => {
            setToken('');
            onSave({ ...settings, token: '' });
          }}
        >
          {t.signOut}
        </button>
      </div>
    </form>
  );
}
