import { describe, expect, it } from 'vitest';
import { scenarioSchema, variantIds } from '../schema/index.ts';
import { PRESETS, presetNames } from './presets.ts';
import { unsourcedNumbers } from './provenance.ts';

describe.each(presetNames())('preset %s', (name) => {
  const input = PRESETS[name]!;

  it('validates against scenarioSchema', () => {
    const result = scenarioSchema.safeParse(input);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('has exactly the variants onprem, housing, community-cloud, public-cloud, in that order', () => {
    expect(variantIds(scenarioSchema.parse(input))).toEqual(['onprem', 'housing', 'community-cloud', 'public-cloud']);
  });

  it('has no number without a source, except coordinates, months and plain-number schema fields', () => {
    expect(unsourcedNumbers(input)).toEqual([]);
  });

});

describe('PRESETS', () => {
  it('presetNames() lists the built-in presets in a fixed order', () => {
    expect(presetNames()).toEqual(['small-town', 'designated-city']);
  });

  it('PRESETS are frozen: editing one throws instead of changing later runs; a clone can be edited', () => {
    const preset = PRESETS['small-town']!;
    expect(() => {
      (preset.municipality as { coast: boolean }).coast = false;
    }).toThrow(TypeError);
    const copy = structuredClone(preset);
    copy.municipality.coast = false;
    expect(preset.municipality.coast).toBe(true);
  });

});
