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
        "assumptions.en.csv": "7f1e710829cb9ed535788ca74dedf68ba9cf70efa54983d6448da03dd3118caa",
        "assumptions.en.html": "7571621fec02a6f56c38a78ada6f7fc84e293ad091c099ba788c80277f1d3756",
        "assumptions.ja.csv": "184f5f5e50c6c7557391cd05e0a54b053d6522fde22dfc313bc1eacb358e293a",
        "assumptions.ja.html": "c78997c82498b195fed25594d5eb42e9aa9c7f182cb98834d4c37ab81f0ebaf7",
        "case.en.html": "c73345845dc53be3a0bc198e9706cf2e0fd511ebbd714a3041061e44aa52955d",
        "case.en.md": "dc1f5ab39f8ab8ec6f6bdb1e0db272af23385687e38f33e4057dd261879f95b3",
        "case.ja.html": "8479d4454d0ee987b509981e94a34e54f5012989d5c96c25ddb4880baf82b231",
        "case.ja.md": "eaff31b367a51eb8d07e89aa5aa431af90252cf1da7388d59679f9f7520211de",
        "figures.en": "735c2c2e7209c8c72c71623782f75c07f749d577318e2a66899e8abb0f81db04",
        "figures.ja": "47a1dee744d9a66fa916feb5b5ba8772e9566114835fc7ce398ca0d174b35006",
        "report.en.html": "7dbb2a6913e54e3b9b982d5436b7b9297ca16c025b27793159c241081a289008",
        "report.en.md": "bcc34328bf8abc6d4695ed7d38e8706c316d55d8359350a1cf723265f17f6093",
        "report.ja.html": "c13e5cd3cd4d9118e03b48029db2b478eddf388bb45b3ab681f2a8aad178cf32",
        "report.ja.md": "d1cef6d49bc0a11c28b4d83547d79e08f0c2b3d51ad7198e589cce094e71821a",
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
