/** The media type of an .xlsx workbook (IANA; what Excel, browsers and R2 say of one). */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
