import { collectProvenance, PRESETS, REASONS, runMonteCarlo, scenarioSchema, simulate, type MonteCarloResult } from '@machi/scenarios';
import { sha256 } from '@machi/sim-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderCase } from './case/render-case.ts';
import { renderAssumptions } from './document/assumptions-appendix.ts';
import { renderReport } from './document/render-report.ts';
import { LANGS } from './lang.ts';

// The one test of the report that runs the model: a small Monte Carlo of a preset, and a year of it
// told as a case, through every renderer in both languages. The wording is pinned elsewhere, on
// hand-built results; here the bytes of the whole are pinned by their fingerprints, so a change to the
// model or a preset shows up as one changed line per file (regenerate the outputs with `machi run
// small-town --runs 20 --seed 1 --years 5` and `machi case … --replication 0 --year 0 --years 5` to
// read what moved).
const scenario = scenarioSchema.parse(PRESETS['small-town']);
const provenance = collectProvenance(PRESETS['small-town']);
let result: MonteCarloResult;
beforeAll(async () => {
  result = await runMonteCarlo(scenario, { runs: 20, seed: 1, horizonYears: 5 });
});

const outputs = () => {
  const files: Record<string, string> = {};
  for (const lang of LANGS) {
    const report = renderReport(result, { lang, scenario, provenance });
    files[`report.${lang}.md`] = report.toMarkdown();
    files[`report.${lang}.html`] = report.toHTML();
    files[`figures.${lang}`] = report.figureFiles().map((f) => `${f.path}\n${f.text}`).join('\n');
    const appendix = renderAssumptions({ lang, scenario, provenance });
    files[`assumptions.${lang}.html`] = appendix.toHTML();
    files[`assumptions.${lang}.csv`] = [...appendix.toCSV()].join('');
    const year = simulate(scenario, { variant: 'onprem', seed: 1, replication: 0, horizonYears: 5, trace: true });
    const rendered = renderCase(year, { scenario, year: 0, lang });
    files[`case.${lang}.md`] = rendered.markdown;
    files[`case.${lang}.html`] = rendered.html;
  }
  return files;
};

describe('a preset run, end to end', () => {
  it('gives the same bytes as before (fingerprints of every output)', () => {
    const fingerprints = Object.fromEntries(Object.entries(outputs()).map(([name, text]) => [name, sha256(text)]));
    expect(fingerprints).toMatchInlineSnapshot(`
      {
        "assumptions.en.csv": "e867fb27d30fea597bca0928855fbd5401795f04568bb71b073a19829b58faab",
        "assumptions.en.html": "31691c384c419202ce989fd8832f4939e9fb5d83e6e8282cabbd6f2cb1e22a4a",
        "assumptions.ja.csv": "dc65e0fbe8fef3abcd1a64ad6ee3d5691d5457250801f940763c1c05b2230cca",
        "assumptions.ja.html": "2f8a7a236be246257af9c776f837cd9bb82f99367ffd4044da03f0a2e302ed1b",
        "case.en.html": "a77bbdca920609426f359da00f7fce0abfc0351a679b8ac6272377f5fd486094",
        "case.en.md": "9d7fad0ef84191c7be015d4ee86ee4dca3d665d7942d02acff5f6e760859c659",
        "case.ja.html": "9d4fff3d5f78d0f47af3e6ec40802fc477b57c6e6a46aab58738cfcec3797be0",
        "case.ja.md": "4a78a24532a0d6301b095460f2260671668f148b4542942aba81219f9efb5d2f",
        "figures.en": "c7fd5a3192318cd33d6e5807eba1794bd25595c0061082a86ae6655810aa2c8a",
        "figures.ja": "0bb5a7a9467f94b8158009eb5e5d4a6dac174c60d22e0aa1749894867fb872b9",
        "report.en.html": "5b6540a4fba659b7f23341f037c993bcdb6c3b98b4827b7661712813017e4c4a",
        "report.en.md": "8bc01d7208908b4c97a0cd31f50d7d73875dec74402223216d1b42946ad7cdb2",
        "report.ja.html": "696e672869e13aab2bbe30f9f184da99272b1c63eba56c082f832caca3aa1ca5",
        "report.ja.md": "51fb0551fdf289f830fdff7801e8041942fa1e0be20b807e3bf94067401b88b8",
      }
    `);
  });

  it('prints no raw id, NaN or undefined, in either language', () => {
    for (const [name, text] of Object.entries(outputs())) {
      const words = text.replace(/<[^>]*>/g, ' ');
      expect(words, name).not.toMatch(/\bundefined\b|\bNaN\b|\bInfinity\b|\bleak\.[a-z]/);
      // A case says why each system was down in words: in Japanese no reason's id may remain.
      if (name.startsWith('case.ja')) for (const reason of REASONS) expect(words, `${name}: ${reason}`).not.toMatch(new RegExp(`[^\\w-]${reason}[^\\w-]`));
    }
  });
});
