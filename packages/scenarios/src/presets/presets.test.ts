import { describe, expect, it } from 'vitest';
import { scenarioSchema, variantIds } from '../schema/index.ts';
import { PRESETS, presetNames } from './presets.ts';
import { collectProvenance, countDistinctFacts, unsourcedNumbers } from './provenance.ts';

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
    expect(presetNames()).toEqual(['small-town', 'designated-city', 'river-city']);
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

describe('sourced share', () => {
  // Distinct facts (distinct value and cited references; an assumption by its text) and the share of them
  // sourced, per preset: a change that adds an unsourced belief or drops a source shows here.
  it('pins the distinct-fact counts and sourced share of every preset', () => {
    const shares = Object.fromEntries(
      presetNames().map((name) => {
        const { entries, distinct, sourcedShare } = countDistinctFacts(collectProvenance(PRESETS[name]!));
        return [name, { entries, distinct, sourcedPercent: Math.round(sourcedShare * 1000) / 10 }];
      }),
    );
    expect(shares).toMatchInlineSnapshot(`
      {
        "designated-city": {
          "distinct": {
            "assumed": 149,
            "sourced": 164,
            "total": 313,
          },
          "entries": {
            "assumed": 264,
            "sourced": 341,
            "total": 605,
          },
          "sourcedPercent": 52.4,
        },
        "river-city": {
          "distinct": {
            "assumed": 148,
            "sourced": 169,
            "total": 317,
          },
          "entries": {
            "assumed": 249,
            "sourced": 329,
            "total": 578,
          },
          "sourcedPercent": 53.3,
        },
        "small-town": {
          "distinct": {
            "assumed": 142,
            "sourced": 171,
            "total": 313,
          },
          "entries": {
            "assumed": 228,
            "sourced": 315,
            "total": 543,
          },
          "sourcedPercent": 54.6,
        },
      }
    `);
  });
});
