/**
 * What the pane shows when it cannot work: opened outside Excel, or Office.js not reaching it.
 * It says why and what to do, and points to the way that needs no add-in: the web upload page.
 */
import type { OfficeStart } from '../excel/office-host.ts';
import type { PaneText } from './text-zh.ts';

export interface OutsideOfficeProps {
  readonly text: PaneText;
  readonly reason: Exclude<OfficeStart['kind'], 'excel'>;
}

export function OutsideOffice({ text, reason }: OutsideOfficeProps) {
  const why = { 'not-excel': text.notExcel, 'no-office-js': text.noOfficeJs, timeout: text.officeTimeout }[reason];
  return (
    <main class="pane outside" data-reason={reason}>
      <h1>{text.outsideTitle}</h1>
      <p>{text.outsideWhat}</p>
      <p class="notice notice-error" role="alert">
        {why}
      </p>
      <p>
        {text.uploadInstead}
        <a href="/dashboard/#/upload">{text.uploadLink}</a>
      </p>
      <h3>{text.sideloadTitle}</h3>
      <ol>
        {text.sideloadSteps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </main>
  );
}
