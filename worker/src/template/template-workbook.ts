/** The blank standard workbook (标准模板), built from the ledger definitions alone. */
import { ledgers, TEMPLATE_VERSION } from '#shared/index.ts';
import { TEMPLATE_STAMP } from '#shared/ledgers/template-releases.ts';
import { xlsxStream, type SheetSource } from '../xlsx/index.ts';
import { instructionsSheet } from './instructions-sheet.ts';
import { ledgerSheet } from './ledger-sheet.ts';
import { stampSheet } from './stamp-sheet.ts';

export interface TemplateOptions {
  readonly year: number;
  /** Printed in each sheet's title; left as a blank to write in by hand when absent. */
  readonly unitName?: string;
  /** The package's creation time (see XlsxOptions.created). */
  readonly created?: Date;
}

/** Ledger sheets in registry order (the first is the one that opens), 填报说明, then the hidden stamp sheet. */
export function templateSheets(options: TemplateOptions): SheetSource[] {
  return [
    ...ledgers.map((def) => ledgerSheet(def, options.year, options.unitName)),
    instructionsSheet(options.year),
    stampSheet(TEMPLATE_VERSION, options.year),
  ];
}

export function templateWorkbook(options: TemplateOptions): ReadableStream<Uint8Array> {
  const unit = options.unitName?.trim();
  return xlsxStream(templateSheets(options), {
    title: `${unit ?? ''}${options.year}年清风台账标准模板`,
    // Also as custom properties, which readers released before the stamp sheet look for.
    customProperties: { [TEMPLATE_STAMP.version]: TEMPLATE_VERSION, [TEMPLATE_STAMP.year]: String(options.year) },
    ...(options.created ? { created: options.created } : {}),
  });
}
