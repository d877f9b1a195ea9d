import type { Scenario } from '@machi/scenarios';
import type { Lang } from '../lang.ts';

/** What every chart takes besides the result. */
export interface ChartOptions {
  /** Language of every text drawn: titles, axes, legends, description. */
  readonly lang: Lang;
  /** For the names of variants (their `label`) and services; ids or the hosting models' usual names without it. */
  readonly scenario?: Scenario;
}
