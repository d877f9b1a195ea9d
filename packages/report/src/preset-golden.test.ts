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
        "assumptions.en.csv": "ad5b21a8c08dad07382ac956a1ee1ca7671c1e62d7e8b4436cc7df48cb8594f1",
        "assumptions.en.html": "f01e29cbd4bfd0c0e3348f79ab6e03c53a4b7499424ab78fd68f40c1798a951c",
        "assumptions.ja.csv": "aebdcd345e0d436c92cc309a7a24177d058a09afbc6b8ecc505f97872a00f282",
        "assumptions.ja.html": "7696716f0611fab0e9903959455a2035558f452a216eaf9699cfae7480abfe21",
        "case.en.html": "3b264fc3a07e24180ff8816bbe166e8ba721a0b59dc414c5bcc6c0080a71ad9e",
        "case.en.md": "1d686f4f899f6a7f1ff8281617e0e0cca1c35aa7c005351e0aefeb89d6051733",
        "case.ja.html": "41fcf3a38d12316fb8c6696e7f0989a2f0163d6055c699101337ad4e42cd131a",
        "case.ja.md": "42392329616fdfac1043d16ec101b6f63d3934d0fc95764000709aa70fdf25cc",
        "figures.en": "af81ad095f57a145ab9950f77f7dbad13b40f38d763b1daf4211f56cfae461d1",
        "figures.ja": "a427229de4bdeb599218d2242a3b572b21882d7c211dfb6243cea7c53e6f42ff",
        "report.en.html": "b0f5f35ff5a296c1a81bc2b65a7d587f70b55c0905dbe6a174372739615c6678",
        "report.en.md": "58b206ec7a5b0db90714ba1f69a554bdcfdac7dc8546339ab930dcb689f1fcd2",
        "report.ja.html": "e2d7acafcb79e56140f086e497d5a21ad8ac2df2ff1ea2c5464e4dd7d369a47e",
        "report.ja.md": "416837b03734f0a8fb2bf790b994640dcb662fc40939e31d0e3ac7f6653aa94d",
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
