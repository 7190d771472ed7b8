/**
 * The task pane's entry: waits for Office.js, picks the language from Excel's display
 * language, and wires the UI to the real Excel port, the API, localStorage and a worker.
 */
import { render } from 'preact';
import { createApiClient } from '../../../shared/api/client.ts';
import { todayInChina } from '../../../shared/index.ts';
import { officePort } from '../excel/port.ts';
import { App } from './app.tsx';
import type { PaneServices } from './services.ts';
import { settingsStore } from './settings.ts';
import { en } from './text-en.ts';
import { zhCN } from './text-zh.ts';
import { validateInWorker } from './validate.ts';
import { workbookActions } from './workbook.ts';
import './taskpane.css';

function saveFile(bytes: Blob, filename: string): void {
  const url = URL.createObjectURL(bytes);
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function start(): void {
  const root = document.getElementById('app');
  if (!root) return;
  if (typeof Office === 'undefined') {
    root.textContent = zhCN.noOffice;
    return;
  }
  void Office.onReady(() => {
    // zh-CN unless Excel speaks English; issue wording follows the same choice.
    const english = (Office.context.displayLanguage ?? '').toLowerCase().startsWith('en');
    document.documentElement.lang = english ? 'en' : 'zh-CN';
    const services: PaneServices = {
      text: english ? en : zhCN,
      locale: english ? 'en' : 'zh-CN',
      settings: settingsStore(localStorage, Office.context.partitionKey, { server: location.origin, token: '', year: Number(todayInChina().slice(0, 4)) }),
      workbook: workbookActions(officePort),
      api: (settings) => createApiClient({ server: settings.server, token: settings.token }),
      validate: validateInWorker,
      saveFile,
      newKey: () => crypto.randomUUID(),
      today: todayInChina,
    };
    render(<App services={services} />, root);
  });
}

start();
