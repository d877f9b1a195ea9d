import { describe, expect, it } from 'vitest';
import { csvField } from './csv-field.ts';

describe('csvField', () => {
  it('quotes only fields that need it (RFC 4180), and fields holding a semicolon or a tab', () => {
    expect(csvField('onprem')).toBe('onprem');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('a;=1+1')).toBe('"a;=1+1"');
    expect(csvField('a\t@x')).toBe('"a\t@x"');
  });

  it('never starts a formula in Excel: =, +, -, @, tab and CR get a leading quote; numbers stay numbers', () => {
    expect(['=1+1 [x]', '+81 3', '-cmd|calc', '@SUM(A1)', '\t=1', '\r=1'].map(csvField)).toEqual([
      "'=1+1 [x]",
      "'+81 3",
      "'-cmd|calc",
      "'@SUM(A1)",
      `"'\t=1"`,
      `"'\r=1"`,
    ]);
    expect(['-5', '+3', '-0.25', '-1e-7', 'a=1'].map(csvField)).toEqual(['-5', '+3', '-0.25', '-1e-7', 'a=1']);
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it('csvField("＝１＋１") prefixes the full-width formula signs too', () => {
    expect(['＝１＋１', '＋81', '－1', '＠SUM(A1)'].map(csvField)).toEqual(["'＝１＋１", "'＋81", "'－1", "'＠SUM(A1)"]);
  });
});
