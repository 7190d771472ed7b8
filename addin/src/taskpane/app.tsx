import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Whoami } from '#shared/api/schemas.ts';
import { followServer } from '#web/page-clock.ts';
import { LedgerPanel } from './ledger-panel.tsx';
import { describeError } from './errors.ts';
import { HostNotes } from './host-notes.tsx';
import type { PaneServices } from './services.ts';
import type { PaneSettings } from './settings.ts';
import { SettingsPanel } from './settings-panel.tsx';
import { SummaryPanel } from './summary-panel.tsx';

type Tab = 'ledger' | 'summary' | 'settings';

export function App({ services }: { services: PaneServices }) {
  const t = services.text;
  const [settings, setSettings] = useState<PaneSettings>(() => services.settings.load());
  const [tab, setTab] = useState<Tab>(settings.token ? 'ledger' : 'settings');
  const [who, setWho] = useState<Whoami | null>(null);
  const [whoError, setWhoError] = useState<string | null>(null);
  const api = useMemo(() => (settings.token ? services.api(settings) : null), [settings, services]);

  useEffect(() => {
    setWho(null);
    setWhoError(null);
    if (!api) return;
    let current = true;
    api.me().then(
      (me) => {
        followServer(me.now);
        if (current) setWho(me);
      },
      (error: unknown) => current && setWhoError(describeError(error, t)),
    );
    return () => {
      current = false;
    };
  }, [api]);

  const save = (next: PaneSettings): void => {
    services.settings.save(next);
    setSettings(next);
  };

  const tabs: { id: Tab; label: string }[] = [
    { id: 'ledger', label: t.tabLedger },
    ...(who && who.role !== 'clerk' ? [{ id: 'summary' as const, label: t.tabSummary }] : []),
    { id: 'settings', label: t.tabSettings },
  ];
  const shown = tabs.some((x) => x.id === tab) ? tab : 'ledger';

  /** The tab pattern: one tab stop for the list; arrow keys, Home and End move between tabs. */
  const moveTab = (event: KeyboardEvent, ids: readonly Tab[]): void => {
    const at = ids.indexOf(shown);
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: ids.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const id = ids[(next + ids.length) % ids.length] ?? shown;
    setTab(id);
    document.getElementById(`tab-${id}`)?.focus();
  };

  return (
    <main class="pane">
      <header>
        <h1>{t.appTitle}</h1>
        {who?.unit && <p class="unit">{who.unit.name}</p>}
      </header>
      <HostNotes services={services} remembered={services.settings.remembered} />
      <div
        class="tabs"
        role="tablist"
        aria-label={t.appTitle}
        onKeyDown={(e) =>
          moveTab(
            e,
            tabs.map((x) => x.id),
          )
        }
      >
        {tabs.map((x) => (
          <button
            key={x.id}
            type="button"
            role="tab"
            id={`tab-${x.id}`}
            aria-selected={shown === x.id}
            aria-controls={shown === x.id ? `panel-${x.id}` : undefined}
            tabIndex={shown === x.id ? 0 : -1}
            onClick={() => setTab(x.id)}
          >
            {x.label}
          </button>
        ))}
      </div>
      <section role="tabpanel" id={`panel-${shown}`} aria-labelledby={`tab-${shown}`}>
        {shown === 'ledger' && (
          <LedgerPanel
            services={services}
            settings={settings}
            api={who ? api : null}
            unitName={who?.unit?.name}
            clerkUnit={who?.role === 'clerk' ? (who.unit?.code ?? null) : null}
          />
        )}
        {shown === 'summary' && api && <SummaryPanel services={services} api={api} year={settings.year} />}
        {shown === 'settings' && (
          <SettingsPanel settings={settings} who={who} whoError={whoError} t={t} onSave={save} />
        )}
      </section>
    </main>
  );
}
