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
        "assumptions.en.csv": "0e17370d780a85f13c097f14b357eb099eb1ccd3447797aa34e485829f5ca40d",
        "assumptions.en.html": "8d4651602bac27c33247167901d6ae7f1c6f82a814e88f4b1376482ff1869577",
        "assumptions.ja.csv": "a3486e62d31f298e9b055742ef668d22015abc9d523aa79d25cd8d02743fcffd",
        "assumptions.ja.html": "68e263f9bd0703e5400171da9889bfd951220b55e86d974c30a92fce87f71223",
        "case.en.html": "fb4d3cfce3f3926a3807d74988f31207262eed37dcea446e997b67c10bf037ad",
        "case.en.md": "dc1f5ab39f8ab8ec6f6bdb1e0db272af23385687e38f33e4057dd261879f95b3",
        "case.ja.html": "c8940bc760be8c8291b9ec4807f00717c89a954e4ad034bc56cd50e9d883ac42",
        "case.ja.md": "eaff31b367a51eb8d07e89aa5aa431af90252cf1da7388d59679f9f7520211de",
        "figures.en": "735c2c2e7209c8c72c71623782f75c07f749d577318e2a66899e8abb0f81db04",
        "figures.ja": "47a1dee744d9a66fa916feb5b5ba8772e9566114835fc7ce398ca0d174b35006",
        "report.en.html": "ae83a25e0568c90441bb0b4fbb5afed449eeb4726bcdc4ddb6d0307410c5276c",
        "report.en.md": "e1e0f4ad532a15c1e1def0c29a1bf3ba53e5fcb72ef68458471325bd8bb8cfd8",
        "report.ja.html": "2a17fc89475c9910b22a01680cec01bbb5db211f448f1b1b37192b0e374932e6",
        "report.ja.md": "c2663c7666e3503ec658d5800f105638aae8ec8a0828e5e782afab64df6d1c66",
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
