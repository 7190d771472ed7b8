/**
 * The fake ET host's sheet drawn as a grid, for the docs only: WPS itself cannot run here, so the
 * screenshot shows what the host holds — values and the fills the pane painted (BGR read back).
 */
import type { CellValue } from '#shared/index.ts';
import { columnLetter } from '#shared/index.ts';

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function sheetViewHtml(
  sheet: string,
  values: readonly (readonly CellValue[])[],
  fills: Readonly<Record<string, string>>,
  size: { readonly rows: number; readonly columns: number },
): string {
  const head = Array.from({ length: size.columns }, (_, c) => `<th>${columnLetter(c)}</th>`).join('');
  const body = Array.from({ length: size.rows }, (_, r) => {
    const cells = Array.from({ length: size.columns }, (_, c) => {
      const fill = fills[`${columnLetter(c)}${r + 1}`];
      const style = fill ? ` style="background:${fill}"` : '';
      return `<td${style}>${escapeHtml(String(values[r]?.[c] ?? ''))}</td>`;
    }).join('');
    return `<tr><th>${r + 1}</th>${cells}</tr>`;
  }).join('');
  return `<!doctype html><meta charset="utf-8"><style>
body{font:13px system-ui,sans-serif;margin:8px}table{border-collapse:collapse}
th{background:#f3f3f3;color:#555;font-weight:normal}td,th{border:1px solid #d4d4d4;padding:2px 6px;white-space:nowrap;max-width:9em;overflow:hidden;text-overflow:ellipsis}
caption{text-align:left;padding:4px 0;color:#555}</style>
<table><caption>WPS 表格（测试用 ET 宿主）· ${escapeHtml(sheet)}</caption><tr><th></th>${head}</tr>${body}</table>`;
}
