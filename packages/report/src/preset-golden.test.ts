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
        "assumptions.en.csv": "4b89633e7d00dbb2016754186f13603a3fcb60d012807d9c453ebb487019db1e",
        "assumptions.en.html": "45225aedf8027e52a44e9ef5257f3449c7d040c63d853064afe59db3af436b56",
        "assumptions.ja.csv": "ba8d94fd7551a5b39a4ec6aa433455d5d16c9d77f2fcd1c01442939fff1635d7",
        "assumptions.ja.html": "34084c4cba47318ebfb30c23ade32d9ae94cb14d75f227d3dba2f9edcdf18355",
        "case.en.html": "b797c8d182093af715659a534bb8606949bff000df9230ba30ebd1f85b9cf1ca",
        "case.en.md": "ddc8eeb14eede0cfb15e5b382de328e98e6f8735d45ba9abc11b769b29b51a6b",
        "case.ja.html": "5950741c9b6158d81e1842182d8bf8b93cd55e37096a58f4d37e991b023b9b59",
        "case.ja.md": "c161e8485695e02d38024a164f1e615c52358bdd7765059cd2ca746e595c31b1",
        "figures.en": "30d829b3f9eba09afca59e7f93fdcac16938ac80a030d39779732bf1ea7ba2b6",
        "figures.ja": "5f2d75c2262bfce95c02f6ddec225e5a2cb6298f4dbe6e8f28bcc71769927ba4",
        "report.en.html": "f05f7ea25c2599884a96e36f7f03b2bf924a01a9ecdb8c226885946709d62265",
        "report.en.md": "728d2fc36e084e5d1e2a92ae5af3a9d2dff9698ea3d69552c46e8955e2b93d3f",
        "report.ja.html": "c4dec17cf18a227f411bf0c0cfbab2b90c94eb302e9ef45052025c0392a17e60",
        "report.ja.md": "ab5858d3d288f27e5ad0d7aa941afc0633aa3a1a46f28ef0ac7b26c584b13e1f",
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
