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
        "assumptions.en.csv": "2605e7d5b866bfb6f1192ac32dadf02f00a5f7109575dfb5a0993282b33343fa",
        "assumptions.en.html": "d7d06a3ae321f25f6d6cefac1eb864d4741f4f3e6ec9bc01d7e983ee466b25cf",
        "assumptions.ja.csv": "81886d88407facaee197d437cae679cb6f99951cd63c6056900b021d5b330294",
        "assumptions.ja.html": "9aa8ff98cb690b00b5ca651bdc6f331b60eb835e9c7a44052501a4bf4d6a1472",
        "case.en.html": "64a576967ff4538be39aa17622956b610af2509e7b3005b490c8112afb5acece",
        "case.en.md": "bc29543f22cb303c7298aedbddcdb09fe6ca80a50cbfe21b21047ce3e11e80a8",
        "case.ja.html": "22e863e25c0182b67a6db877fe4e54f1b6678b6b9461e9ca3d0894f5f74cac14",
        "case.ja.md": "6f94b8beaeb1496fbaae9ef5d9af498e01cd50327e0cf4d9c3c321c88a0fb275",
        "figures.en": "af0e855620720e732a2e774e5cec90d4d34bc1fa81ca7ad7ac8864558d90fea1",
        "figures.ja": "c55998a8bacd82e56e8d0d5a40c8173bbb6a1602cb736919421757b1d844bd46",
        "report.en.html": "f99ccd3bee2394ed581025bcc3e6aba6d7fc5dfb24a46cf2b6d2d1304a6dbfab",
        "report.en.md": "8900ea9010515d56f790f4b9573f8ad4f5e5a5cd0a7d1173be4364cbfaf3ce5d",
        "report.ja.html": "916b282fcb92b958e2f32aa4f7f92f0ee1f0ba82e59805a8bc5c3a5f34dcad7c",
        "report.ja.md": "b3697c684dd7911ba48110b631352ad4f3b436a31a862638cf8b72472ba9080e",
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
