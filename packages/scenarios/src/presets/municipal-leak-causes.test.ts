import { describe, expect, it } from 'vitest';
import { municipalLeakCauses, municipalLeakTotal } from './municipal-leak-causes.ts';

const rateOf = (x: unknown) => (typeof x === 'number' ? x : (x as { value: number }).value);

describe('municipalLeakCauses', () => {
  it('municipalLeakCauses(total) splits the total by the surveyed cause mix, leaving out its other 3%', () => {
    const causes = municipalLeakCauses({ value: 0.7, source: 'assumption: a total' });
    expect(causes.map((c) => [c.id, rateOf(c.annualRate), c.maliciousIntent])).toEqual([
      ['mis-sending', 0.308, false],
      ['lost-documents', 0.203, false],
      ['wrong-handover', 0.112, false],
      ['misdisposal-or-posting', 0.014, false],
      ['unauthorised-access', 0.021, true],
      ['contractor', 0.021, true],
    ]);
    expect(causes.reduce((s, c) => s + rateOf(c.annualRate), 0)).toBeCloseTo(0.679, 12);
  });

  it('municipalLeakCauses(total) says how each rate was derived', () => {
    expect(municipalLeakCauses({ value: 90, source: '[ppc-annual-2024] scaled' })[0]!.annualRate).toEqual({
      value: 39.6,
      source: '[ppc-annual-2024] scaled (90 per year × 44% 誤送付・誤送信, [soumu-appi-fy2009] 44.2%)',
    });
  });

  it('municipalLeakCauses(total) keeps a rate whose share is not surveyed an assumption, even from a sourced total', () => {
    const contractor = municipalLeakCauses({ value: 90, source: '[ppc-annual-2024] scaled' }).find((c) => c.id === 'contractor')!;
    expect(contractor.annualRate).toMatchObject({ value: 2.7 });
    expect((contractor.annualRate as { source: string }).source).toMatch(/^assumption: 3% 委託先 origin/);
  });
});

describe('municipalLeakTotal', () => {
  it('municipalLeakTotal(population) scales 大阪市\'s 209 errors a year over 2,788,758 residents, to two significant figures', () => {
    expect([15_000, 115_000, 2_000_000].map((p) => municipalLeakTotal(p).value)).toEqual([1.1, 8.6, 150]);
  });

  it('municipalLeakTotal(population) cites the monthly lists and writes out the arithmetic', () => {
    const { source } = municipalLeakTotal(115_000);
    expect(source).toMatch(/^大阪市 publishes/);
    expect(source).toContain('[osaka-city-population-2024]');
    expect(source.endsWith('× 115,000 ≈ 8.6')).toBe(true);
  });
});
