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
        "assumptions.en.html": "db99ebbf49009f033c8622e1b29c2b2d4fc5f8028c50cdaf714924ead83fbbc4",
        "assumptions.ja.csv": "2c5764ca46cd1f2f13da7ea637b3dbb7e562bf20444d15385ca38d697bc0ad82",
        "assumptions.ja.html": "74480dc9d89662383dbc4b0b9271c3333abd1dc478718d64cba769a431990457",
        "case.en.html": "8ae39f7e9a71b8cace5226c5150c2899237598efe6d597bc93fd356ea74e90f1",
        "case.en.md": "1ffb444a86473d8fc8317ced0f32a5f2ae1072f6c6699e94127b718148958df1",
        "case.ja.html": "df5b56b15c850f01a3e7e3c3c66dbbd65b160bbbc9604a6077de247c7eff62f0",
        "case.ja.md": "90e4e3ac3a86bcb6309f934f9b80b492a0238d2e520e95048a678c101f18f887",
        "figures.en": "a56245e157603578e1987821483c17eb073e9595e01bb102ca369095eb3dd651",
        "figures.ja": "b26e3a3b6ad206263ae6dca9f1139ecadc6a0a6654954030cc71a4dcdcf4efba",
        "report.en.html": "d13b1067085138d02aaf64fd93490b3b4f2c97b279e8f2d4bb1847e965947037",
        "report.en.md": "f703f02b9977f6f218c7fd9008439ebd5d57a5829eff7528d98b0122af83f236",
        "report.ja.html": "b8194a63079b5b75dcbf487ea9c8206894a13ed682ff0865af8a3ed67d3f210b",
        "report.ja.md": "be04fe01adf0daf43f122a1d9d67b986498b9f0ada23dd10103789e573dea2c4",
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
