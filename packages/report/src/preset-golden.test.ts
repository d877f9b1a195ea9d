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
        "assumptions.en.csv": "434b16309e218ac1344fbaac474fcbcf62e9bd4461ebfcf706bbdd47b36e66c2",
        "assumptions.en.html": "43dd6ddf14859e477d4cd38146b1703a7a17873acc68d567dcf950d816d7bc30",
        "assumptions.ja.csv": "640356bd4bd931d17be175a2adf83f0602d34a8e6bf526d15394007860573686",
        "assumptions.ja.html": "49ce6d310fe33c3cce4c67675aaab7551d7541c5d30ac011b2152764fa95f73f",
        "case.en.html": "a8328ac51c51e1ae91bbcf09d9db2c2a23494b0c0652288f35cce504855f8932",
        "case.en.md": "f44204932006ef700f14ea0ab831962a1af98d6047ff324650ddffd2ee656396",
        "case.ja.html": "673f22a1a55c693c5885641e45fe0130108236dc06fa86a23d4e3678e615d266",
        "case.ja.md": "b51f1a15cd8e98d73c8d546061729932e2ccf09ddbd11b214b872bb7fbe6860f",
        "figures.en": "485780e8048408c91625021f3e417dc2e49f7b4b0ff103d7af2ed47425346d22",
        "figures.ja": "a99e5c91fbbcc656ed62afaa889df8dbb24e385841277656e6ce6549b76c7f00",
        "report.en.html": "ac7bbe4fc487dee6682938bd8e9c9c4a72f732b1a5698ee320f7780efdf219c6",
        "report.en.md": "0990e3d9557006013fb70e9f8b802faa22557dee10dfdf560542e8f5bf0ae46b",
        "report.ja.html": "75895811f5c55e73f04d55ceae660aff36695944d41450604a577a2efdeee8bd",
        "report.ja.md": "7cc3aca8dc96c028c5ea9e7f8425900db9685938740c8e90f42ea4bf56e979cf",
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
