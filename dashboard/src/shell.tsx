import { useEffect, useState } from 'preact/hooks';
import { UploadPage } from './clerk/upload-page.tsx';
import { HistoryPage } from './history/history-page.tsx';
import { hashParam, routeOf, routesOf } from './routes.ts';
import type { Session } from './session.ts';
import { AlertsPage } from './supervisor/alerts-page.tsx';
import { StatusPage } from './supervisor/status-page.tsx';

const ROLE_NAMES = { admin: '管理员', supervisor: '监督员', clerk: '填报员' } as const;

function useHash(): string {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const update = () => setHash(location.hash);
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return hash;
}

/** Header, the role's menu and the current page; pages get the signed-in session. */
export function Shell({ session, onSignOut }: { session: Session; onSignOut: () => void }) {
  const hash = useHash();
  const { role, unit } = session.who;
  const route = routeOf(hash, role);
  const label = routesOf(role).find((r) => r.route === route)?.label ?? '';

  // A new page moves focus to its heading, so keyboard and screen-reader users land on it.
  useEffect(() => {
    document.title = `${label} · 清风台账`;
    document.getElementById('page-title')?.focus();
  }, [route]);

  return (
    <>
      {/* biome-ignore lint/a11y/useValidAnchor: a skip link; its hash would change the hash route, so it moves focus itself. */}
      <a
        class="skip"
        href="#page-title"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('page-title')?.focus();
        }}
      >
        跳到正文
      </a>
      <header class="top">
        <div class="brand">清风台账</div>
        <nav aria-label="主菜单">
          <ul>
            {routesOf(role).map((r) => (
              <li key={r.route}>
                <a href={`#/${r.route}`} aria-current={r.route === route ? 'page' : undefined}>
                  {r.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div class="who">
          <span>
            {unit?.name ?? '全区'} · {ROLE_NAMES[role]}
          </span>
          <button type="button" class="subtle" onClick={onSignOut}>
            退出
          </button>
        </div>
      </header>
      <main class="page">
        <h1 id="page-title" tabIndex={-1}>
          {label}
        </h1>
        {route === 'status' && <StatusPage session={session} />}
        {route === 'alerts' && <AlertsPage session={session} />}
        {route === 'history' && <HistoryPage session={session} unit={hashParam(hash, 'unit')} />}
        {route === 'upload' && <UploadPage session={session} />}
      </main>
    </>
  );
}
