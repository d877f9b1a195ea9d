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
        "assumptions.en.csv": "422e4945cb0ab0c6be95479543d15e69ac8f8ea53fd084dc81af4c1f0f4115bd",
        "assumptions.en.html": "e8ee1c3c906650305109a71f09dc0b383d99367f0ebeb704d2d19cac55ac726c",
        "assumptions.ja.csv": "ea8d9584b9082212e739618955e8e210fa6b7d2ce0b65fdcad3defff813c3a50",
        "assumptions.ja.html": "7c25789fb75ded056f30d18199f2d2e44de34f82d3a972804924e7b1729b5488",
        "case.en.html": "a80a39c4d9a13e41edef80f802cddbdb352820460ac3c2c67e8f0d32cf7d5a99",
        "case.en.md": "c4018f67eb0311bbe1daa073cf0c7f0e57ee89a0ecb9fa7e56b722dcd2a0a27c",
        "case.ja.html": "3bc3851eacf0e10f241f34a0049dea5ecc2f8430ce545b7e8f455b11049071f8",
        "case.ja.md": "b352d01adecdd74c66b1cc84eb7d854f13ece5988640fbb423c94c4d289d977e",
        "figures.en": "0616c06eb4761912332036dc533b0f9a35d567ecaf26fba79ffb4577de438ded",
        "figures.ja": "369d0f41432873622489d37dbb09a906a8d48b3cd8404922f98805ddbbb7dd2f",
        "report.en.html": "d2c3741c33d641fd1d5159bc84ac367f3d649734018afb7c9efb32bafad2fd4f",
        "report.en.md": "2caa23783265cb94197882661ac8e59c8077162b1da5bf52fd876b1574a58a70",
        "report.ja.html": "409be76db56e1dda69a3b64054398c6cf5d5204b54e956d55115334e6bdb16d4",
        "report.ja.md": "c0fb977d8462b14721a93a6a565d67168e6bab1078ad8be9dd06d9e39ba95dc2",
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
