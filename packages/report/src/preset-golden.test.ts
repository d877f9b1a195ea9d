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
        "assumptions.en.csv": "2e1f18372aea9c21707d0a11729dde767e021438bbe2117daa4947f38551e7a8",
        "assumptions.en.html": "8f65196e6feddf832eadd24731730b05ef1b26c67eb91f27c8067b06be57026d",
        "assumptions.ja.csv": "6c13cd837524706d3acfc2a4dd99096cb004e2d8273e816044811e226d6b7aeb",
        "assumptions.ja.html": "c6a9f1cc1865c6ee38c0ec4a56259956b65e1218e4f6accbe6fe56aa7558a2ca",
        "case.en.html": "64a576967ff4538be39aa17622956b610af2509e7b3005b490c8112afb5acece",
        "case.en.md": "bc29543f22cb303c7298aedbddcdb09fe6ca80a50cbfe21b21047ce3e11e80a8",
        "case.ja.html": "22e863e25c0182b67a6db877fe4e54f1b6678b6b9461e9ca3d0894f5f74cac14",
        "case.ja.md": "6f94b8beaeb1496fbaae9ef5d9af498e01cd50327e0cf4d9c3c321c88a0fb275",
        "figures.en": "5758222ab7eb3960c2b02b3a041b1603ee321584d30ea87910332b9aa747a39d",
        "figures.ja": "fd33e22e7b64e0602aa4e9859c928a1aae663d185bd40f83e949444d9c226bd5",
        "report.en.html": "123cbc3dc9961ae0543cbb173ead0d4a5def7be09d635f1c39923165d341c863",
        "report.en.md": "30599e3d25e1ec410417003578bc4019e94d0703ec36e68e9dd9b495ecef3ca1",
        "report.ja.html": "521e19e1bc59ff034ab860d0ec4a00b716965f0ea2be9b0302f589ffe5e5c25b",
        "report.ja.md": "55e17973dc0bb4a0cb07d9072a8c0a8ecca4b638bb0ca77d7048c88f26a29e14",
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
