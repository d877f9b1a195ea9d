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
        "assumptions.en.csv": "7fd5ffefc7ea8be07abda978e145606f2e8e63ae7420327fc504d223066f6e63",
        "assumptions.en.html": "951cc1517346130f1dbb518f8a55c3aff98b4193662bae467a373980b8dd2c73",
        "assumptions.ja.csv": "9a25f0a7929465f43fdf13dc6e2905409bbc9c6ca7bd364dcd551e568bddf269",
        "assumptions.ja.html": "8190c9539b78787da060ae8172fc545b4f9eebd824db2c05b3a1f0b5d56278ca",
        "case.en.html": "a80a39c4d9a13e41edef80f802cddbdb352820460ac3c2c67e8f0d32cf7d5a99",
        "case.en.md": "c4018f67eb0311bbe1daa073cf0c7f0e57ee89a0ecb9fa7e56b722dcd2a0a27c",
        "case.ja.html": "3bc3851eacf0e10f241f34a0049dea5ecc2f8430ce545b7e8f455b11049071f8",
        "case.ja.md": "b352d01adecdd74c66b1cc84eb7d854f13ece5988640fbb423c94c4d289d977e",
        "figures.en": "0616c06eb4761912332036dc533b0f9a35d567ecaf26fba79ffb4577de438ded",
        "figures.ja": "369d0f41432873622489d37dbb09a906a8d48b3cd8404922f98805ddbbb7dd2f",
        "report.en.html": "f38a1e04e13c8cf6358611e36fb28fc9f035c399894dd14659b223c478bb55b2",
        "report.en.md": "665f48337d8e6962db82e18118dbd22c58861ab7ec6748fff98db5d24ae6c89f",
        "report.ja.html": "0ac8e911d117880715e315ebba40095227fe761112139a688251a1287bc7f7f0",
        "report.ja.md": "17c772e2468a973fef9d0d50094763cc0bc34a5b386ae71dd67a7005c5ec07d1",
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
