/**
 * What both pages of the pane do once their host has started (excel-main.tsx, wps-main.tsx): pick the
 * language from the host's display language, and wire the UI to the host's workbook, the API,
 * localStorage and a worker. English is a script of its own (english.ts), loaded only when the pane
 * speaks it.
 */
import { render } from 'preact';
import { createApiClient } from '#shared/api/client.ts';
import { followServer, pageToday } from '#web/page-clock.ts';
import { randomKey } from '#web/random-key.ts';
import { App } from './app.tsx';
import { OutsideOffice } from './outside-office.tsx';
import type { PaneStart } from './pane-host.ts';
import { saveDownload } from './save-download.ts';
import type { PaneServices } from './services.ts';
import { settingsStore, usableStorage } from './settings.ts';
import type { EnglishTables } from './english-tables.ts';
import { loadEnglish } from './load-english.ts';
import { zhCN } from './text-zh.ts';
import { readSummaryInWorker } from './read-summary.ts';
import { validateInWorker, wordInWorker } from './validate.ts';
import './taskpane.css';

/** The pane's clock keeps to the Worker that served it; offline, the desk's own clock stands in. */
async function followServingWorker(): Promise<void> {
  const health = createApiClient({ server: location.origin, token: null }).health();
  const answered = await Promise.race([
    health,
    new Promise<null>((resolve) => setTimeout(resolve, HEALTH_WAIT_MS, null)),
  ]).catch(() => null);
  if (answered) followServer(answered.now);
}

/** English when the language named is; should its script fail to load, the pane still works, in Chinese. */
function englishFor(language: string): Promise<EnglishTables | null> {
  return language.toLowerCase().startsWith('en') ? loadEnglish().catch(() => null) : Promise.resolve(null);
}

const HEALTH_WAIT_MS = 3000;

/** Renders the pane once `host` has started; null from it: the page is on its way to the other host's page. */
export async function startPane(host: () => Promise<PaneStart | null>): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  const [start] = await Promise.all([host(), followServingWorker()]);
  if (start === null) return;
  if (start.kind !== 'ready') {
    // No Excel to ask for its language: the browser's decides.
    const english = await englishFor(navigator.language);
    render(<OutsideOffice text={english?.pane ?? zhCN} reason={start.kind} />, root);
    return;
  }
  const office = start.info;
  // zh-CN unless Excel speaks English; issue and refusal wording follow the same choice.
  const english = await englishFor(office.displayLanguage);
  document.documentElement.lang = english ? 'en' : 'zh-CN';
  const locale = english ? 'en' : 'zh-CN';
  const services: PaneServices = {
    text: english?.pane ?? zhCN,
    locale,
    settings: settingsStore(
      usableStorage(() => localStorage),
      office.partitionKey,
      {
        server: location.origin,
        token: '',
        year: Number(pageToday().slice(0, 4)),
      },
    ),
    workbook: start.workbook,
    api: (settings) =>
      createApiClient({
        server: settings.server,
        token: settings.token,
        wording: { locale: english?.errors, wordIssues: wordInWorker(locale) },
      }),
    validate: validateInWorker,
    readSummary: readSummaryInWorker,
    saveFile: saveDownload(start.openBrowserWindow),
    newKey: randomKey,
    today: pageToday,
  };
  render(<App services={services} />, root);
}
