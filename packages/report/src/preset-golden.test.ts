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
        "assumptions.en.csv": "902f681961ee75f16953dd3b2fbb6122ac976e8a13a2b65f34aa99a0490dc6ed",
        "assumptions.en.html": "1c21ea12895b89a53e638cbddabd94a3ee43118fe3e0cf1c8a562fd6ff5a0b51",
        "assumptions.ja.csv": "abe9069c9d2a76a0eda1b0975f8a148a4e6119943d0b194348a2475ca48eaec1",
        "assumptions.ja.html": "9ff2fcaa7d0514fc5adbf647e8dfc965409fc31e07a712a549f6d3c6768f2963",
        "case.en.html": "9f9eab5a1e1ef9b1a8832df371a9719f4c0a6235da0af74c30a9c4dedd881f3d",
        "case.en.md": "1d686f4f899f6a7f1ff8281617e0e0cca1c35aa7c005351e0aefeb89d6051733",
        "case.ja.html": "0ce410dd6398a04da6057bce0f9575e2580855f1757a523db672bb7ef049daf3",
        "case.ja.md": "42392329616fdfac1043d16ec101b6f63d3934d0fc95764000709aa70fdf25cc",
        "figures.en": "7fda681e401fe40cd4637a36f0adb6604ba0fc0555ba0e5125f118e54faf21c4",
        "figures.ja": "43f934ba0ba3ed0c2297fc9995b12de97ed115dfaf7f01cbd377dadaf5f66a09",
        "report.en.html": "a4ebc5490384f2eaa4b392c34a4645bda1ff5c02066dd0862bf2f852d9bb6e47",
        "report.en.md": "1964b170c6e8225b21ab017c0fc86223ff83d9050898727ad0843cdd56239c9c",
        "report.ja.html": "19911804702f01fb1d33600de5dfd86b10d47214de3255234a8b5ad7d2d36582",
        "report.ja.md": "fd02269ec4b1654c113d2624bb12d19dd000c5c4e32866510e1ba57f89fdbb06",
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
