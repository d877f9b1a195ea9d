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
        "assumptions.en.html": "edfb13fd39887f24990e60b170a37863c7d0bcc72e35e81c156933990f626f15",
        "assumptions.ja.csv": "beed1b31cff162b38c68831c1bd9cbfbfd799c1b1ded92d3f9a60ea01907074c",
        "assumptions.ja.html": "d3c8238314a8f710fd9168bef4b988145bffd58aa5169a5b1406b625ace66b59",
        "case.en.html": "a8328ac51c51e1ae91bbcf09d9db2c2a23494b0c0652288f35cce504855f8932",
        "case.en.md": "f44204932006ef700f14ea0ab831962a1af98d6047ff324650ddffd2ee656396",
        "case.ja.html": "673f22a1a55c693c5885641e45fe0130108236dc06fa86a23d4e3678e615d266",
        "case.ja.md": "b51f1a15cd8e98d73c8d546061729932e2ccf09ddbd11b214b872bb7fbe6860f",
        "figures.en": "485780e8048408c91625021f3e417dc2e49f7b4b0ff103d7af2ed47425346d22",
        "figures.ja": "a99e5c91fbbcc656ed62afaa889df8dbb24e385841277656e6ce6549b76c7f00",
        "report.en.html": "21893fd6e9ab95d6d7712511107079c431f8ab3cb63df63b9b9c2096f4ed71e7",
        "report.en.md": "1447c47ea54373ae20325cf1d89b67bc4e2c08d47166c2349bdd22846c583d1d",
        "report.ja.html": "0b5e205cec94edc87ab360701bbed2e3ef2cac555f3944c7e5a61664cf2d91ac",
        "report.ja.md": "07d18ef598b819b4ac87e874086892a36ca34c1228ed3093029b5cbf080f70c5",
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
