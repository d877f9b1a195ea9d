import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../scenario-file/index.ts';
import { PRESETS } from '../presets/index.ts';
import { scenarioSchema } from '../schema/index.ts';
import { canonicalScenario, MACHI_VERSION, scenarioSha256 } from './stamp.ts';

describe('stamp', () => {
  it('names the version of package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(MACHI_VERSION).toBe(pkg.version);
  });

  it('hashes what a scenario means, not how its keys were written', () => {
    const scenario = scenarioSchema.parse(PRESETS['small-town']);
    const reordered = Object.fromEntries(Object.entries(PRESETS['small-town']!).reverse());
    expect(scenarioSha256(scenarioSchema.parse(reordered))).toBe(scenarioSha256(scenario));
    expect(scenarioSha256(scenario)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads its canonical text back to the same text', () => {
    const scenario = scenarioSchema.parse(PRESETS['small-town']);
    const text = canonicalScenario(scenario);
    const loaded = loadScenario(text, 'scenario.resolved.json');
    expect(loaded.ok && canonicalScenario(loaded.value)).toBe(text);
  });

  it('tells apart scenarios that differ in one number or in the order of their variants', () => {
    const scenario = scenarioSchema.parse(PRESETS['small-town']);
    const changed = structuredClone(scenario);
    changed.municipality.population += 1;
    expect(scenarioSha256(changed)).not.toBe(scenarioSha256(scenario));
    const swapped = { ...structuredClone(PRESETS['small-town']!), variants: Object.fromEntries(Object.entries(PRESETS['small-town']!.variants!).reverse()) };
    expect(scenarioSha256(scenarioSchema.parse(swapped))).not.toBe(scenarioSha256(scenario));
  });
});
