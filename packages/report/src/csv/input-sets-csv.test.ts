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
      "﻿design [design],input set [index],line-dc › faultAnnualRatePerRoute [links[0].faultAnnualRatePerRoute],townhall › generatorFailureProbability [sites[0].generatorFailureProbability],registry › annualCostYen › public-cloud [systems[0].annualCostYen.public-cloud],annual cost (running + incidents): Town-hall server room [onprem.costYen],annual cost (running + incidents): Housing [housing.costYen],annual cost (running + incidents): Government cloud [cloud.costYen]
      sobol-scrambled,0,0.2,0.1,1500000,5000000,10000000,15000000
      sobol-scrambled,1,0.1,0.2,1200000,4000000,9000000,14000000
      "
    `);
    expect(text('ja').split('\r\n')[0]).toMatchInlineSnapshot(`"﻿計画 [design],前提の組 [index],line-dc › faultAnnualRatePerRoute [links[0].faultAnnualRatePerRoute],townhall › generatorFailureProbability [sites[0].generatorFailureProbability],registry › annualCostYen › public-cloud [systems[0].annualCostYen.public-cloud],年間費用（運用+インシデント）：役場サーバ室 [onprem.costYen],年間費用（運用+インシデント）：ハウジング [housing.costYen],年間費用（運用+インシデント）：ガバメントクラウド [cloud.costYen]"`);
  });

  it('writes the numbers in full, so a re-analysis reproduces the study', () => {
    const precise = { ...study, rows: [{ ...study.rows[0]!, inputs: [0.1 + 0.2, 1 / 3, 1500000] }] };
    expect([...inputSetsCSV(precise, { lang: 'en' })].join('').split('\r\n')[1]).toBe('sobol-scrambled,0,0.30000000000000004,0.3333333333333333,1500000,5000000,10000000,15000000');
  });

  it('guards against formulas in names from the scenario', () => {
    const hostile = structuredClone(scenario) as unknown as { links: { name?: string }[] };
    hostile.links[0]!.name = '=HYPERLINK("http://x")';
    expect(text('en', hostile as never)).toContain(`"'=HYPERLINK(""http://x"") › faultAnnualRatePerRoute [links[0].faultAnnualRatePerRoute]"`);
  });
});
