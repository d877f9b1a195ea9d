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
        "assumptions.en.csv": "3370e05eb2d31f63e6103cdf3d63cdffa178b3a0159aef7df8ebab0bcc12792f",
        "assumptions.en.html": "adf811b6700eba9cd24c6f812e9b4d7789892ee06ff74721e9a48acbfb2d897c",
        "assumptions.ja.csv": "fd9ac8bb86da04cc0a56cf14d7a95e1acebde24a13f8768d71b6015f5568480b",
        "assumptions.ja.html": "dc77d300bebf182ced212ae7c80876fd6e696b395ceb77ce6398a8d91eab14e7",
        "case.en.html": "fdeafd6b8a3630870f13e908582c292f42d3d60501ff36a24a4c99729f5f42e3",
        "case.en.md": "1d686f4f899f6a7f1ff8281617e0e0cca1c35aa7c005351e0aefeb89d6051733",
        "case.ja.html": "41d1396ff13ba77f6b0f967406d16b0511e0463f391549edb7fb154fc749531a",
        "case.ja.md": "42392329616fdfac1043d16ec101b6f63d3934d0fc95764000709aa70fdf25cc",
        "figures.en": "598c936109a4379fa7bd5cf789625cf20247d9f1634f1a7ed0f9bef73e3dacaf",
        "figures.ja": "27a5bc13fc7dd7f5294bec3962da804bbd6084c81286b8f7c7dc5395a7f75302",
        "report.en.html": "0b3fcaaeee8a6228ab9a5acd7740bf0c6b33c9c7afb6370ba9900ee7efe767fe",
        "report.en.md": "2420ecd4dbf09f497a83c66fa4e0522e3cfb529bde018bb1f464fe1103669b48",
        "report.ja.html": "1096c7e85130cf441d836e1b347ce4c2b71bb3c46277f276c14be9ed5927468d",
        "report.ja.md": "177e05363160acf36c126f53a223d028b97deea64c1d6c194f987debb7e91de3",
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
