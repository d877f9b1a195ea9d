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
        "case.en.html": "4a4a08d3935c0b71f9397085717b2e11c731f0a312c499381f3b28194e36291a",
        "case.en.md": "75be4b96a5088ecc22db1425cf0c6bcdace7049380ac7493a1c83df9df5018c2",
        "case.ja.html": "c823e3974927dccad8541a613c1d1eaf9098a9a60fdb7f32a05122d201bfcc1d",
        "case.ja.md": "034db9d4cbfabf45e4d3208948743db5cf53330feb1eaf060e7462e4d7c1edff",
        "figures.en": "9c480bb75053aad65b16c2268a8bf8586288b8d123948ed811fc07e9ad32697e",
        "figures.ja": "408dca5610848a72261710f96823c311c3876b38c055ae2b758e53c566f00531",
        "report.en.html": "ab40017568ea9f8a0aaae73f8ec0b9db1b50ddc616ed2e8dad755c9636800654",
        "report.en.md": "9b7a879a52218b2df7aa92d45a14a4bcae0ed3b16e7243061997247296e9e12b",
        "report.ja.html": "babd1b92bee69dd0791dd6ca5a3bbd39ecb42801aa05e6d7c60f5c988d9275ee",
        "report.ja.md": "5a0cbdfd36065fd2e428dd0f3f3ba1f13da8760d1828ba058242138fc2def52b",
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
