/**
 * `Content-Disposition` for a download, per RFC 6266 with the RFC 5987 UTF-8 form: every current
 * browser takes `filename*` (the Chinese name), and `filename` is a plain-ASCII fallback for the rest.
 */

// Characters no file system takes in a name, controls, and lone surrogates (encodeURIComponent throws on them).
const UNSAFE_IN_NAME =
  /[\\/:*?"<>|\u0000-\u001f\u007f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// encodeURIComponent leaves ' ( ) * as they are, but RFC 5987's attr-char does not allow them: an
// unencoded ' ends the charset'language' prefix early for a strict parser.
const NOT_ATTR_CHAR = /['()*]/g;
// Inside the quoted fallback only plain, unquoted ASCII is safe everywhere.
const NOT_PLAIN_ASCII = /[^A-Za-z0-9._-]/g;

const percent = (ch: string): string => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;

export function attachment(name: string, asciiFallback: string): string {
  const encoded = encodeURIComponent(name.replace(UNSAFE_IN_NAME, '_')).replace(NOT_ATTR_CHAR, percent);
  return `attachment; filename="${asciiFallback.replace(NOT_PLAIN_ASCII, '_')}"; filename*=UTF-8''${encoded}`;
}
