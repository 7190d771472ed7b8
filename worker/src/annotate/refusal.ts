/** A workbook the annotation cannot mark up, with the reason in Chinese for the clerk. */
export class AnnotateRefusal extends Error {
  override readonly name = 'AnnotateRefusal';
}
