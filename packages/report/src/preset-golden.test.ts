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
        "assumptions.en.csv": "f3a15a0496065ddd16e694f23d64ade93889a71ddc96ce5e86dd2c38dd69f403",
        "assumptions.en.html": "9e52ec3975d2dbf7a90128c4cfa84439c41ffa1533d9dbf8b084b2d981be9942",
        "assumptions.ja.csv": "4d5cd938ae1d507b55a035e43edb3cbd68bb2bbb1145c4938e168693faf1265d",
        "assumptions.ja.html": "0f3c11b9f2f433a6e5cd8546653fb6fc6eb0a24adf1f0f4b2f9f335aabbfde22",
        "case.en.html": "b3fd63b60a1ecf38c858e1a50432327ba4e8c009e53349b04023c65b75ab574c",
        "case.en.md": "f44204932006ef700f14ea0ab831962a1af98d6047ff324650ddffd2ee656396",
        "case.ja.html": "fa4d2c84e24cf38943f2484c023ade9f0acb8c8d64921178300bb5cceb0e6d2a",
        "case.ja.md": "b51f1a15cd8e98d73c8d546061729932e2ccf09ddbd11b214b872bb7fbe6860f",
        "figures.en": "c67b7fc727a9e3224ccda0ba7cdad72b745b50df8bb69bf00a7968fac3668d7b",
        "figures.ja": "dc475fc7ac57d20af021940c9135f3805530f92a8217df6b7bcd3a4e7fe16d5d",
        "report.en.html": "fabe774c5038a524d0a61488314e3775cd535156472cec118910185c09ee5049",
        "report.en.md": "f1be041811f6c62372b04371a52895e9baf7ca3dfab7658f3877eacb878b288a",
        "report.ja.html": "b27f52eb5c28fcf32a2daa5ccbcc3667c3666e1c0d731eed4be83b3c1ec99464",
        "report.ja.md": "3ff033a9d4d8d6d455a4d1b725829c478dc7892cdf109b115abe760133fa57bf",
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
