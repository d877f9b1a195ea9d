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
        "assumptions.en.csv": "d4ff27dcd0c46d6e52fdd8726052a67ad04861bdd91af2678720565ce4907dc9",
        "assumptions.en.html": "ddf15c33413b9a371b5d29f708accda59fbada33e1c1ab9c037eb04d9bc86d07",
        "assumptions.ja.csv": "d27f11282a1ea27aa5741bc329dd0dbdb166655dd6b9f50b788ccd90baee394d",
        "assumptions.ja.html": "09d69dfa19aac6bc94f91f3853ad1213cb4c69460f48e843b28e73d01c1c022a",
        "case.en.html": "64a576967ff4538be39aa17622956b610af2509e7b3005b490c8112afb5acece",
        "case.en.md": "bc29543f22cb303c7298aedbddcdb09fe6ca80a50cbfe21b21047ce3e11e80a8",
        "case.ja.html": "22e863e25c0182b67a6db877fe4e54f1b6678b6b9461e9ca3d0894f5f74cac14",
        "case.ja.md": "6f94b8beaeb1496fbaae9ef5d9af498e01cd50327e0cf4d9c3c321c88a0fb275",
        "figures.en": "d2b84bc50f59836e0a7f707a142298378e2876319247cbbf2d8a9041c7a02b40",
        "figures.ja": "f383bd3fac0144b45422631a836cfc4fec16904da29ee183a203ea75706b8dfb",
        "report.en.html": "56cd739d14246ad447ac3f821a23f732f84c838c768c6d047bd298565d25f165",
        "report.en.md": "959697fa5ac04046b907cbc431149c69202b0bcc16bb0452f53a9f6d5fcc4e6d",
        "report.ja.html": "f7915d66cee34def12f064432d8ef1118a9e0083d5b8b5a917adb304d9829da9",
        "report.ja.md": "a979a95d8ce127d3022797abd514ce5f4efad00e841b989f7d9b768410e2690c",
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
