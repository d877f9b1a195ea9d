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
        "assumptions.en.csv": "fabe37f6801965efdd22817c6f3686fabb92dc1217673a578e988b421573eb50",
        "assumptions.en.html": "7654f58eef30a0467317af8ccbe3e030f9c322b185df902f1ccffbbb77fcfd43",
        "assumptions.ja.csv": "21781a7b1f374557414f3319786c5dd48ee7c8ac585a172444e366cb3d16e18d",
        "assumptions.ja.html": "faf171c34ad3a730e90dfa2f2ede320098358a3d6a7f83105d9b477c2808c6db",
        "case.en.html": "e0a35fa4fc7cf6b0231facd59ac023cf4bec18696516d57f3bf22d474926411f",
        "case.en.md": "1d686f4f899f6a7f1ff8281617e0e0cca1c35aa7c005351e0aefeb89d6051733",
        "case.ja.html": "8708aab7f30fdba46120c0c8b206705893f7c6c9f1dce93cbc18fd506917a1ca",
        "case.ja.md": "42392329616fdfac1043d16ec101b6f63d3934d0fc95764000709aa70fdf25cc",
        "figures.en": "78de102cf9b87bc8eb209c0eeb4ba899cf6dcbb20e1d83c0f653fdca5a3dde2b",
        "figures.ja": "a4d96b4079ce401e23fb3d91159e35fb7ab3ade0edbe053285d171f60d04a214",
        "report.en.html": "8282bad1b779542796a3a3bbe7bc146f8a090a9feedbd1b0f6f6083e3292e129",
        "report.en.md": "ddd6a77971587b8ea54f857a3406820d1d131de0fd6ef96f5b76e48fadaa848c",
        "report.ja.html": "52bad32fb3427d8dc0e82ec2400a20b0c98a3e52589428bc7c3035479185a003",
        "report.ja.md": "692efdf159ccdca1bda89aef26daf1437feb4483264f8dccab70802343ddc1e1",
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
