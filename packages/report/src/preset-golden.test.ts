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
        "assumptions.en.csv": "ff3073f9f33b464c140621c4f65b457b425ecdcbedd8880581c4b80572ddb646",
        "assumptions.en.html": "5bec4a32e4206143ea87032c63f34a3293cff454e1c73f4e2a9bac5dcb315fc5",
        "assumptions.ja.csv": "7eeebc43907febffb9f0a3d792c2b37b6cfc8f239a69ad152636d946711dda08",
        "assumptions.ja.html": "8f6658d7938aa50c26d3ab4b8dcf223b25051e0a9dd2b447cebeca0bc5f23a3d",
        "case.en.html": "64a576967ff4538be39aa17622956b610af2509e7b3005b490c8112afb5acece",
        "case.en.md": "bc29543f22cb303c7298aedbddcdb09fe6ca80a50cbfe21b21047ce3e11e80a8",
        "case.ja.html": "22e863e25c0182b67a6db877fe4e54f1b6678b6b9461e9ca3d0894f5f74cac14",
        "case.ja.md": "6f94b8beaeb1496fbaae9ef5d9af498e01cd50327e0cf4d9c3c321c88a0fb275",
        "figures.en": "fefb96ba880f9806704620d052f827ccb918e33f6dec85b9a9fe94d55ad0a061",
        "figures.ja": "7cd649750865493ed71fde572f2c54426e0f73f221192fbe89b8c37a14729985",
        "report.en.html": "136684b1d4a5f192919d3de2911379bbde8217358176a73d7631006bad213683",
        "report.en.md": "86c67ea026fb8828ae35c1228f9e8614bb5e600910554cb86af157cd1acf313b",
        "report.ja.html": "5c2f4553ab248c765b28121d09f963be59f9d41c7a7bf89f1e3876d1228e8052",
        "report.ja.md": "8242a6b2185b3f898d61f23310cad3411daecdc583f98250a3e453d10428d964",
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
