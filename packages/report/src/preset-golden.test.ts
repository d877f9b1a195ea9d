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
        "assumptions.en.csv": "de78952fc1174920b7f377e054371a8802a860ddfca7b9388f241356f9360610",
        "assumptions.en.html": "98d92c2eea5d064b2d4b28ae22be9c2ec68349dc6b066685c0dac824d53468ff",
        "assumptions.ja.csv": "0f4d144cecb3a65561d55ffb712371befeed51da1a22ede0618e20ded13ecaae",
        "assumptions.ja.html": "865762345a147d9a54d4244d554f5cbc4f09c3925b21c08d67de1de3cd490326",
        "case.en.html": "0fa1335c96f0c10c0a3abaa104faea5cdb4263b1d9f46033810f905283fa9d17",
        "case.en.md": "1ffb444a86473d8fc8317ced0f32a5f2ae1072f6c6699e94127b718148958df1",
        "case.ja.html": "cfebb11f8b8f1f93a5128d91ab41e728721e7cc554552f9012b78ebc9f96440c",
        "case.ja.md": "90e4e3ac3a86bcb6309f934f9b80b492a0238d2e520e95048a678c101f18f887",
        "figures.en": "315f0d5c5ca22e3d133f59d3af757dd56f8e23d6057f82a814dd6e8aab051ddb",
        "figures.ja": "6c3e25042501cd5dec9f95cff85de87b9ff05f9d7d2bde26125b715fe2d52c12",
        "report.en.html": "bd6df3596982e85ce7a7742f58e8bf54f184c014517a2a2bc979d089abae5bf3",
        "report.en.md": "e84112330acb6a0f34b54fd37702f54ed53cad98c8b488476b5d597ad264da8b",
        "report.ja.html": "95cb8a59c485b68441c27de0a087eadbc11d6b3161b8c46593900477db47c3ca",
        "report.ja.md": "3915f4e1233dac2eff6c75292f5cd884b0265a19eabd8b04bf6e3cb8c7577d6e",
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
