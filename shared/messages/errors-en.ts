import type { ErrorLocale } from './error-locale.ts';
import { count, mb } from './format.ts';

const ROLES: Readonly<Record<string, string>> = { admin: 'administrators', clerk: 'clerks', supervisor: 'supervisors' };

export const enErrors: ErrorLocale = {
  beforeIssue: ': ',
  'credential-missing': () => 'Please give your access credential (Authorization: Bearer <credential>).',
  'credential-invalid': () => 'This credential is not valid or has been revoked; ask your administrator for a new one.',
  'too-many-failures': (p) =>
    `Too many failed sign-ins from this network address (${p.limit} within ${p.minutes} minutes): try again in ${p.retryAfter} seconds. Valid credentials are not affected.`,
  'role-required': (p) =>
    `Only ${String(p.roles)
      .split(',')
      .map((r) => ROLES[r] ?? r)
      .join(' or ')} may do this.`,
  'return-outside-scope': () => 'You can only return submissions of units below yours.',
  'json-malformed': () => 'The request body is not valid JSON.',
  'request-malformed': (p) => `The ${p.what === 'query' ? 'query' : 'request'} is malformed at: ${p.fields}.`,
  'idempotency-key-invalid': () => 'The Idempotency-Key must be 1 to 200 characters.',
  'year-invalid': (p) => `"${p.year}" is not a valid year: give four digits between 2000 and 2100, such as 2026.`,
  'unit-name-too-long': (p) => `A unit name may have at most ${p.max} characters.`,
  'handoff-name-invalid': (p) => `The file name must end in .xlsx and have at most ${p.max} characters.`,
  'handoff-empty': () => 'No file content was received.',
  'cursor-invalid': (p) => `The cursor "${p.cursor}" is not the "next" of a previous page.`,
  'export-sheet-unknown': (p) => `There is no sheet ${p.sheet}.`,
  'route-unknown': (p) => `There is no such endpoint: ${p.method} ${p.path}.`,
  'unit-not-in-scope': (p) => `Unit ${p.unit} was not found, or is outside your scope.`,
  'unit-unknown': (p) => `Unit ${p.unit} does not exist.`,
  'credential-not-found': () => 'The credential does not exist or has been revoked.',
  'submission-not-found': () => 'This submission was not found.',
  'submission-without-file': (p) =>
    `Version ${p.version} was sent from the Excel add-in as data: there is no uploaded file.`,
  'submission-file-missing': (p) => `The file of version ${p.version} is no longer in storage.`,
  'handoff-gone': () =>
    'This download link has expired (it works once, within 10 minutes): click "Download .xlsx file" in the add-in again.',
  'idempotency-key-reused': () =>
    'This Idempotency-Key was already used for a different submission; use a new key for a new submission.',
  'version-superseded': () => 'The unit has a newer version; only the latest version can be returned.',
  'already-returned': () => 'This submission has already been returned.',
  'body-too-large': (p) => `The request is larger than ${mb(p.limit)} MB: split or trim it and try again.`,
  'too-many-cells': (p) =>
    `The submission holds too many cells: one submission's ledgers may hold at most ${count(p.limit)}. Remove surplus rows, columns and content and try again.`,
  'submission-type': (p) => `Content type "${p.type}" is not accepted: send application/json or an .xlsx workbook.`,
  'handoff-type': () => 'Only .xlsx files can be handed over (Content-Type must be xlsx).',
  'annotate-type': () => 'The annotated copy needs the .xlsx workbook itself (an .xlsx Content-Type).',
  'file-unreadable': () => 'This file cannot be read',
  'workbook-errors': (p) =>
    `The ledgers have ${p.errors} errors and were not submitted: correct them and submit again.`,
  'unit-tree-invalid': (p) => `The unit list has ${p.problems} problem(s) and was not saved (see "problems").`,
  'annotate-damaged': (p) =>
    `Cannot make the annotated copy: ${p.part} in the file is not recognised (the file may be damaged). Open it in Excel or WPS, save it again as .xlsx and retry.`,
  'annotate-part-too-large': (p) => `Cannot make the annotated copy: "${p.part}" is larger than ${mb(p.limit)} MB.`,
  'annotate-unreadable': () => 'Cannot make the annotated copy',
  'fewer-rows-unconfirmed': (p) =>
    `This submission removes some of your unit's figures from the consolidation (compared with version ${p.version}): check, then confirm to submit.`,
  internal: () => 'Internal server error: try again later, and contact your administrator if it persists.',
  unreachable: (p) => `Cannot reach the server ${p.server}: check the network or the server address and try again.`,
  'bad-response': () =>
    'The server’s answer is not recognised: check that the server address points to Qingfeng Ledger.',
  http: (p) => `The server answered with an error (HTTP ${p.status}); try again later.`,
  'page-outdated': () => 'The server has been updated and this page is older: reload the page (or reopen the add-in).',
};
