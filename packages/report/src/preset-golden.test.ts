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
        "assumptions.en.csv": "4a89a0f56289eb9ccc5e03b50c7cd00b2e5aeb5e05c7ac2d915f7011857a2a75",
        "assumptions.en.html": "e4073df4a6508ce10c44a711d4bf6a7ece10745fb9f35739570d096be47bf862",
        "assumptions.ja.csv": "f3530fd4c46a0610a489321c9ad36f6bff320f88cbcabe6a2753240a8b82b62f",
        "assumptions.ja.html": "5951d56e1f035b40c2851951512feabafadc82a591796f9cbae24e75c345ac03",
        "case.en.html": "fdeafd6b8a3630870f13e908582c292f42d3d60501ff36a24a4c99729f5f42e3",
        "case.en.md": "1d686f4f899f6a7f1ff8281617e0e0cca1c35aa7c005351e0aefeb89d6051733",
        "case.ja.html": "41fcf3a38d12316fb8c6696e7f0989a2f0163d6055c699101337ad4e42cd131a",
        "case.ja.md": "42392329616fdfac1043d16ec101b6f63d3934d0fc95764000709aa70fdf25cc",
        "figures.en": "8c982f590d285de33537dec8efbc28ff24975d7f0dedf1aae79ed7abeb1c6573",
        "figures.ja": "e752a6ee590b1822c651bf7ff75362f3ff767849dfc5a3e4711c3bdf81dba438",
        "report.en.html": "d56dd53d6ea8041d7836badb0e8f7eb50a5df6d871844b1e1b0f0cdd2584f75d",
        "report.en.md": "8b1a19eea3e5b633046e5855ebca2a749a3d5902628f5dfa38c466d89a4b3381",
        "report.ja.html": "068a61830548b4ad51e25f933feb7ccdb9a84a474f501dcc704e0c9bedfe0c49",
        "report.ja.md": "c26376975fd342b7c8c636d6fa045614b2b4ffa9fc90ec5b5ed2d024de638938",
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
