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
        "assumptions.en.csv": "af6dbc411b65e8a1a2cc5ad57303fdaa2644514d195a08f880a79171ca9bd7e2",
        "assumptions.en.html": "9542ec172f1ee08677967bee435a33ae3a057a91676b8484ef7403f4d4f9605e",
        "assumptions.ja.csv": "9c7bcbdfb33e1a5c6e55a0f2aac1482b0f15065d1f26918fa4e9f5ba776edc8e",
        "assumptions.ja.html": "c8e0edbc3e9f9126bc7faa3eaeabddd8f367ff12bd89f956c78bafa24bb59d6a",
        "case.en.html": "a8328ac51c51e1ae91bbcf09d9db2c2a23494b0c0652288f35cce504855f8932",
        "case.en.md": "f44204932006ef700f14ea0ab831962a1af98d6047ff324650ddffd2ee656396",
        "case.ja.html": "673f22a1a55c693c5885641e45fe0130108236dc06fa86a23d4e3678e615d266",
        "case.ja.md": "b51f1a15cd8e98d73c8d546061729932e2ccf09ddbd11b214b872bb7fbe6860f",
        "figures.en": "485780e8048408c91625021f3e417dc2e49f7b4b0ff103d7af2ed47425346d22",
        "figures.ja": "a99e5c91fbbcc656ed62afaa889df8dbb24e385841277656e6ce6549b76c7f00",
        "report.en.html": "5a15461168914fb57178659da37c7fccb4429bf83c9f5e9a853fcac655ab1435",
        "report.en.md": "e3c9fe8d4492575b528ffdd450cdfba4a308d7ee92c2b5eeb063dfccf09ef45f",
        "report.ja.html": "fcc59df3deacc57a6c3bae92ac5b36fad83c2cad8dcaab5101e7ceeb728c6c41",
        "report.ja.md": "f73323fe0c30fef109c6d5359091efdc8c0358044099708acb7f9f937393e842",
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
