/**
 * Stands in for Microsoft's office.js in the browser tests: `Office` and `Excel` globals backed
 * by the in-memory Excel host, which the test reaches as `window.excelHost` to type rows and
 * look at fills, formats and validations.
 */
import { ExcelHost } from '../../fakes/excel-host.ts';

interface ShimOptions {
  readonly displayLanguage: string;
  readonly excelApiMinor: number;
  /** Office.context.platform: 'Mac' is Excel for Mac, whose webview ignores a[download]. */
  readonly platform: 'OfficeOnline' | 'PC' | 'Mac';
}

declare global {
  interface Window {
    excelHost: ExcelHost;
    officeShimOptions?: Partial<ShimOptions>;
    /** URLs the pane asked Office to open in the system browser. */
    openedInBrowser: string[];
  }
}

const options: ShimOptions = {
  displayLanguage: 'zh-CN',
  excelApiMinor: 17,
  platform: 'OfficeOnline',
  ...window.officeShimOptions,
};
window.openedInBrowser = [];
const host = new ExcelHost().addSheet('Sheet1');
host.excelApiMinor = options.excelApiMinor;
window.excelHost = host;

const minorOf = (version: string): number => Number(version.split('.')[1] ?? 0);

Object.assign(window, {
  Office: {
    HostType: { Excel: 'Excel' },
    PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS', Android: 'Android' },
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: 'Excel', platform: options.platform };
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage: options.displayLanguage,
      partitionKey: 'test-partition',
      platform: options.platform,
      requirements: {
        // OpenBrowserWindowApi 1.1: Office on Windows, Mac and iPad, not on the web.
        isSetSupported: (name: string, version: string) =>
          (name === 'ExcelApi' && minorOf(version) <= host.excelApiMinor) ||
          (name === 'OpenBrowserWindowApi' && version === '1.1' && options.platform !== 'OfficeOnline'),
      },
      ui: { openBrowserWindow: (url: string) => window.openedInBrowser.push(url) },
    },
  },
  Excel: { run: host.run },
});
