import type { PaneServices } from './services.ts';

/**
 * What this Excel or this browser cannot do, said once at the top of the pane: features of a
 * newer ExcelApi the add-in does without, and settings that will not outlive the pane.
 */
export function HostNotes({ services, remembered }: { services: PaneServices; remembered: boolean }) {
  const t = services.text;
  const { excelApi, missing } = services.workbook;
  if (missing.length === 0 && remembered) return null;
  return (
    <div class="notice notice-info" role="note">
      {missing.length > 0 && (
        <p>
          {t.olderExcel(
            excelApi,
            missing.map((m) => t.missingFeature[m]),
          )}
        </p>
      )}
      {!remembered && <p>{t.notRemembered}</p>}
    </div>
  );
}
