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
        "case.en.html": "0000436f381608b245acde6e2e71343058c8e107c8b1f3a407d349a94d46d74d",
        "case.en.md": "cb064195c5c021599a044098b86f418c5f05dac509564ca38bc27bbf75fd07a7",
        "case.ja.html": "7cef48de8adbf7177f7737805ff3c3493db1ee61da4cfe6cea36ca40e289f2a9",
        "case.ja.md": "9f78d4d9408d58f6220f8c7499aec0200f485cf28c601058a4084f6a2c393a07",
        "figures.en": "05363c5020d88f1b0b9472402a68cddd3af16d9d0f603e19469af31e8a9c3672",
        "figures.ja": "33ce158c72d95e64571edadf1e56dd08ec4a06aaecf6469c6be9d31b84756568",
        "report.en.html": "f3f1192b0314a5ce4b526490bf8e8a9cdd0eb246d885729f91dd265000b5c301",
        "report.en.md": "122320954f8e7033d34a0101ca224c7c55e5a27f4abb6551058b6d67585adbb8",
        "report.ja.html": "9f91cdb72693fa9d214ab164594418f9e7c47e48104a6f0943fc2c631e4dc794",
        "report.ja.md": "8b55fa846b990bb8f480cbb6ddd9862bc3956e8577690126afb0c521644a3bdd",
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
