import { describe, expect, it } from 'vitest';
import { scenarioSchema, variantIds } from '../schema/index.ts';
import { PRESETS, presetNames } from './presets.ts';
import { collectProvenance, unsourcedNumbers } from './provenance.ts';
import { citedReferenceIds, REFERENCES, referenceIndex } from '../sources/index.ts';

const references = referenceIndex(REFERENCES);

// Section numbers copied from /work/shared/reference/*.md (headings "## n." and "### n.m").
const SECTIONS: Record<string, readonly string[]> = {
  'jp-facts.md': ['1.0', '1.1', '1.2', '1.3', '1.4', '2', '3.1', '3.2', '3.3', '3.4', '3.5', '4.1', '4.2', '4.3', '5'],
  'base-rates.md': [
    '1.1', '1.2', '1.3', '1.4', '1.5', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '3.3', '4.1', '4.2', '4.3', '4.4', '4.5',
    '5', '6.1', '6.2', '6.3', '7.1', '7.2', '7.3', '7.4', '8', '9',
  ],
};
const REFERENCE = /\b([a-z-]+\.md)#(\d+(?:\.\d+)?)/g;

describe.each(presetNames())('preset %s', (name) => {
  const input = PRESETS[name]!;
  const entries = collectProvenance(input);

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

  it('cites only sections that exist in the reference files', () => {
    const bad = entries.flatMap((e) =>
      [...e.source.matchAll(REFERENCE)].filter(([, file, section]) => !SECTIONS[file!]?.includes(section!)).map(([ref]) => `${e.path}: ${ref}`),
    );
    expect(bad).toEqual([]);
  });

  it('gives every number either a reference section, a derivation from documents at their addresses, or an assumption with its reason', () => {
    // A source citing project references ([id]) must cite only references the project carries.
    const carried = (source: string) => citedReferenceIds(source).length > 0 && citedReferenceIds(source).every((id) => references.has(id));
    const cited = (source: string) => /^(jp-facts|base-rates)\.md#\d/.test(source) || /^derived: \S.*https?:\/\//.test(source) || carried(source);
    const bad = entries.filter((e) => (e.assumed ? !/^assumption: \S/.test(e.source) : !cited(e.source)));
    expect(bad.map((e) => `${e.path}: ${e.source}`)).toEqual([]);
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

  it('the section check rejects a section that does not exist', () => {
    const refs = [...'base-rates.md#2 and jp-facts.md#4.2 (x)'.matchAll(REFERENCE)].map(([, f, s]) => [f, s, SECTIONS[f!]!.includes(s!)]);
    expect(refs).toEqual([
      ['base-rates.md', '2', false],
      ['jp-facts.md', '4.2', true],
    ]);
  });
});
