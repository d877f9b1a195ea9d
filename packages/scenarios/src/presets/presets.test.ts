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
            "assumed": 95,
            "sourced": 217,
            "total": 312,
          },
          "entries": {
            "assumed": 181,
            "sourced": 424,
            "total": 605,
          },
          "sourcedPercent": 69.6,
        },
        "river-city": {
          "distinct": {
            "assumed": 97,
            "sourced": 223,
            "total": 320,
          },
          "entries": {
            "assumed": 161,
            "sourced": 417,
            "total": 578,
          },
          "sourcedPercent": 69.7,
        },
        "small-town": {
          "distinct": {
            "assumed": 93,
            "sourced": 218,
            "total": 311,
          },
          "entries": {
            "assumed": 150,
            "sourced": 393,
            "total": 543,
          },
          "sourcedPercent": 70.1,
        },
      }
    `);
  });
});
