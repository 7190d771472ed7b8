import type { ErrorParamsOf } from '#shared/api/error-kinds.ts';
import { wordError } from '#shared/messages/errors.ts';

/** Why a workbook cannot be marked up, as the API words it (shared/api/error-kinds.ts). */
export type AnnotateRefusalKind =
  /** `part`: the package part or XML element, as the file names it, that is missing or unrecognised. */
  | { readonly reason: 'annotate-damaged'; readonly params: ErrorParamsOf<'annotate-damaged'> }
  | { readonly reason: 'annotate-part-too-large'; readonly params: ErrorParamsOf<'annotate-part-too-large'> };

/** A workbook the 批注版 cannot mark up; the message is the Chinese wording of its kind. */
export class AnnotateRefusal extends Error {
  override readonly name = 'AnnotateRefusal';

  constructor(readonly kind: AnnotateRefusalKind) {
    super(
      kind.reason === 'annotate-damaged' ? wordError(kind.reason, kind.params) : wordError(kind.reason, kind.params),
    );
  }
}

/** A part missing or not recognised: the common refusal. */
export const damaged = (part: string): AnnotateRefusal =>
  new AnnotateRefusal({ reason: 'annotate-damaged', params: { part } });
