import type { Lang } from '../lang.ts';

/** What the sensitivity charts and tables take besides their data: the words around a study's input names. */
export interface SensitivityOptions {
  readonly lang: Lang;
  /** The metric whose values (or paired differences) are drawn: sets the unit (`costYen`, `downtimeHours`, …). */
  readonly metric: string;
  /** What the numbers are, in `lang`, e.g. "annual cost: government cloud − on-premises". */
  readonly quantity: string;
  /** The value axis' title (default `quantity`): a short one where the quantity names long option labels. */
  readonly axisTitle?: string;
  /** An input's name for readers (default: the name as the study gives it, e.g. its scenario path). */
  readonly inputLabel?: (name: string) => string;
  /** An input's value as text (default: two significant figures below 10, whole numbers above). */
  readonly inputValue?: (name: string, value: number) => string;
  /** At most this many inputs, the leading ones (default 10). */
  readonly limit?: number;
  /** The figure's id (default `<kind>-<metric>`): unique within a page that draws several quantities. */
  readonly id?: string;
}

export const DEFAULT_LIMIT = 10;
