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
        "assumptions.en.csv": "483320e3c077153d58c8553f5deab82f922d679fc91d39a1099e85e33a67def9",
        "assumptions.en.html": "1d45130fe009e03a3de43ec1a07f9354282dce40406d50c53dfc7e994a3c4280",
        "assumptions.ja.csv": "69f8ac2b8fa2cb324ec76035bc761e395df7ad19123200e0adc85691f5930be0",
        "assumptions.ja.html": "3e2d680aefd463d38906daaba457eccf530b0a239ba99fe9ffce92f70b7f4123",
        "case.en.html": "9f9eab5a1e1ef9b1a8832df371a9719f4c0a6235da0af74c30a9c4dedd881f3d",
        "case.en.md": "1d686f4f899f6a7f1ff8281617e0e0cca1c35aa7c005351e0aefeb89d6051733",
        "case.ja.html": "0ce410dd6398a04da6057bce0f9575e2580855f1757a523db672bb7ef049daf3",
        "case.ja.md": "42392329616fdfac1043d16ec101b6f63d3934d0fc95764000709aa70fdf25cc",
        "figures.en": "7fda681e401fe40cd4637a36f0adb6604ba0fc0555ba0e5125f118e54faf21c4",
        "figures.ja": "43f934ba0ba3ed0c2297fc9995b12de97ed115dfaf7f01cbd377dadaf5f66a09",
        "report.en.html": "5ab0cf1e20aee6e8326cfa8764c0d45ca40301c6b563fbf8ba5e65a659159f24",
        "report.en.md": "0aab76af04dabbf413135caa35c6a2637bc2ece1829fa6dbfe8b55a70135f1a1",
        "report.ja.html": "20ef6fa43611b35a78dd268f37864eed7a139b68973565b443688fdc475c6b53",
        "report.ja.md": "b722be19bcd475c4cd00132a9d2a60afc5be7b3690c090989dc8de760b4436c4",
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
