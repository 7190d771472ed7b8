/**
 * Stands in for Microsoft's office.js in the browser tests: `Office` and `Excel` globals backed
 * by the in-memory Excel host, which the test reaches as `window.excelHost` to type rows and
 * look at fills, formats and validations.
 */
import { ExcelHost } from '../../fakes/excel-host.ts';

interface ShimOptions {
  readonly displayLanguage: string;
  readonly excelApiMinor: number;
}

declare global {
  interface Window {
    excelHost: ExcelHost;
    officeShimOptions?: Partial<ShimOptions>;
  }
}

const options: ShimOptions = { displayLanguage: 'zh-CN', excelApiMinor: 17, ...window.officeShimOptions };
const host = new ExcelHost().addSheet('Sheet1');
host.excelApiMinor = options.excelApiMinor;
window.excelHost = host;

const minorOf = (version: string): number => Number(version.split('.')[1] ?? 0);

Object.assign(window, {
  Office: {
    HostType: { Excel: 'Excel' },
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: 'Excel', platform: 'OfficeOnline' };
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage: options.displayLanguage,
      partitionKey: 'test-partition',
      requirements: {
        isSetSupported: (name: string, version: string) =>
          name === 'ExcelApi' && minorOf(version) <= host.excelApiMinor,
      },
    },
  },
  Excel: { run: host.run },
});
