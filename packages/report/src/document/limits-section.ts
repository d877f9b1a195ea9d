import { NOT_LEGAL_ADVICE, resolvePolicy, type Scenario } from '@machi/scenarios';
import type { Lang } from '../lang.ts';
import { localeOf } from '../locales/locale-of.ts';
import { heading, list, type Block } from './blocks.ts';
import { studiedDesigns, type UncertaintyStudies } from './uncertainty-section.ts';

/**
 * What the numbers do not say: intervals are Monte Carlo noise only — or, with a study of the inputs,
 * what that study varied and what it held fixed; policy results are not legal advice; the legal points of
 * the policy that are not confirmed, each by rule.
 */
export function limitsSection(lang: Lang, scenario?: Scenario, studies: UncertaintyStudies = {}): Block[] {
  const t = localeOf(lang).limits;
  const items = [studyLimits(studies, lang) ?? t.monteCarloOnly, t.noExtrapolation, NOT_LEGAL_ADVICE[lang]];
  if (scenario) {
    const policy = resolvePolicy(scenario.policy);
    for (const rule of policy.rules) {
      if (!rule.basis.confirmed) items.push(t.unconfirmed(rule.id, rule.basis[lang]));
    }
  }
  return [heading(2, t.heading, 'limits'), list(items)];
}

/** What the studies covered (the uncertainty study's when both are given: it samples every input), or null without one. */
function studyLimits(studies: UncertaintyStudies, lang: Lang): string | null {
  const study = studies.uncertainty ?? studies.sensitivity;
  if (!study) return null;
  const designs = studiedDesigns(studies);
  const u = localeOf(lang).uncertainty;
  return u.limits({
    ranged: study.numbers.ranged,
    coordinates: designs[0]!.coordinates.length,
    fixed: study.numbers.fixed,
    fixedAssumptions: study.numbers.fixedAssumptions,
    design: localeOf(lang).list.and(designs.map((d) => u.designs[d.method])),
  });
}
