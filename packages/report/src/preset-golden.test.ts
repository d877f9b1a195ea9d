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
        "assumptions.en.csv": "3f3146820dccba1bf12eecd1c57278d7b71aac25d888970ef171769f0dabc131",
        "assumptions.en.html": "7e6a23b6c930d7cfb1fe878ed839abb83e2f6b881f8950cfe362a435c2072f1e",
        "assumptions.ja.csv": "c6d7007855f4a5a7cc7969e451c49de4ea54e078b0c0247ada532d9ea93a9a99",
        "assumptions.ja.html": "640c7d59afdc813190e27e3f42bbccc06ac22b1a2f383e9ba448c3b0eaaa55e4",
        "case.en.html": "e4d7a1474f5e4f4d5f81d85121490367ac897b50444fc0e2a05ffc93dae6151a",
        "case.en.md": "bc29543f22cb303c7298aedbddcdb09fe6ca80a50cbfe21b21047ce3e11e80a8",
        "case.ja.html": "54ea425da6905a6ce0d4c6abac917c7c2fd7a07771047958101e51bc43b1754d",
        "case.ja.md": "6f94b8beaeb1496fbaae9ef5d9af498e01cd50327e0cf4d9c3c321c88a0fb275",
        "figures.en": "072096acd3a92fb4c73105b8de65db9d9a00b9ccaa8fe9aed51288dffe0986c5",
        "figures.ja": "f4ef0d07e0c1784868d51b15de2d288a34bb918269e990c24761d219159cc680",
        "report.en.html": "2ca47dae65402b8d32d19f94fc24f93f492fe6a7b8560e8da0220166e41fd2f8",
        "report.en.md": "cbafce4b4048f09c8a273ccceb52d4352e331b9cdbe59bcb42498c5bf4360efe",
        "report.ja.html": "43fdcb78dc59960eabd1b7ddd4a7b92bc6530c03f3511624ff928aba3ee0d85f",
        "report.ja.md": "f8f98e51e3e00dd6e056a704487569ff0b925ecf73014f553c29bc4b0e9e415b",
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
