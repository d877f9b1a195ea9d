import { describe, expect, it } from 'vitest';
import { handBuiltScenario } from '../test-support.ts';
import { handBuiltUncertainty } from '../uncertainty/test-support.ts';
import { inputSetsCSV } from './input-sets-csv.ts';

const study = handBuiltUncertainty();
const scenario = handBuiltScenario();
const text = (lang: 'ja' | 'en', s = scenario) => [...inputSetsCSV(study, { lang, scenario: s })].join('');

describe('inputSetsCSV', () => {
  it('has one row per input set: design, index, one column per input, then one per output, UTF-8 with BOM', () => {
    expect(text('en')).toMatchInlineSnapshot(`
      "﻿design [design],input set [index],"Line ""line-dc"": Faults per route (per year) [links[0].faultAnnualRatePerRoute]","Site ""townhall"": Generator failure [sites[0].generatorFailureProbability]","System ""registry"": Annual cost › Government cloud [systems[0].annualCostYen.public-cloud]",annual cost (running + incidents): Town-hall server room [onprem.costYen],annual cost (running + incidents): Housing [housing.costYen],annual cost (running + incidents): Government cloud [cloud.costYen]
      sobol-scrambled,0,0.2,0.1,1500000,5000000,10000000,15000000
      sobol-scrambled,1,0.1,0.2,1200000,4000000,9000000,14000000
      "
    `);
    expect(text('ja').split('\r\n')[0]).toMatchInlineSnapshot(`"﻿計画 [design],前提の組 [index],回線「line-dc」: 経路あたりの故障（年あたり） [links[0].faultAnnualRatePerRoute],拠点「townhall」: 発電機の故障 [sites[0].generatorFailureProbability],システム「registry」: 年間費用 › ガバメントクラウド [systems[0].annualCostYen.public-cloud],年間費用（運用+インシデント）：役場サーバ室 [onprem.costYen],年間費用（運用+インシデント）：ハウジング [housing.costYen],年間費用（運用+インシデント）：ガバメントクラウド [cloud.costYen]"`);
  });

  it('writes the numbers in full, so a re-analysis reproduces the study', () => {
    const precise = { ...study, rows: [{ ...study.rows[0]!, inputs: [0.1 + 0.2, 1 / 3, 1500000] }] };
    expect([...inputSetsCSV(precise, { lang: 'en' })].join('').split('\r\n')[1]).toBe('sobol-scrambled,0,0.30000000000000004,0.3333333333333333,1500000,5000000,10000000,15000000');
  });

  it('guards against formulas in names from the scenario', () => {
    const hostile = structuredClone(scenario) as unknown as { links: { name?: string }[] };
    hostile.links[0]!.name = '=HYPERLINK("http://x")';
    // The name stands inside the field words' label, quoted; a cell is a formula only when it starts with one.
    const heading = text('en', hostile as never).split('\r\n')[0]!;
    expect(heading).toContain(`"Line ""=HYPERLINK(""http://x"")"": Faults per route (per year) [links[0].faultAnnualRatePerRoute]"`);
    expect(heading.split(',').some((cell) => /^"?[=+\-@]/.test(cell))).toBe(false);
  });
});
