import { describe, expect, it } from 'vitest';
import { isDateFormatCode } from './styles-xml.ts';

describe('isDateFormatCode', () => {
  it('finds date and time letters outside quotes, brackets and escapes', () => {
    for (const code of ['yyyy-mm-dd', 'yyyy"年"m"月"d"日"', '[$-804]aaaa', 'h:mm:ss', '[h]:mm', 'mm:ss.0', 'd-mmm']) {
      expect(isDateFormatCode(code), code).toBe(code !== '[$-804]aaaa');
    }
    for (const code of ['General', '0.00', '#,##0"元"', '0.00" days"', '[Red]-0.00', '0\\h', '_(* #,##0_)']) {
      expect(isDateFormatCode(code), code).toBe(false);
    }
  });
});
