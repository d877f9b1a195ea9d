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
        "assumptions.en.csv": "67c71e889c70f9c3ba5fc7aa907996e2e289df8bae2a648826afd7c5de6c5068",
        "assumptions.en.html": "7dfaeaceaab81c36100ce4ed5ae1ac7c11371ad08efeafa6de2b0d2a9bf16625",
        "assumptions.ja.csv": "8f53e82e799183ddbcf28f7af124c8dd3e6296fccb14088c9563c62a039b03df",
        "assumptions.ja.html": "18dd211c02aa4b5099f571d935226b61e444eed204c5d96987933455cc84176e",
        "case.en.html": "e4d7a1474f5e4f4d5f81d85121490367ac897b50444fc0e2a05ffc93dae6151a",
        "case.en.md": "bc29543f22cb303c7298aedbddcdb09fe6ca80a50cbfe21b21047ce3e11e80a8",
        "case.ja.html": "54ea425da6905a6ce0d4c6abac917c7c2fd7a07771047958101e51bc43b1754d",
        "case.ja.md": "6f94b8beaeb1496fbaae9ef5d9af498e01cd50327e0cf4d9c3c321c88a0fb275",
        "figures.en": "fa6e1efa26bcdf23f04ab1e7cd78fb75fefdef6d3c9808c1ec30722a72188a56",
        "figures.ja": "026f264599c5d8d58efecfe875e5ebdb321632d9b939ac6639173acfe61fd61e",
        "report.en.html": "657df1d423b096c1324e551412067e6ea6814fcdbff02837ffe47bd39953b412",
        "report.en.md": "9b75a230fbe3f526e20ae9b50fc20e20330cc5e34c2de1462a4a03aab8ee3bf6",
        "report.ja.html": "2d6ecfddd8c6fb3798e23065e9d5469d374ee06ab9d4d0dbf4d3fc5b3131376b",
        "report.ja.md": "6a949e6fc2094ab44be152b39acc1bc6d835cd242c46fdd365f232d1f0c961f2",
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
