import { describe, expect, it } from 'vitest';
import { isExcelPaneFile, officeJsSource, officeJsUrl } from './office-js.ts';

describe("the pane's Office.js", () => {
  it('comes from this origin unless the build asks for the CDN', () => {
    expect(officeJsUrl(officeJsSource(undefined))).toBe('/addin/office-js/office.js');
    expect(officeJsUrl(officeJsSource('cdn'))).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(() => officeJsSource('CDN ')).toThrow('QINGFENG_OFFICE_JS');
  });

  it('ships what an Excel pane loads and nothing of other Office apps or debug builds', () => {
    const shipped = [
      'office.js',
      'es6-promise.js',
      'excel-win32-16.01.js',
      'excel-web-16.00-core.js',
      'excel-15.js',
      'zh-cn/office_strings.js',
      'telemetry/oteljs_agave.js',
      'ariatelemetry/aria-web-telemetry.js',
    ];
    const left = [
      'office.debug.js',
      'word-win32-16.01.js',
      'outlook-15.js',
      'office.d.ts',
      'office-vsdoc.js',
      'zh-cn/outlook_strings.js',
      'agaveerrorux/index.html',
      'zh-cn/office_strings.debug.js',
    ];
    expect(shipped.filter((f) => !isExcelPaneFile(f))).toEqual([]);
    expect(left.filter(isExcelPaneFile)).toEqual([]);
  });
});
