import { NOT_LEGAL_ADVICE, resolvePolicy, type Scenario } from '@machi/scenarios';
import type { Lang } from '../lang.ts';
import { heading, list, type Block } from './blocks.ts';

/**
 * What the numbers do not say: intervals are Monte Carlo noise only; policy results are not legal
 * advice; the legal points of the policy that are not confirmed, each by rule.
 */
export function limitsSection(lang: Lang, scenario?: Scenario): Block[] {
  const ja = lang === 'ja';
  const items = [
    ja
      ? '信頼区間はシミュレーションの試行回数による誤差だけを示します。発生率・被害・費用などの入力の不確かさは含みません。'
      : 'Confidence intervals show Monte Carlo noise only, not the uncertainty of the inputs (rates, damage, costs).',
    ja
      ? '100年に1度程度などの値は、シミュレーションした年数の1/10より稀な頻度については示しません(外挿しません)。'
      : 'Return periods longer than a tenth of the simulated years are not reported (never extrapolated).',
    NOT_LEGAL_ADVICE[lang],
  ];
  if (scenario) {
    const policy = resolvePolicy(scenario.policy);
    for (const rule of policy.rules) {
      if (!rule.basis.confirmed) {
        items.push(ja ? `未確認の法的論点: ${rule.id} — ${rule.basis.ja}` : `Unconfirmed legal point: ${rule.id} — ${rule.basis.en}`);
      }
    }
  }
  return [heading(2, ja ? 'この結果の限界' : 'Limits of these results', 'limits'), list(items)];
}
