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
        "case.en.html": "3bb74d4a616b270e49c994921df35adc4dd5c90706570c16b52586ce39af2286",
        "case.en.md": "ac1a63fd03e925d5885554e536225c3d33fdaff20abc64fd5fa7b87baf203241",
        "case.ja.html": "0a595dc6c66e82157080e57715ded25b5797ce9950159119ea15776fb95a3245",
        "case.ja.md": "296263ce312f9e70527f45525f9727569f400664045e65b66577ef28957d3003",
        "figures.en": "177e6a997b99c553dbcd8a14d416bba94e99ceef1061b121b6f7d79eb2a19bef",
        "figures.ja": "60e54e1496d76722d9814a241bb9144eacbf464ce0159d60ee590fa45d23edda",
        "report.en.html": "bdafd02c68d595221b15bc2efafea389402b4e7ca5bda4f924a382399046e7a6",
        "report.en.md": "f182feb8091eac9ad7ad300a1cc27c50ab8eb92e15d2bb6253fa9a7b0437d8c5",
        "report.ja.html": "25add863c60af54cb6298fcf51bbd74bf63d6570388d5cba0b93d2fdede7aae9",
        "report.ja.md": "03b44c61443b44e9ac146cd1f3ec4a7d553ce5de78818f3d6b0fde14d3617a09",
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
