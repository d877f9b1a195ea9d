import { collectProvenance, PRESETS, REASONS, runMonteCarlo, scenarioSchema, simulate, type MonteCarloResult } from '@machi/scenarios';
import { sha256 } from '@machi/sim-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderCase } from './case/render-case.ts';
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
        "case.en.html": "3a98de90856b73b025f50d3dbee04ba712fa10a100460e1e3220a5e1c9138b0f",
        "case.en.md": "01da935e198bebc32b32155faba5aa8098bfd9235c59c882f57cc5577d13ba87",
        "case.ja.html": "b992696e95b54bcdf0f4c78ed2c5e979449169defa2cba8af5642fc91ca491d2",
        "case.ja.md": "d6307a0fecd34c6dba3abeb8820d0e1ea2fd5624bd9960f22241c67633cb1e00",
        "figures.en": "cd3ac350950e525d828f030f1403d232cba716094c1164058672ac0793ae7df7",
        "figures.ja": "bddcc83150d24d9ff90fd25804a1e36ea5a449457721b9ccc0d924bd7a90931a",
        "report.en.html": "0cba701e0dc054e26f9afa95a9a83359b67eec6818d8c0f81a404233292a3889",
        "report.en.md": "3a8af06fbef8b135e313395277f2e9911f3829ee510ab66d3c4bc5c1f441645d",
        "report.ja.html": "922992af0e53b1b89c5fbfe1c99d21984e4462005ad075ab2a9c2a5db72148e1",
        "report.ja.md": "120f3c58c1e93e5d2c0a15bca7467d29ea9932d3d6575d1e242cb51c22116d5f",
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
