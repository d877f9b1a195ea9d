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
        "case.en.html": "10de484108afffe9a78de864923cafaae9316394e3e2ebd5da8a4e9ff37d0389",
        "case.en.md": "76147de5d32bcf7ffc721d75aefece1d203ce6ffcc5b9416ddd67555b484c7e7",
        "case.ja.html": "11dbf80a834243ec3c9486f4b771b583b0b97cc425c595db837b03c6cb7f06a7",
        "case.ja.md": "f5ee0c635e973f866d050ef029e1de994769b8e2e8d4390e50cc5706d48e83c3",
        "figures.en": "a700f4b84ceefe740751a35110e0c2d1674450e8e1b6232c826f728b2c20fc53",
        "figures.ja": "1d8ac22169aaefe7e332781e9e8f8ba0179bc4f47d4243f49cd32d6ff725f60c",
        "report.en.html": "5e8e7d63fe6187a374fc76ad289cf0affce6471055901c5aaf031cde2184a286",
        "report.en.md": "3e71264d0dee01f422e757d82339731356fe7ed0973f5b6aba13637c62d85134",
        "report.ja.html": "97f132b6b79c8713cc72d303d5692ee80c140f8739a02a79309a543d0ed29773",
        "report.ja.md": "2136dd707d2ee9f09143afc291273d2a0e976a078c4d9b919e94da6f36471604",
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
