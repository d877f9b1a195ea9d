import { describe, expect, it } from 'vitest';
import { defaultSiteAmplification, siteAmplificationFromAvs30 } from './site-amplification.ts';

describe('siteAmplificationFromAvs30', () => {
  it('siteAmplificationFromAvs30 is 1 at the 600 m/s reference and grows on softer ground', () => {
    expect(siteAmplificationFromAvs30(600)).toBeCloseTo(1, 3);
    expect(siteAmplificationFromAvs30(400)).toBeCloseTo(1.41268, 5);
    expect(siteAmplificationFromAvs30(200)).toBeCloseTo(2.5499, 4);
  });

  it('defaultSiteAmplification is the AVS30 = 400 m/s value', () => {
    expect(defaultSiteAmplification).toBe(siteAmplificationFromAvs30(400));
  });

  it('siteAmplificationFromAvs30 rejects a velocity that is not positive', () => {
    expect(() => siteAmplificationFromAvs30(0)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: siteAmplificationFromAvs30 avs30MPerS must be a positive finite number, got 0]`,
    );
  });
});
