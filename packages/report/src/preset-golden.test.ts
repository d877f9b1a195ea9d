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
        "assumptions.en.csv": "cbb3c116a40ad0ca577a01a40193afc969fb6e76204547e56a066269edca8f43",
        "assumptions.en.html": "cab5e393ba46188562ca1e21ad3e1dbac446d2d922caa2c6c8467e17d4687481",
        "assumptions.ja.csv": "0b0719fdc7292217d35c3736efc5c25fb8e46221ebd7cd6ae35f5e2444e10fc2",
        "assumptions.ja.html": "ee97a9d4034a5f9bbb2002772bf125593533086da690482e950b81207ad34f57",
        "case.en.html": "8d5ccb299e10b3e44d7d86a4f8fbd09a8b237bbb2e4ef6fb08e8e82a915a89ff",
        "case.en.md": "0d3d591e0043555b9d857336ba0d8a0a40af6659042d5779904f2d10d626eed7",
        "case.ja.html": "9d430b37432a12143327bbd164913ad7886ba8a0f8109e5cfa75f281d4fc4ad3",
        "case.ja.md": "803a1cde204d8bed8563d26ee972ef6103c846f1056967e3e0b26fde7fbd3547",
        "figures.en": "c69faaf28eb691e35c6d848316ee9a2cdf47c73a1233dc293517149445719ec2",
        "figures.ja": "3a28a4fa9a5b142588713fbde4532492b0211655a876cca65905b4d6f5ea348c",
        "report.en.html": "b7d845b0cbe61a135ed2bb20d6dab23e19880c873f0a729db1bf6f2a173cd49c",
        "report.en.md": "d3c2e82ef48f4ca6b946aad7619e8360626f3dc7b3aa397998f9ecbccbd7c09c",
        "report.ja.html": "9e17f454073510eb5438c5669f475558aed88f1c185aac5c6164fbe4fde822ba",
        "report.ja.md": "e2c8f40004cc64c03d6f8c9f5fa41bd58e2ea2ed149d2cadfe7c5bf536cf32e0",
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
