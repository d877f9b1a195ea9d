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
        "case.en.html": "e5011bcec004836b5c47fba39736b22a881e156f7d9c08769d7a254fc15c9694",
        "case.en.md": "f52635430b79f12f002e1eef416ce92f0105a179ba6c69be01cd9277a22d083f",
        "case.ja.html": "ee050ac22fd36f92032be8c4fe00c4b82ba86845fb26007dbf1d47011d856267",
        "case.ja.md": "81b7f4341f27c8c5c5f4f3fbf51801e2b801972c712c6b9188d625363a6d1286",
        "figures.en": "314e88c00bbf630de07d3bac8dac3ce132295209e653cced3b67b8eac8a5ba5d",
        "figures.ja": "2a806ecdffbd21a3188ea1bb9df1197f26d2d8b038ff111b6157bf9b7fe3bda8",
        "report.en.html": "cdfb869f3e4f5c2379e6cab123f89663ed4b4b3fcc1743a932e67ec4d71d7b06",
        "report.en.md": "50f85177f3af454339dfe0a7bb09626069ad6d92cd1a75fb5a86c0458e83c840",
        "report.ja.html": "9f5ab9f45374a12ab2585b6eba93fe639a761b756d52856e7154d6c5fa749115",
        "report.ja.md": "a11aec415368d9954cf5989e1993dea0678873130b195c57eb4bbe258c4b96b8",
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
