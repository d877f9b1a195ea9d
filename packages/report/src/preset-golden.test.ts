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
        "assumptions.en.csv": "0d49746fde86f8485cf45d2dddce58916a5aab10972d300eb3a402f3d99947e5",
        "assumptions.en.html": "2c512f89fe83ff3f1e8dfdb79aa849eeb84ee10b4cf21893bc1291a3e7a2ecff",
        "assumptions.ja.csv": "5078733bce94c7ac31bda7a8bc1216163056e77665fb8e4457fa26d77a3cec7e",
        "assumptions.ja.html": "7136a2c7dcb8b3789be89f025aec6ca07c6bb52a56260306506c5da548f87f37",
        "case.en.html": "fdeafd6b8a3630870f13e908582c292f42d3d60501ff36a24a4c99729f5f42e3",
        "case.en.md": "1d686f4f899f6a7f1ff8281617e0e0cca1c35aa7c005351e0aefeb89d6051733",
        "case.ja.html": "41d1396ff13ba77f6b0f967406d16b0511e0463f391549edb7fb154fc749531a",
        "case.ja.md": "42392329616fdfac1043d16ec101b6f63d3934d0fc95764000709aa70fdf25cc",
        "figures.en": "c6bc2e4ae3e538962df99eac016cba1d5b2c003b42d5902a1f17e049c5571b42",
        "figures.ja": "8735e6a9710ae5b01635d5c354d09722529f7f7359d47c5dc90b34a1da689103",
        "report.en.html": "506965da86576e5774ab3ffdb7ebf019a39e4e90f23338c02ad32f642e202e83",
        "report.en.md": "807b7c2af3d393a981ba6c3c02683e0f5771e5d2df5e23e72dbe3ba14efd8e31",
        "report.ja.html": "280a1969386cd421f7ff5cada1ef293b088c9e736e0bf78e6cb06fc79f857490",
        "report.ja.md": "083f271d841ae982bb5979d58986eed443b832ea0b8367ca4fdd0ec8b19d4494",
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
