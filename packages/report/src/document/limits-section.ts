import { NOT_LEGAL_ADVICE, resolvePolicy, type Scenario } from '@machi/scenarios';
import type { Lang } from '../lang.ts';
import { localeOf } from '../locales/locale-of.ts';
import { heading, list, type Block } from './blocks.ts';

/**
 * What the numbers do not say: intervals are Monte Carlo noise only; policy results are not legal
 * advice; the legal points of the policy that are not confirmed, each by rule.
 */
export function limitsSection(lang: Lang, scenario?: Scenario): Block[] {
  const t = localeOf(lang).limits;
  const items = [t.monteCarloOnly, t.noExtrapolation, NOT_LEGAL_ADVICE[lang]];
  if (scenario) {
    const policy = resolvePolicy(scenario.policy);
    for (const rule of policy.rules) {
      if (!rule.basis.confirmed) items.push(t.unconfirmed(rule.id, rule.basis[lang]));
    }
  }
  return [heading(2, t.heading, 'limits'), list(items)];
}
