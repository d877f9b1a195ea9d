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
        "assumptions.en.csv": "190a817160305dcfade20e6573a883b81106f1b680fc6b8086a0b54a2ec8eaa8",
        "assumptions.en.html": "ea9d2c636c8f9b7adea36fd0eaf8dc3f5d66a19d525556301d0ef6287243eeaa",
        "assumptions.ja.csv": "234fbb8cfa472ccd9917dc325820e18c08aada1f34118eda809faec4d4db121b",
        "assumptions.ja.html": "bb3aec1ec546921cd4f3ba48b9c6921314243c0d52d36db5a87899b0e903c262",
        "case.en.html": "b797c8d182093af715659a534bb8606949bff000df9230ba30ebd1f85b9cf1ca",
        "case.en.md": "ddc8eeb14eede0cfb15e5b382de328e98e6f8735d45ba9abc11b769b29b51a6b",
        "case.ja.html": "5950741c9b6158d81e1842182d8bf8b93cd55e37096a58f4d37e991b023b9b59",
        "case.ja.md": "c161e8485695e02d38024a164f1e615c52358bdd7765059cd2ca746e595c31b1",
        "figures.en": "d86ce9e1b3714abf980c9899d687e42b376acc29f13f33d4554c6d8da0d7c7de",
        "figures.ja": "8f951ccc04d23bc9694bb62abcdff80985426efbd354b63f6a5f84015c1be7ec",
        "report.en.html": "43ffb447b576a571d63b350c918e60e11a857c90995d1928928afd4df7572aa8",
        "report.en.md": "d044ee665b083a3a8842f326f59d69957915aa7d61a55fb0ed799fe139e9c9e7",
        "report.ja.html": "48f723a84dea35ef1d85eefe0849dcb9530b0e620d29a4f59138ee7b1d1d4eb4",
        "report.ja.md": "873914f8f8a78684bb19c6a022763cde506c05fb70225dec10e7b5df790914c6",
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
