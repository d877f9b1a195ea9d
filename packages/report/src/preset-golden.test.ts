import { collectProvenance, PRESETS, REASONS, runMonteCarlo, scenarioSchema, simulate, type MonteCarloResult } from '@machi/scenarios';
import { sha256 } from '@machi/sim-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderCase } from './case/render-case.ts';
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
        "case.en.html": "9ef453c489c75ad5357ec419f29968442d6894984782b9e1c367cea7ee22b143",
        "case.en.md": "0a70448264fc4e1708f64543c953ab6a49911ded9ab86c84d6cedd18cd7beeb7",
        "case.ja.html": "1506d34fcb1c767382cdfb87380cb1cd07ed251344e0209968adb8b23e478b32",
        "case.ja.md": "3bcd8f31b5f80c0651367393562023708fdf113eb2ca2103868c07112bbd510a",
        "figures.en": "2fdd67442a677bb91a5e26c967d3d1dad79735b73b6fc2c36a19c0eb1a664988",
        "figures.ja": "8c77c63bc613cc86368a17e49c69c63815c3f4edcf3d4d83be1444b482afffdf",
        "report.en.html": "dc94dfb7c5b3fc6dbdaa3810c0d83139da611437b665ebd328c3cbf78917554f",
        "report.en.md": "6c69666fdf779a3f773eaae609240cfc04d73bfe2d7ff81763596147ad467602",
        "report.ja.html": "a17846a763108bc179f1160664ce2dcc24f9449cb1e95ee3b430a05827984051",
        "report.ja.md": "a7c71ae01503f18428648c7af06d9915efad8453b90c126df7317492f488ef6f",
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
