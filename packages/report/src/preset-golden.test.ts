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
        "case.en.html": "7023042b68a7f18e5a200a0d9e54df749f367dbcb017614a4e2bc27e73407823",
        "case.en.md": "d9b9bc4ad80bbf77f60fe0556a12e29b0e695a4809434692dea947da8c8e2d95",
        "case.ja.html": "38c5b7b946bcb7680028dda1ef6cb7d148efa05cb825b4bed2a968e2a0eba07b",
        "case.ja.md": "e70e47676cc26bfc1e3f3a83b3662c7133cf4d2d5c12f93b924f62cd0ac18942",
        "figures.en": "b1f0e08f1e7e76c52a3e095c589ae2ae845c626175d1e20d1b934f138817bf92",
        "figures.ja": "d42c87191dd584e95fa3327cdd311081d9838d73cabcea9480f9eb5689fd0f05",
        "report.en.html": "f64e756f4c0a6c47481e1e306f9186ec494e49b0e1a39eacc0dd485a6cd91cee",
        "report.en.md": "d50ecf1df1537408cd34fb170a09b4a45f452458d999fff6b5eaf55c7f30fccb",
        "report.ja.html": "55495080a30f5f5d41b8251bd3d7ffcf5a1cb6dc360af55f8758a286cec8ec2c",
        "report.ja.md": "9703b41d4070fd1811c27bf6f4d1cf38c7641243b3e7bbe244c29b82711772b2",
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
