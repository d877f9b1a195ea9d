import type { PolicyDecision } from '@machi/scenarios';
import { actionLabel } from '@machi/report';
import { alignColumns } from './align-columns.ts';
import type { Context } from './context.ts';

/**
 * A policy's decision for one outcome as a person reads it: one line per required action (its name in
 * the context's language, its deadlines, the rules that require it), then the basis of each rule once,
 * with its kind, whether it is confirmed and its source. The JSON of `machi classify --json` holds the
 * same facts for scripts.
 *
 * @example
 * classifyTable(evaluatePolicy(jpMunicipalPolicy, { kinds: ['outage'], personsAffected: 0, criticalDowntimeHours: 30 }), ctx);
 */
export function classifyTable(decision: PolicyDecision, ctx: Context): string {
  const { t, lang } = ctx;
  if (decision.actions.length === 0) return `${t.classify.noActions}\n`;
  const rows = decision.actions.map((a) => [
    actionLabel(a.action, lang),
    a.deadlines.length === 0 ? '–' : a.deadlines.map((d) => t.classify.deadline(d.stage, d.days)).join(t.classify.listSeparator),
    a.rules.join(', '),
  ]);
  const bases = new Map<string, string>();
  for (const a of decision.actions) {
    a.rules.forEach((rule, i) => {
      const basis = a.basis[i]!;
      if (!bases.has(rule)) bases.set(rule, t.classify.basis(rule, basis.kind, basis.confirmed, basis[lang], basis.source));
    });
  }
  return `${alignColumns([t.classify.columns, ...rows])}\n${t.classify.basisHeading}\n${[...bases.values()].map((line) => `- ${line}\n`).join('')}`;
}
