/**
 * The security headers of the one origin, in one place: the Worker sets them on its own answers
 * (middleware/security-headers.ts), and the build writes them into the static assets' `_headers`
 * file (vite.config.ts), which Workers static assets apply to the pages and files they serve.
 */

type HeaderSet = Readonly<Record<string, string>>;

/** Every answer: no MIME sniffing (a CSV or a clerk's text is never run as script), origin-only referrers. */
export const COMMON_HEADERS: HeaderSet = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/** API answers hold ledger data for one credential: no browser or proxy may keep a copy. */
export const API_HEADERS: HeaderSet = { 'Cache-Control': 'no-store' };

const policy = (directives: Readonly<Record<string, readonly string[]>>): string =>
  Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');

/** Everything a page needs comes from this origin; nothing may frame it, post it elsewhere or plug in. */
const OWN_ORIGIN_ONLY = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  // Preact sets style properties through the CSSOM, which style-src does not govern.
  'style-src': ["'self'"],
  // The dashboard's favicon is an empty data: URL.
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  // The engine checks workbooks in a Web Worker built into /static/.
  'worker-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'object-src': ["'none'"],
  'frame-ancestors': ["'none'"],
} as const;

/**
 * The pages Office on the web frames the task pane in: its apps (*.officeapps.live.com) inside the
 * pages that open a workbook (Microsoft 365, office.com, the cloud.microsoft apps, OneDrive and
 * SharePoint). Microsoft publishes no list; these are its Office-on-the-web hosts. Excel on
 * Windows and on Mac load the pane as the top document of their own web view, where
 * frame-ancestors does not apply.
 */
export const OFFICE_FRAME_ANCESTORS = [
  'https://*.officeapps.live.com',
  'https://*.office.com',
  'https://*.office365.com',
  'https://*.microsoft365.com',
  'https://*.cloud.microsoft',
  'https://*.sharepoint.com',
  'https://onedrive.live.com',
] as const;

/**
 * Microsoft's CDN, from which a pane built with QINGFENG_OFFICE_JS=cdn loads Office.js and its host
 * scripts (AppSource requires it, policy 1120.1). The default build serves Office.js itself.
 */
export const OFFICE_JS_ORIGIN = 'https://appsforoffice.microsoft.com';

export const DASHBOARD_CSP = policy(OWN_ORIGIN_ONLY);

/** The pane's policy; scripts come from this origin alone unless Office.js comes from the CDN. */
export const taskpaneCsp = (officeJs: 'self' | 'cdn'): string =>
  policy({
    ...OWN_ORIGIN_ONLY,
    'script-src': officeJs === 'cdn' ? ["'self'", OFFICE_JS_ORIGIN] : ["'self'"],
    // The pane's 服务器地址 may name another server: https anywhere, http only on this machine
    // (as settings.ts allows).
    'connect-src': ["'self'", 'https:', 'http://localhost:*', 'http://127.0.0.1:*'],
    'frame-ancestors': OFFICE_FRAME_ANCESTORS,
  });

const block = (path: string, headers: HeaderSet): string =>
  [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');

/**
 * The `_headers` file of dist/site. Headers of every matching rule are combined, so each header
 * is named by one rule only.
 */
export function assetHeadersFile(officeJs: 'self' | 'cdn'): string {
  // Paths of the built pages, as `_headers` patterns (`*` matches anything, including nothing).
  const pages = [
    ['/dashboard/*', DASHBOARD_CSP],
    ['/addin/taskpane*', taskpaneCsp(officeJs)],
  ] as const;
  return `${[block('/*', COMMON_HEADERS), ...pages.map(([path, csp]) => block(path, { 'Content-Security-Policy': csp }))].join('\n')}\n`;
}
