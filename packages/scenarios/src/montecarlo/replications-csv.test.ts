import { describe, expect, it } from 'vitest';
import { csvField, float32Text, replicationsCSV } from './replications-csv.ts';
import type { VariantTable } from './table.ts';

const table = (variant: string): VariantTable => ({
  variant,
  years: 2,
  replications: 2,
  names: ['downtimeHours', 'costYen'],
  columns: { downtimeHours: new Float32Array([0, 49.2, 1 / 3, NaN]), costYen: new Float64Array([1e8, 123456789, 0.5, 7]) },
});

describe('replicationsCSV', () => {
  it('writes a BOM, a header and one CRLF row per (variant, replication, year)', () => {
    const text = [...replicationsCSV([table('onprem'), table('a,"b"')])].join('');
    expect(text).toBe(
      '\uFEFFvariant,replication,year,downtimeHours,costYen\r\n' +
        'onprem,0,0,0,100000000\r\nonprem,0,1,49.2,123456789\r\nonprem,1,0,0.33333334,0.5\r\nonprem,1,1,,7\r\n' +
        '"a,""b""",0,0,0,100000000\r\n"a,""b""",0,1,49.2,123456789\r\n"a,""b""",1,0,0.33333334,0.5\r\n"a,""b""",1,1,,7\r\n',
    );
  });

  it('yields large tables in pieces of whole rows', () => {
    const pieces = [...replicationsCSV([table('x')], { rowsPerPiece: 3 })];
    expect(pieces).toHaveLength(3);
    expect(pieces.slice(1).every((p) => p.endsWith('\r\n'))).toBe(true);
  });

  it('writes each heading through `heading` (a report language) and quotes it when needed', () => {
    const first = [...replicationsCSV([table('x')], { heading: (n) => (n === 'costYen' ? '費用, 円 [costYen]' : `${n}!`) })][0]!;
    expect(first.split('\r\n')[0]).toBe('\uFEFFvariant!,replication!,year!,downtimeHours!,"費用, 円 [costYen]"');
  });

  it('writes nothing for no tables', () => {
    expect([...replicationsCSV([])]).toEqual([]);
  });
});

describe('float32Text', () => {
  it('gives a short decimal that reads back to the same Float32', () => {
    for (const v of [49.2, 0.1, 1 / 3, 123.456, 1e-7, 3.4e38, 16_777_217, -2.5]) {
      const f = Math.fround(v);
      const text = float32Text(f);
      expect(Math.fround(Number(text))).toBe(f);
      expect(text.length).toBeLessThanOrEqual(String(f).length);
    }
    expect(float32Text(Math.fround(49.2))).toBe('49.2');
    expect(float32Text(Math.fround(1 / 3))).toBe('0.33333334');
    expect(float32Text(Math.fround(1e-7))).toBe('1e-7');
    expect(float32Text(NaN)).toBe('');
  });
});

describe('csvField', () => {
  it('quotes only fields that need it (RFC 4180)', () => {
    expect(csvField('onprem')).toBe('onprem');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('never starts a formula in Excel: =, +, -, @, tab and CR get a leading quote; numbers stay numbers', () => {
    expect(['=1+1 [x]', '+81 3', '-cmd|calc', '@SUM(A1)', '\t=1', '\r=1'].map(csvField)).toEqual([
      "'=1+1 [x]",
      "'+81 3",
      "'-cmd|calc",
      "'@SUM(A1)",
      "'\t=1",
      `"'\r=1"`,
    ]);
    expect(['-5', '+3', '-0.25', '-1e-7', 'a=1'].map(csvField)).toEqual(['-5', '+3', '-0.25', '-1e-7', 'a=1']);
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  });
});
