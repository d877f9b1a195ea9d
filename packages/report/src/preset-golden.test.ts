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
        "assumptions.en.csv": "4f57eba423f77aacb4421c156d451fedb2b9aec382431b7f87a1cef3d38469b4",
        "assumptions.en.html": "74a8f1b42670470770ac5590cf433f5daccc4f5c7a6574462e6afe8f54506422",
        "assumptions.ja.csv": "17a429c19aff34041dafefe7d0f14857713a69353f967cb456d11a7b5b2969c2",
        "assumptions.ja.html": "e347ddb64fed85d55f33f563c8a6fe282b407536501fd5d89430bcbe62b440c2",
        "case.en.html": "fdeafd6b8a3630870f13e908582c292f42d3d60501ff36a24a4c99729f5f42e3",
        "case.en.md": "1d686f4f899f6a7f1ff8281617e0e0cca1c35aa7c005351e0aefeb89d6051733",
        "case.ja.html": "41d1396ff13ba77f6b0f967406d16b0511e0463f391549edb7fb154fc749531a",
        "case.ja.md": "42392329616fdfac1043d16ec101b6f63d3934d0fc95764000709aa70fdf25cc",
        "figures.en": "9cda1074b3b610b5014b8e9734e5db8445d93b56a137b781bd638ca28150fea9",
        "figures.ja": "a069f9254e588a2360c087ed358c78df1fad2440bddadc66b128fa908c45fe7c",
        "report.en.html": "666a7ed05fe08a94338f369a20475dec92a216173f9d6c302e259868d8626fe8",
        "report.en.md": "e10ddfdf96c0935f80be44d6d0014bebfd64ff781ebde32ae4f509f8fcbfec50",
        "report.ja.html": "f57b8f570aca49237a837a55d592a15048e4f0b44cf292613d15507bb79f2243",
        "report.ja.md": "d895b1fb05b4fbdb9db2f24a159bdc0d397ab22e4f0f7a51835ad0739a364ed0",
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
