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
        "assumptions.en.csv": "dfd9d7ace535b85e628edd66b853a25040fccde599cca7d3f556dde8e8891be7",
        "assumptions.en.html": "cc0931b9eb42c71be9c7ffd90e5846370193a423efef1ddf7f5f1a4cf6789557",
        "assumptions.ja.csv": "685f54638dca7bc55be63a3084de875133a60f0caa2c4fa4cf83993ff420adf7",
        "assumptions.ja.html": "e8dc0fdadabec1dc7d4f3a0f118aae552fbc87fc601b90ba9b772b9070138655",
        "case.en.html": "fdeafd6b8a3630870f13e908582c292f42d3d60501ff36a24a4c99729f5f42e3",
        "case.en.md": "1d686f4f899f6a7f1ff8281617e0e0cca1c35aa7c005351e0aefeb89d6051733",
        "case.ja.html": "41d1396ff13ba77f6b0f967406d16b0511e0463f391549edb7fb154fc749531a",
        "case.ja.md": "42392329616fdfac1043d16ec101b6f63d3934d0fc95764000709aa70fdf25cc",
        "figures.en": "b64a309575fe9bac4df66bbc7bcbb649d93a4ce0e460039a5fef6e9c26d958e3",
        "figures.ja": "50174cff3d68b9b6a29f67096992862823d9418d9c1cfafdb7f29caddfa8ea93",
        "report.en.html": "f45bd863eae8881f97b383c8e258a3c2d84c3c728973e2ff73166abc7e4e2faf",
        "report.en.md": "edcdd5f65dc1b92dadaa8681db0ac7cfd51cbfbf5041b393a23597e272d11c0e",
        "report.ja.html": "bca8e16e4a7e8f985ff5d10ddf86d00ab9077a87cdf87fd8d9d036278097f4e2",
        "report.ja.md": "a858b9188f84d9cdf0809ebf5d7a456399dfb10c5d87b0aac7a784ded9ebc577",
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
