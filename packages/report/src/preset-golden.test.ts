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
        "assumptions.en.csv": "629c149d4c4fe9fa2e068a748ef80221a925af87183e12cd9afada109beeff4f",
        "assumptions.en.html": "df6c1aed1a39abd2fcaf18e0d9338dc71de4ed486aeec0cffd17de2c97f4d0a8",
        "assumptions.ja.csv": "ce8a85b023089d550984cfa1548c0e1de19a97852467fb2ca04a15bab198fd2d",
        "assumptions.ja.html": "d88d7f348521017c1ec9ce0f2bee441a8b5ba1de2ac2e5f4320ac0af2f9b9dc3",
        "case.en.html": "c73345845dc53be3a0bc198e9706cf2e0fd511ebbd714a3041061e44aa52955d",
        "case.en.md": "dc1f5ab39f8ab8ec6f6bdb1e0db272af23385687e38f33e4057dd261879f95b3",
        "case.ja.html": "8479d4454d0ee987b509981e94a34e54f5012989d5c96c25ddb4880baf82b231",
        "case.ja.md": "eaff31b367a51eb8d07e89aa5aa431af90252cf1da7388d59679f9f7520211de",
        "figures.en": "735c2c2e7209c8c72c71623782f75c07f749d577318e2a66899e8abb0f81db04",
        "figures.ja": "47a1dee744d9a66fa916feb5b5ba8772e9566114835fc7ce398ca0d174b35006",
        "report.en.html": "104cb3dbc9430c7d19a68edd370e354edc4837dc469635b50e52e1ac58a545d1",
        "report.en.md": "5753458f364b7782c49ae6492c1d539554068124b67986d7fc720c4fd51b1eec",
        "report.ja.html": "b112cc885f8e4e9d5ab9c1e0aa8d979c8a113bc628667cbadd70acd59b6dca8f",
        "report.ja.md": "40f2c0b769a4baa5f4486d6787e6180f421c66fdcbb9d1267db022fe92c882d0",
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
