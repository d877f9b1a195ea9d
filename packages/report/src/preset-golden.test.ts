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
        "assumptions.en.csv": "9b2e5fdbd353c8be7ec62a703537a3105f8b7b3c3d4b8b2583e0a1b713b238e2",
        "assumptions.en.html": "22c3a71f06ba1d148c5d202b4b91fbed508d6d632e3496c5e1c58e445cafbf11",
        "assumptions.ja.csv": "777178486c234e13d9c2487caabc4d715066306983f5b804c05430c6fdd3e8e2",
        "assumptions.ja.html": "06ceeb18ecca6864df4fb0acb2d7084fd7cf6e91ef754e086dbd39c70c3b72ff",
        "case.en.html": "a8328ac51c51e1ae91bbcf09d9db2c2a23494b0c0652288f35cce504855f8932",
        "case.en.md": "f44204932006ef700f14ea0ab831962a1af98d6047ff324650ddffd2ee656396",
        "case.ja.html": "673f22a1a55c693c5885641e45fe0130108236dc06fa86a23d4e3678e615d266",
        "case.ja.md": "b51f1a15cd8e98d73c8d546061729932e2ccf09ddbd11b214b872bb7fbe6860f",
        "figures.en": "b086171073f0a5f993492c695b963c01b9081c7a3751b4151580838b0b8a123c",
        "figures.ja": "d60e2be8bb8bd71072d1f14e504762a4cea91e7dae9aeef939272188a267de3f",
        "report.en.html": "24d66c3ac024aca9969818053b1e4109876e77e059587298873c8e2c60a134a4",
        "report.en.md": "2ad792140b7ee41a06b173fee0f7aeb7d8a5614fad539d1cbbd8799cc55496a2",
        "report.ja.html": "4f4bb0464872de464a90bc00d30ce64381bbfcaf22e9268c0a53a97f34fd77b8",
        "report.ja.md": "ca646848b13ed6bec6b9ad7ef2fcd0adeaf6dadcb27f935169a1c6411b8e2b4b",
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
