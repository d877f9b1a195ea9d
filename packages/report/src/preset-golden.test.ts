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
        "case.en.html": "9bc203cfbbd374fa36dfc4a44b703161531bf1bae12e45bd857aef4c2e47ef4c",
        "assumptions.en.csv": "82a335e7aa90259888dc4696a6f66be44c2e8aeaefe264051d1e12b37e75ab75",
        "assumptions.en.html": "80038dc9adf1efba82e4721e3b0c02c2d5ee3a08ebe8b318ef8c335a2560d50a",
        "assumptions.ja.csv": "a0a10a9e50dc4a3ca2732909efcd16f31baa7bea79d5018a9602d14694f18932",
        "assumptions.ja.html": "bcc685ffe35f3e15854ba0436de29b4585535b1a45ebf96e10f4d1caa25bdfce",
        "case.en.html": "0000436f381608b245acde6e2e71343058c8e107c8b1f3a407d349a94d46d74d",
        "case.en.md": "cb064195c5c021599a044098b86f418c5f05dac509564ca38bc27bbf75fd07a7",
        "case.ja.html": "bec58576d1ac6a60264b92b0aa464a787f27e5ff5b0a8488d49db54e9056c04c",
        "case.ja.md": "9f78d4d9408d58f6220f8c7499aec0200f485cf28c601058a4084f6a2c393a07",
        "figures.en": "e7b0327681e1c58342527b54aac038790cfd254d47a07debe08c12f2553bc9c4",
        "figures.ja": "840540e7b8f905383c87397c501220169e2bf10b304056b52d2bf7efbca8d278",
        "report.en.html": "544eb475f4f9635de75d136604c50b32973155cf6ca9661da5443f05d6e5c414",
        "report.en.md": "badba46b3d0926aeb6717b356886fde8a024c934eb4586d5287f453bedca0fc6",
        "report.ja.html": "9556a5475493e145a3d4fb7d1c9f332d8cea271e285ba988058ab0e5aeba542c",
        "report.ja.md": "d438beabf20bb5c2306937cc516fbff71f3a50c09c06a58989c8f11963d95407",
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
