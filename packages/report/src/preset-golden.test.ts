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
        "assumptions.en.csv": "82a335e7aa90259888dc4696a6f66be44c2e8aeaefe264051d1e12b37e75ab75",
        "assumptions.en.html": "80038dc9adf1efba82e4721e3b0c02c2d5ee3a08ebe8b318ef8c335a2560d50a",
        "assumptions.ja.csv": "a0a10a9e50dc4a3ca2732909efcd16f31baa7bea79d5018a9602d14694f18932",
        "assumptions.ja.html": "bcc685ffe35f3e15854ba0436de29b4585535b1a45ebf96e10f4d1caa25bdfce",
        "case.en.html": "0000436f381608b245acde6e2e71343058c8e107c8b1f3a407d349a94d46d74d",
        "case.en.md": "cb064195c5c021599a044098b86f418c5f05dac509564ca38bc27bbf75fd07a7",
        "case.ja.html": "7cef48de8adbf7177f7737805ff3c3493db1ee61da4cfe6cea36ca40e289f2a9",
        "case.ja.md": "9f78d4d9408d58f6220f8c7499aec0200f485cf28c601058a4084f6a2c393a07",
        "figures.en": "2fdd67442a677bb91a5e26c967d3d1dad79735b73b6fc2c36a19c0eb1a664988",
        "figures.ja": "8c77c63bc613cc86368a17e49c69c63815c3f4edcf3d4d83be1444b482afffdf",
        "report.en.html": "81302367526959a1c26921b8ffa8a32dcfe13ece18982ad3de98a9fde938a01c",
        "report.en.md": "125e9853c99321b8ba87579d28cf23f844959522baef999e2a72105ab611ffcb",
        "report.ja.html": "c651723f441fcc1d6132ca25741a3a1eeacfdf50d2e9b5d26ad9a90332f76a41",
        "report.ja.md": "f68bcf871c9975e6089e049de7be9b716c0e659e03995cc6ce642f6d33da5c61",
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
