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
        "assumptions.en.csv": "02a133bfc539194accadc29f5ae2d2410feb7735bb71e9b24d8eec2ffebbce67",
        "assumptions.en.html": "4c66558aa60ef394c1e3b18306fb357d6bf830e8a6171a1259ade46f1c8bfc6d",
        "assumptions.ja.csv": "0db6d86418ae7b63daee824bc78ec647827db88fa29d3cbcef00182a4f1300cc",
        "assumptions.ja.html": "f20209daf4b8b28e4ed7e49b895d3829d14e7f85d086ec17a3bce131449e6e30",
        "case.en.html": "64a576967ff4538be39aa17622956b610af2509e7b3005b490c8112afb5acece",
        "case.en.md": "bc29543f22cb303c7298aedbddcdb09fe6ca80a50cbfe21b21047ce3e11e80a8",
        "case.ja.html": "22e863e25c0182b67a6db877fe4e54f1b6678b6b9461e9ca3d0894f5f74cac14",
        "case.ja.md": "6f94b8beaeb1496fbaae9ef5d9af498e01cd50327e0cf4d9c3c321c88a0fb275",
        "figures.en": "fefb96ba880f9806704620d052f827ccb918e33f6dec85b9a9fe94d55ad0a061",
        "figures.ja": "7cd649750865493ed71fde572f2c54426e0f73f221192fbe89b8c37a14729985",
        "report.en.html": "b2038d85a6a3096d1fa51fb6b7a7fb0bb94881a3add445c05eb55d5b96c55047",
        "report.en.md": "439549a1107397dcc18deeceda60ed45bf7c1673678c3fa6ccea8497e3f76762",
        "report.ja.html": "bf0a9eccbb65030057ba6b5967ba9bb29ae34779bc59d6d4eeceb9ebb2a4fc02",
        "report.ja.md": "7b7828e3619da32b19a032deafd1c71f56b2098955ac5b67da1e1b39e00ca588",
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
