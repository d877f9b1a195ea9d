import type { MonteCarloResult, Scenario } from '@machi/scenarios';
import type { Lang } from '../lang.ts';
import type { Table } from '../table.ts';
import { heading, type Block } from './blocks.ts';

/** The safety score: per variant with its interval, the formula, the weights, and how rankings move. */
export function safetySection(result: MonteCarloResult, lang: Lang, scenario: Scenario | undefined, tab: (t: Table) => Block): Block[] {
  void result;
  void scenario;
  void tab;
  return [heading(2, lang === 'ja' ? '安全スコア' : 'Safety score', 'safety')];
}
