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
        "assumptions.en.csv": "f3a15a0496065ddd16e694f23d64ade93889a71ddc96ce5e86dd2c38dd69f403",
        "assumptions.en.html": "edfb13fd39887f24990e60b170a37863c7d0bcc72e35e81c156933990f626f15",
        "assumptions.ja.csv": "2530488667097312bbe334245dc40cda90f290dfccaaa2ffff0f767b7edea0ab",
        "assumptions.ja.html": "d1e0188f5e87ea4c4f57c99c2110f90ea85d0a63273a83d83d5e6e2c2fe9a57f",
        "case.en.html": "a8328ac51c51e1ae91bbcf09d9db2c2a23494b0c0652288f35cce504855f8932",
        "case.en.md": "f44204932006ef700f14ea0ab831962a1af98d6047ff324650ddffd2ee656396",
        "case.ja.html": "74ead0b7b426f6403a9cd35de1c7cb3bbd6c87a05d35006080eaf5cf799fc43a",
        "case.ja.md": "a800e01689a22c349f39e419fc4754b1b426b944a56ed36678c8c698a02614c5",
        "figures.en": "485780e8048408c91625021f3e417dc2e49f7b4b0ff103d7af2ed47425346d22",
        "figures.ja": "66ef570e6ab6fd81dd351d630b854c94619cbd77ab34a3a5e21ae8d2400286eb",
        "report.en.html": "54985f23ed827d24865161dbfa9a11f5bd9b40612b50099c3617831f75b1ad27",
        "report.en.md": "9194c926e10607b0a945497cf4acca16deced115f6aa4f1227081238df3cd641",
        "report.ja.html": "fa6de6ba2130d9d099ccdf141d208591c26e6beacb8aea08d6bd7bb9daf42b23",
        "report.ja.md": "53b50c47b8fab1249b68c5fc2558bde3c4081ebbf2ed768fa80f9c8e931e16dd",
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
