import { describe, expect, it } from 'vitest';
import { municipalLeakCauses } from './municipal-leak-causes.ts';

const rateOf = (x: unknown) => (typeof x === 'number' ? x : (x as { value: number }).value);

describe('municipalLeakCauses', () => {
  it('municipalLeakCauses(total) splits the total by the municipal cause mix', () => {
    const causes = municipalLeakCauses({ value: 0.7, source: 'assumption: a total' });
    expect(causes.map((c) => [c.id, rateOf(c.annualRate), c.maliciousIntent])).toEqual([
      ['mis-sending', 0.315, false],
      ['lost-documents', 0.175, false],
      ['wrong-handover', 0.105, false],
      ['misdisposal-or-posting', 0.07, false],
      ['unauthorised-access', 0.014, true],
      ['contractor', 0.021, true],
    ]);
    expect(causes.reduce((s, c) => s + rateOf(c.annualRate), 0)).toBeCloseTo(0.7, 12);
  });

  it('municipalLeakCauses(total) says how each rate was derived', () => {
    expect(municipalLeakCauses({ value: 90, source: '[ppc-annual-2024] scaled' })[0]!.annualRate).toEqual({
      value: 40.5,
      source: '[ppc-annual-2024] scaled (90 per year × 45% 誤送付・誤送信)',
    });
  });
});
