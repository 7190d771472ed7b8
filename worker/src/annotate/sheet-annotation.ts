/**
 * One problem sheet annotated: its problem cells filled, a comment on each with the messages,
 * and the comment parts related to the sheet (new ones, or the sheet's own, merged).
 */
import type { Severity } from '#shared/index.ts';
import { readRelationships, relationshipsPath } from '#shared/xlsx/read-xlsx.ts';
import { dirOf, relType } from '#shared/xlsx/package-xml.ts';
import { type CellNote, commentsXml, vmlXml } from './cell-notes.ts';
import type { PackageEdits } from './package-edits.ts';
import { addRelationship, contentTypes, relationshipsOf, relTypes } from './package-patch.ts';
import { damaged } from './refusal.ts';
import { legacyDrawingId, withLegacyDrawing } from './legacy-drawing.ts';
import { restyleCells } from './sheet-cells.ts';
import type { StylesPatch } from './styles-patch.ts';

/** What one problem cell shows: the worse severity of its issues, and all their messages. */
export interface MarkedCell {
  readonly row: number;
  readonly col: number;
  severity: Severity;
  readonly lines: string[];
}

export interface NewParts {
  readonly overrides: [string, string][];
  vml: boolean;
}

/** A problem sheet: its part, its cells, and the VML id block its note boxes are numbered in. */
export interface ProblemSheet {
  readonly path: string;
  readonly cells: readonly MarkedCell[];
  readonly block: number;
}

/** `partsDir` is the workbook's folder (`xl/`), where new comment and drawing parts go. */
export async function annotateSheet(
  edits: PackageEdits,
  { path: sheetPath, cells, block }: ProblemSheet,
  styles: StylesPatch,
  partsDir: string,
  added: NewParts,
): Promise<void> {
  const sheetXml = await edits.read(sheetPath);
  if (sheetXml === null) throw damaged(sheetPath);
  const marks = new Map<number, Map<number, Severity>>();
  for (const c of cells) {
    const row = marks.get(c.row) ?? new Map<number, Severity>();
    marks.set(c.row, row.set(c.col, c.severity));
  }
  let xml = restyleCells(sheetXml, marks, (base, severity) => styles.filled(base, severity));

  const relsPath = relationshipsPath(sheetPath);
  const rels = relationshipsOf(await edits.read(relsPath));
  const targets = await readRelationships(edits.pkg, relsPath, dirOf(sheetPath));
  const commentsPath = targets.find((t) => relType(t.type) === 'comments')?.target ?? null;
  const drawingId = legacyDrawingId(xml);
  const vmlPath = targets.find((t) => t.id === drawingId)?.target ?? null;

  const notes: CellNote[] = cells.map((c) => ({ row: c.row, col: c.col, text: c.lines.join('\n') }));
  const comments = commentsXml(commentsPath === null ? null : await edits.read(commentsPath), notes);
  const ownComments = commentsPath ?? edits.freePath(`${partsDir}comments`, '.xml');
  edits.write(ownComments, comments.xml);
  if (commentsPath === null) {
    addRelationship(rels, relTypes.comments, `/${ownComments}`);
    added.overrides.push([ownComments, contentTypes.comments]);
  }
  if (comments.boxed.length > 0) {
    const existingVml = vmlPath === null ? null : await edits.read(vmlPath);
    const ownVml = vmlPath ?? edits.freePath(`${partsDir}drawings/vmlDrawing`, '.vml');
    edits.write(ownVml, vmlXml(existingVml, comments.boxed, block));
    if (vmlPath === null) {
      xml = withLegacyDrawing(xml, addRelationship(rels, relTypes.vmlDrawing, `/${ownVml}`));
      added.vml = true;
    }
  }
  edits.write(sheetPath, xml);
  edits.write(relsPath, rels.xml);
}
