import { count, mb } from './format.ts';
import { dateParts } from './reporting-runs.ts';
import type { Locale, ReportedMonth, ReportingWords } from './types.ts';

/** Its own export, so the pages take this one sentence without the issue wordings. */
export const moreOfKind: Locale['moreOfKind'] = (count) => `${count} more of the same kind`;

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
const monthName = (month: number): string => MONTH_NAMES[month - 1] ?? String(month);
const enDay = (iso: string, sinceYear?: number): string => {
  const { year, month, day } = dateParts(iso);
  return `${day} ${monthName(month)}${year === sinceYear ? '' : ` ${year}`}`;
};
const enMonth = (m: { year: number; month: number }): string => `${monthName(m.month)} ${m.year}`;
const enTimeliness = (m: ReportedMonth): string =>
  m.daysLate > 0 ? `${m.daysLate} day${m.daysLate === 1 ? '' : 's'} late` : 'on time';
const enDays = (n: number): string => `${n} day${n === 1 ? '' : 's'}`;

/** Its own export, as moreOfKind: the receipt and the landing line without the issue wordings. */
export const reportingWords: ReportingWords = {
  counted: (m) => `Counts for ${enMonth(m)} (due ${enDay(m.deadline, m.year)}, ${enTimeliness(m)})`,
  updated: (m) =>
    `Counts for ${enMonth(m)} (due ${enDay(m.deadline, m.year)}), which version ${m.version} already reported ${enTimeliness(m)}; this one updates it`,
  madeUpOne: (m, also) =>
    `${also ? 'Also reports' : 'Reports'} ${enMonth(m)} late (due ${enDay(m.deadline, m.year)}, ${enTimeliness(m)})`,
  madeUpMany: (year, runs, also) =>
    `${also ? 'Also reports' : 'Reports'} ${runs
      .map(([from, to]) => (from === to ? monthName(from) : `${monthName(from)} to ${monthName(to)}`))
      .join(', ')} ${year} late`,
  unchanged: (year) => `Changes no month of ${year}: each has been reported already, or its period has not begun`,
  notMonthly: 'Your unit does not report monthly; the submission is stored and counted in the summary.',
  nextDeadline(next) {
    const when = next.daysLeft === 0 ? 'due today' : `${enDays(next.daysLeft)} left`;
    const state =
      next.status === '已报送' || next.status === '逾期报送'
        ? next.returnedLater === null
          ? `${enMonth(next)} is reported (version ${next.version})`
          : `${enMonth(next)} is reported by version ${next.version}; version ${next.returnedLater} was returned: correct it and submit again`
        : next.status === '已退回'
          ? `version ${next.version} for ${enMonth(next)} was returned: correct it and submit again`
          : `${enMonth(next)} is not reported yet`;
    return `Next deadline: ${enDay(next.deadline)} (${when}). ${state}.`;
  },
};

export const en: Locale = {
  issues: {
    'no-ledger-sheet': ({ p }) =>
      `The workbook has none of the standard ledger sheets (${p.expected}). Use "Insert standard ledgers" or download the template.`,
    'template-version.outdated': ({ p }) =>
      `The workbook's template version ${p.found} is outdated (current: ${p.current}). Click "Insert standard ledgers" in the add-in to upgrade (your rows are kept), or paste your data into the latest template.`,
    'template-version.upgradable': ({ p }) =>
      `The workbook's template version ${p.found} is older than ${p.current} but still accepted; ${p.columns ? `the missing column(s) "${p.columns}" read as blank` : 'it is read as it is'}. Click "Insert standard ledgers" in the add-in to upgrade (your rows are kept) and fill in what is new${p.sheets || p.values ? ` (including ${[p.sheets ? `the sheet(s) "${p.sheets}"` : '', p.values ?? ''].filter(Boolean).join(', ')})` : ''}.`,
    'template-version.newer': ({ p }) =>
      `The workbook's template version ${p.found} is newer than this tool's ${p.current}. Update the add-in or reload the page.`,
    'template-version.unknown': ({ p }) =>
      `Unknown template version "${p.found}" (current: ${p.current}). Paste your data into the latest template.`,
    'missing-header': ({ p }) =>
      `No header row in the first ${p.searched} rows. Keep the template's header row (e.g. "${p.example}").`,
    'missing-label': ({ header }) => `Required column "${header}" is missing. Add it as in the standard template.`,
    'extra-label': ({ header }) => `Column "${header}" is not part of the standard ledger and will not be submitted.`,
    'duplicate-label': ({ header }) => `Column "${header}" appears twice; only the leftmost one is used.`,
    'formula-error': ({ header, value }) =>
      `${header} holds a formula error (${value}). Fix the formula or type the value.`,
    'type-error.integer': ({ header, value }) =>
      `${header} "${value}" is not a whole number. Enter a number such as 12.`,
    'type-error.date': ({ header, value }) => `${header} "${value}" cannot be read as a date. Use the form 2026-03-05.`,
    'type-error.nonexistentDate': ({ header, value, p }) =>
      `${header} "${value}" is not a valid date: ${Number(p.days) === 0 ? `there is no month ${p.month}` : Number(p.day) < 1 ? `month ${p.month} of ${p.year} has no day ${p.day}` : `month ${p.month} of ${p.year} has only ${p.days} days`}.`,
    'type-error.enum': ({ header, p }) => `${header} "${p.item}" is not an allowed value. Choose one of: ${p.allowed}.`,
    'type-error.multiEnum': ({ header, p }) =>
      `${header} contains "${p.item}", which is not allowed. Allowed: ${p.allowed} (separate several with 、).`,
    'constraint-error.minimum': ({ header, value, p }) =>
      Number(p.min) > 0
        ? `${header} "${value}" must be at least ${p.min}.`
        : `${header} "${value}" cannot be negative.`,
    'constraint-error.maxLength': ({ header, p }) => `${header} is longer than ${p.max} characters. Please shorten it.`,
    'constraint-error.withinYear': ({ header, value, p }) =>
      `${header} "${value}" is not in the year ${p.year}. Enter a date of this year or change the year.`,
    'constraint-error.notAfterToday': ({ header, value, p }) =>
      `${header} "${value}" is after today (${p.today}). Please check it.`,
    'constraint-error.notBefore': ({ header, value, p }) =>
      `${header} "${value}" is before ${p.other} (${p.otherValue}); it must not be earlier.`,
    'constraint-error.notGreaterThan': ({ header, value, p }) =>
      `${header} (${value}) cannot exceed ${p.other} (${p.otherValue}).`,
    'constraint-error.blankUnless': ({ header, p }) =>
      `${header} must be blank while ${p.when} is "${p.whenValue}"; fill it only when it is "${p.equals}".`,
    'constraint-error.positiveIff': ({ header, value, p }) =>
      Number(p.whenValue) > 0
        ? `${header} must be above 0 when ${p.when} is ${p.whenValue}.`
        : `${header} must be 0 when ${p.when} is 0 (it is ${value}).`,
    required: ({ header }) => `${header} is required.`,
    'required.requiredIff': ({ header, p }) => `${header} is required when ${p.when} is "${p.equals}".`,
    'unique-error': ({ header, value, p }) => `${header} "${value}" repeats row ${p.firstRow}; it must be unique.`,
    'duplicate-row': ({ p }) =>
      `Same date, category and topic as row ${p.firstRow}: possibly entered twice. Please check.`,
    'foreign-key': ({ header, value, p }) =>
      `${header} "${value}" is not in this workbook's ${p.sheet}. Please check the case number.`,
    'suspicious-value.zero': ({ header }) => `${header} is 0. Please check it.`,
    'suspicious-value.approximate': ({ header, value, p }) =>
      `${header} "${value}" is an estimate, read as ${p.count}. Enter the exact figure if you know it.`,
    'suspicious-value.tooLarge': ({ header, value, p }) =>
      `${header} "${value}" is above ${p.max}: unusually large. Please check it.`,
    'fewer-rows.no-rows': ({ p }) =>
      Number(p.before) > 0
        ? `This submission has no data rows at all, while version ${p.version} had ${p.before}; once sent, every figure of your unit in the summary becomes 0. Please check you chose the right file.`
        : 'This submission has no data rows at all. Please check you chose the right file.',
    'fewer-rows.emptied': ({ p }) =>
      `No data this time, while version ${p.version} had ${p.before} rows; once sent, the summary will have none of them for your unit. Please check.`,
    'fewer-rows.fewer': ({ p }) =>
      `${p.lost} rows fewer than version ${p.version} (${p.before} then, ${p.after} now). Please check nothing was left out and the file is the right one.`,
    'unreadable-file.too-large': ({ p }) =>
      `The file is too large (${mb(p.bytes)} MB, limit ${mb(p.limit)} MB). Remove unrelated sheets or pictures and try again.`,
    'unreadable-file.not-xlsx': () =>
      `This is not an Excel workbook (.xlsx). Save it as an Excel workbook (*.xlsx) and try again.`,
    'unreadable-file.corrupt': ({ p }) =>
      `${p.sheet !== undefined && p.ref !== undefined ? `Sheet "${p.sheet}" has an invalid cell reference "${p.ref}"; the file may be damaged and` : 'The file is damaged and'} cannot be read. Open it in Excel or WPS, save it again as .xlsx and retry.`,
    'unreadable-file.encrypted': () =>
      `The file is password-protected or an old .xls file. Remove the password and save it as .xlsx.`,
    'unreadable-file.zip-bomb': () =>
      `The file expands to an abnormal size and was refused. Open it in Excel or WPS, remove unrelated sheets and content, save it as .xlsx and upload it again.`,
    'unreadable-file.too-many-cells': ({ p }) =>
      `The ledger sheets hold too many cells: at "${p.sheet}" they passed the limit of ${count(p.limit)} cells for one submission. Remove surplus rows, columns and content and try again.`,
    'unreadable-file.cell-too-long': ({ p }) =>
      `The cell holds more than Excel's limit of ${p.limit} characters, which Excel cannot save. Shorten it, save as .xlsx and try again.`,
  },
  moreOfKind,
  reporting: reportingWords,
};
