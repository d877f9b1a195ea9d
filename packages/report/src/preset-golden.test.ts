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
        "assumptions.en.csv": "b24adfff0fade1c32cd97ad657637490fd5d5b5d783007623900b3d853cea28d",
        "assumptions.en.html": "06e06ca614ea4562362b2587be136bf911423f9046191480af0a646193a8ee06",
        "assumptions.ja.csv": "1eac600b282e8e9381b72c30cde534e027e52f8509c5c3ced583c2d175d1c716",
        "assumptions.ja.html": "5f92a974333f1ef18415f1a6e664ebacc1c3416508513c66fb6625b57f49f543",
        "case.en.html": "c73345845dc53be3a0bc198e9706cf2e0fd511ebbd714a3041061e44aa52955d",
        "case.en.md": "dc1f5ab39f8ab8ec6f6bdb1e0db272af23385687e38f33e4057dd261879f95b3",
        "case.ja.html": "8479d4454d0ee987b509981e94a34e54f5012989d5c96c25ddb4880baf82b231",
        "case.ja.md": "eaff31b367a51eb8d07e89aa5aa431af90252cf1da7388d59679f9f7520211de",
        "figures.en": "735c2c2e7209c8c72c71623782f75c07f749d577318e2a66899e8abb0f81db04",
        "figures.ja": "47a1dee744d9a66fa916feb5b5ba8772e9566114835fc7ce398ca0d174b35006",
        "report.en.html": "bea6c9031cc847fbc6432f49fdc669ca89ac1d5ec9b1e6c635ae733380b5cf72",
        "report.en.md": "048ab2d29a33358b893c05ca10b4518233411190ccc1be1f0579819c25506f47",
        "report.ja.html": "3f8ad0454da10890a0c23ba0f6f9199b61e92a6b8402fe95a658361f1028c0f8",
        "report.ja.md": "ea551dd6ae43f7115750bfdace6968cce00df045cc2da9bd19e50da2d63b22d9",
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
