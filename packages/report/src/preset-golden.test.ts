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
        "case.en.html": "170eb9862d6e957016711ceebe354b290b0e69995417a2f9f6b576eb25df1ca0",
        "case.en.md": "df88949c65f1e36268c06657dd4dd71207ea165d721f5dcc6af59f1a75123768",
        "case.ja.html": "61891c615b711104a1d0c0443da6f55c9deceb72c8a86419d1664ce8f31ccc51",
        "case.ja.md": "2e208ed785a86876f15f3d7067e4cd7c2317078e2f41567d1b4311fdfc1396ac",
        "figures.en": "adc2324e717ecd87000ff4308548ac7030842efc9d2a0af1679c33f6bdf48389",
        "figures.ja": "f312e4a858e72d4445837585bf29991485e65d1c8adcee94d6321ae224a734b4",
        "report.en.html": "01970cafde5062a2bb3518601df7586dd3e1269e4709e51733cf44172564cbe3",
        "report.en.md": "6b840d4881c9ba3ac1b29a229d70bc368e2533f139fd0796906f6e0227ffc035",
        "report.ja.html": "89b1d6ee1e57cd3162a2688dac927374732afb579a1175ea726e237da517ee56",
        "report.ja.md": "d37e4c96042a9f95afca8924e8a059a9ca73210d70354a90f1b3baed830febc3",
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
