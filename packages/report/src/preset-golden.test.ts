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
        "assumptions.en.csv": "d2e0fa29983655b5259cfcd608992be1fd10e374ecac9fdabec2bdafd47c32b1",
        "assumptions.en.html": "40f9e4ac79c6198352d928ef1d3d36d1028ed3d6ceb9aaa8e0539ad1afd631bf",
        "assumptions.ja.csv": "c3cb449917b12220326c393f6a1ff006fa5ff11ca4bb829516fc50c63f6d844a",
        "assumptions.ja.html": "3a28957e84de37a8a7d5bca4f51ae8d8f66cd211658af74a21dfa22657b1d65f",
        "case.en.html": "a80a39c4d9a13e41edef80f802cddbdb352820460ac3c2c67e8f0d32cf7d5a99",
        "case.en.md": "c4018f67eb0311bbe1daa073cf0c7f0e57ee89a0ecb9fa7e56b722dcd2a0a27c",
        "case.ja.html": "3bc3851eacf0e10f241f34a0049dea5ecc2f8430ce545b7e8f455b11049071f8",
        "case.ja.md": "b352d01adecdd74c66b1cc84eb7d854f13ece5988640fbb423c94c4d289d977e",
        "figures.en": "ccaa7eb9c092de054144a3f10d0af0f6ec09a3db738e2960c1ebce5e4bebe92c",
        "figures.ja": "1945ec278b73e10b4db3e8dd28121bad88264b766d5c06736ccf52681f2992eb",
        "report.en.html": "02946ccb8418f6ae499bbfb4e2fe3b80742544a962a357e9b63589d12ff6739c",
        "report.en.md": "4a51d30ecfe744db8ea2112964648dc4e207c9a7c60901225d81d1e7629bcb42",
        "report.ja.html": "8999985695542ab41167a8bcf824fbf9e9b0cfa19350f152422ad8429fe322ff",
        "report.ja.md": "95b5bc8d6175219da97a36db93cb4221c23f8ca84bc0fc1951e26667e1c86dc3",
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
