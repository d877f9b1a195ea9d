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
        "case.en.html": "3a98de90856b73b025f50d3dbee04ba712fa10a100460e1e3220a5e1c9138b0f",
        "case.en.md": "01da935e198bebc32b32155faba5aa8098bfd9235c59c882f57cc5577d13ba87",
        "case.ja.html": "b992696e95b54bcdf0f4c78ed2c5e979449169defa2cba8af5642fc91ca491d2",
        "case.ja.md": "d6307a0fecd34c6dba3abeb8820d0e1ea2fd5624bd9960f22241c67633cb1e00",
        "figures.en": "314e88c00bbf630de07d3bac8dac3ce132295209e653cced3b67b8eac8a5ba5d",
        "figures.ja": "2a806ecdffbd21a3188ea1bb9df1197f26d2d8b038ff111b6157bf9b7fe3bda8",
        "report.en.html": "8198c46e6acd6f59e1f6be0df69e1f4ae326da9ed352876368cc700713f7988c",
        "report.en.md": "a876d719c72c0cbbf534dbf944d7cfd432862d613ed9ce68691d81f391d5a1a3",
        "report.ja.html": "3ca53c1b3dc75d2b637ee37567ffd2264cb409b876542e2ae4ce458b898c4502",
        "report.ja.md": "a1cf3700d79301fc325069a8fa23f857927d14c1832a635dd17b97b6a716a8f1",
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
