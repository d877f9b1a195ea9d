import { describe, expect, it } from 'vitest';
import { float32Text, replicationsCSV } from './replications-csv.ts';
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

  it('replicationsCSV(tables, { variantLabel, fiscalYear, float32Digits: 6 }) adds a label and a fiscal-year column and rounds Float32 cells', () => {
    const text = [...replicationsCSV([table('onprem')], { variantLabel: (id) => `=${id}`, fiscalYear: (y) => 2027 + y, float32Digits: 6 })].join('');
    expect(text.split('\r\n')).toEqual([
      '\uFEFFvariantLabel,variant,replication,year,fiscalYear,downtimeHours,costYen',
      "'=onprem,onprem,0,0,2027,0,100000000",
      "'=onprem,onprem,0,1,2028,49.2,123456789",
      "'=onprem,onprem,1,0,2027,0.333333,0.5",
      "'=onprem,onprem,1,1,2028,,7",
      '',
    ]);
  });

  it('rejects float32Digits outside 1..9', () => {
    expect(() => [...replicationsCSV([table('x')], { float32Digits: 0 })]).toThrow('float32Digits must be an integer from 1 to 9, got 0');
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

  it('float32Text(v, 6) rounds to the six digits a Float32 carries, whole numbers whole', () => {
    expect(float32Text(Math.fround(11.298002), 6)).toBe('11.298');
    expect(float32Text(Math.fround(1.5394243), 6)).toBe('1.53942');
    expect(float32Text(Math.fround(1e-7), 6)).toBe('1e-7');
    expect(float32Text(16_777_216, 6)).toBe('16777216');
    expect(float32Text(Math.fround(-2.5), 6)).toBe('-2.5');
    // every 6-digit decimal survives Float32 (FLT_DIG = 6), so rounding again changes nothing
    for (const v of [11.298, 0.123457, 98765.4, 3.14159]) expect(float32Text(Math.fround(v), 6)).toBe(String(v));
  });
});
