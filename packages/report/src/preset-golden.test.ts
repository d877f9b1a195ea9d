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
        "assumptions.en.csv": "2b6d085cfd63fe6caa9b935fd2cd0e29d7eb4acaf0f8b4da2bc8c5feb3a3ad14",
        "assumptions.en.html": "52c4a60108a917183482ee4085fbfec13439853ac19536a49466a4d06cb0245c",
        "assumptions.ja.csv": "9c17b8adbc3e26f9414a4ce8bc739f3caf310198c9b06848560d99113f754ead",
        "assumptions.ja.html": "41a0cac05453b578c85389f2ad1d22ddddcdb54c5c718c5b92c86e22a1f409a1",
        "case.en.html": "3b264fc3a07e24180ff8816bbe166e8ba721a0b59dc414c5bcc6c0080a71ad9e",
        "case.en.md": "1d686f4f899f6a7f1ff8281617e0e0cca1c35aa7c005351e0aefeb89d6051733",
        "case.ja.html": "41fcf3a38d12316fb8c6696e7f0989a2f0163d6055c699101337ad4e42cd131a",
        "case.ja.md": "42392329616fdfac1043d16ec101b6f63d3934d0fc95764000709aa70fdf25cc",
        "figures.en": "af81ad095f57a145ab9950f77f7dbad13b40f38d763b1daf4211f56cfae461d1",
        "figures.ja": "a427229de4bdeb599218d2242a3b572b21882d7c211dfb6243cea7c53e6f42ff",
        "report.en.html": "75a14dc4b1f3ab2bfd054bb70c3bf3bf86bb4b1486dbdc6d3698b2e4a0623fb1",
        "report.en.md": "1bd5baefcb388352177220c3ff3b4543f80d5cf89051f6f0ae7d000eaff16fdb",
        "report.ja.html": "9eac6f9868f57b733425b0f328239b928e29af4aa19ebb5d3e4c989928946f6a",
        "report.ja.md": "26a9d2edab90c5135bb69c698a5ae764bc5e7ec9d2a82f780dc848613548a07c",
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
