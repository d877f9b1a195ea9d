import { describe, expect, it } from 'vitest';
import { csvText, sixDigits, wholeYen } from './csv-text.ts';

describe('csvText', () => {
  it('writes a BOM, the headings and CRLF rows; text is escaped, numbers are written as they are', () => {
    const text = [...csvText(['案 [variant]', 'a,b'], [['=HYPERLINK("x")', -5], ['-cmd', null], ['ok', NaN], ['-5', 0.25]])].join('');
    expect(text).toBe('\uFEFF案 [variant],"a,b"\r\n"\'=HYPERLINK(""x"")",-5\r\n\'-cmd,\r\nok,\r\n-5,0.25\r\n');
  });

  it('yields every rowsPerPiece rows, whole rows only', () => {
    const pieces = [...csvText(['n'], [[1], [2], [3]], 2)];
    expect(pieces).toEqual(['\uFEFFn\r\n1\r\n2\r\n', '3\r\n']);
  });
});

describe('sixDigits and wholeYen', () => {
  it('sixDigits(11.298002) is 11.298; whole numbers stay whole; wholeYen rounds to the yen', () => {
    expect([sixDigits(Math.fround(11.298002)), sixDigits(1234567), sixDigits(0.1 + 0.2), wholeYen(124610.5000001)]).toEqual([11.298, 1234567, 0.3, 124611]);
  });
});
