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
        "case.en.html": "7fc9c5ec8266cd51d5984db506f4c8d30dab743e914296a44db513197e0127df",
        "case.en.md": "3e6e2e2140105fc03842fcb795746849618498eb5e4b6b3c4e11559f26b6845a",
        "case.ja.html": "24d411256b60d0d4992d81eeb4c6cee7e5d1ba3822756b80c57f5546a7870fef",
        "case.ja.md": "b042232e5eae2af7bc843d13a972f65ab95e4e79069ba2521b8b534ed762cba2",
        "figures.en": "2ee6b03eadbed695d4f692274269b46d5e6bea72c595a491809aee700569f8f9",
        "figures.ja": "3e9ee051ada112afe04847cc0f2b6324a1cb8654795efbf13d337a02d885a24d",
        "report.en.html": "8ca84c645cb31e39beea6484220bb34d1ffc013bb239d8ecdf329b587a699755",
        "report.en.md": "4bd7acf32a3cc7d9bade0bc91d402d27ca19573764e0d7b243e2a1278c543de5",
        "report.ja.html": "38d6695f5c9f4c47de2f20e1fc3340b187d022a8c75e42254dd5d968e49a646d",
        "report.ja.md": "93b164eedf2bc1a76ff4e8ee8d9a531ad77718269dc1c5147abd5b1d8c900235",
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
