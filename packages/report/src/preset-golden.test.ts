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
        "assumptions.en.csv": "29796936ad630a39d62f9c1c4b7128cac9e85ba8064ceb28a1cfeeeec5680f5a",
        "assumptions.en.html": "79a4b39aef755e4434bfbc296e7f252c778279631e675d18cba5b1c5976d9e24",
        "assumptions.ja.csv": "461a6e9c62f9b7ec01958832e6392610035bcd7df0e96c9c7f506c98e3dda453",
        "assumptions.ja.html": "0d8e86db30b5eb0be07359bfa67f55de307cdc2a05618bbed79b546710fd33e4",
        "case.en.html": "9964e814b3083eaed7d3f282d5c7fcb329177020fed024cf61adc90a1c58012c",
        "case.en.md": "acd85fd19c176666e71288fe6ff1a964b3caf54a41c008d7dbf49ba562c9a05c",
        "case.ja.html": "2170155c4776f45597bcff286120bd4e68ab8d73b29553ddce48fa245dd0125c",
        "case.ja.md": "b21400f2ba3b433464a79a0a567dd6daabc3074866e4281e9b1d129b86dde091",
        "figures.en": "97648c3f4248d341aa48d35b900aabde5e5d68c84377c55c0320104d4a4a5e77",
        "figures.ja": "6a747615b49b877bed0f4e6187de64a99a17fd6511a95c97f048f6a8f97d429b",
        "report.en.html": "1507715505b458f501e281f612dbddad03dca8e21e0b612ecc960f6457e3623b",
        "report.en.md": "f427fcc47f6bd7c9ab1f141aeb7ef673d6b9a5137415ea924b0ef58706862cdf",
        "report.ja.html": "2392bfb61189b2ca7dc76b0562c74228b48a0281d1d89523e42564396b4d4ef0",
        "report.ja.md": "5be8611c9581c12235953f6aca4fc8fc71c2ce12fe5ec4b1e280d22ccc8d5fde",
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
