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
        "figures.en": "3fbf0890ece99230ea01bcb105c4b942336dfb82dab294ef657411248b09d802",
        "figures.ja": "e6d7c9a67d3ba2f050b270b0e7b4c220075302a9e40124984d2de26fc1508060",
        "report.en.html": "d990b4ec0ae4bcbb7eec4903f92eabd861f5688134577d95704135526f4d27c1",
        "report.en.md": "28679a8748fd8649334072e57931deb4abdf1d68e783270f0672136cdff81a49",
        "report.ja.html": "787cd6395cd2f3d8ba724426f783554a7690bfda45cb6f249d0c4833c9cb1809",
        "report.ja.md": "3acdfb741130aee5e294eb7891f8cc591f52bcf1892dd7f12b4432f76fba18b6",
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
