import { ACTIONS, columnName, type Action, type VariantTable } from '@machi/scenarios';

/** How to choose the year of a virtual case from a Monte Carlo table. */
export type PickRule = 'typical' | 'worst' | 'p99' | `action:${Action}`;

/** The replication-year chosen, and what it was chosen among. */
export interface PickedYear {
  readonly rule: PickRule;
  /** The metric column the rule ranks (`costYen`, `downtimeHours`…). */
  readonly by: string;
  readonly replication: number;
  /** Simulated year, 0-based. */
  readonly year: number;
  /** The chosen year's value of `by`, as stored in the table. */
  readonly value: number;
  /** Replication-years ranked: all of them, or those with the action for `action:X`. */
  readonly candidates: number;
  readonly replications: number;
  readonly years: number;
}

/**
 * A `--pick` text as a rule: `typical`, `worst`, `p99` or `action:<action>` with one of `ACTIONS`;
 * undefined for anything else.
 *
 * @example
 * parsePickRule('action:pressConference'); // 'action:pressConference'
 * parsePickRule('action:party'); // undefined
 */
export function parsePickRule(text: string): PickRule | undefined {
  if (text === 'typical' || text === 'worst' || text === 'p99') return text;
  const action = text.startsWith('action:') ? text.slice('action:'.length) : undefined;
  return action !== undefined && (ACTIONS as readonly string[]).includes(action) ? (text as PickRule) : undefined;
}

/** The action of an `action:<action>` rule; undefined for the other rules. */
export const pickRuleAction = (rule: PickRule): Action | undefined => (rule.startsWith('action:') ? (rule.slice('action:'.length) as Action) : undefined);

/**
 * The row (replication · years + year) that `rule` picks among `rows` (default every row) of `values`.
 * Rows are ranked by (value, row index), so ties go to the lower replication, then the earlier year,
 * and the choice is the same on every run; NaN values are skipped.
 * - `worst`: the largest value (the first such row on ties).
 * - `p99`: the order statistic of rank ⌈0.99·n⌉ (1-based) — the smallest value that at least 99% of
 *   the n rows do not exceed (the inverse empirical distribution, Hyndman & Fan type 1): the
 *   1-in-100 year.
 * - `typical`: the order statistic of rank ⌈0.5·n⌉ — the lower median; its value is the median (the
 *   lower of the two middle values when n is even), so no year is closer to it.
 * Undefined when there is no row to rank.
 *
 * @example
 * pickRow(Float64Array.of(3, 9, 1, 9), 'worst'); // 1
 * pickRow(Float64Array.of(3, 9, 1, 9), 'typical'); // 0 (values ranked 1, 3, 9, 9: the 2nd)
 */
export function pickRow(values: ArrayLike<number>, rule: 'typical' | 'worst' | 'p99', rows?: readonly number[]): number | undefined {
  const candidates = (rows ?? Array.from({ length: values.length }, (_, i) => i)).filter((i) => !Number.isNaN(values[i]!));
  const n = candidates.length;
  if (n === 0) return undefined;
  if (rule === 'worst') {
    let best = candidates[0]!;
    for (const i of candidates) if (values[i]! > values[best]! || (values[i] === values[best] && i < best)) best = i;
    return best;
  }
  const ranked = [...candidates].sort((a, b) => values[a]! - values[b]! || a - b);
  // Integer numerators: 0.99·n in floating point can land just above a whole number and skip a rank.
  const rank = rule === 'p99' ? Math.ceil((99 * n) / 100) : Math.ceil(n / 2);
  return ranked[rank - 1];
}

/**
 * The replication and year of a variant's Monte Carlo table that `rule` picks by metric `by`:
 * `worst`, `p99` and `typical` as in `pickRow` over every replication-year; `action:X` the typical
 * (lower-median) year by `by` among the years whose `action.X` column is > 0 — "a year with a press
 * conference", neither the mildest nor the worst of them. Undefined when no year qualifies (an empty
 * table, or no year with the action). Pure.
 *
 * @throws RangeError for an unknown rule or a column the table does not have.
 * @example
 * const picked = pickYear(result.tables[0], 'worst', 'costYen');
 * simulate(scenario, { variant: picked.variant, seed, replication: picked.replication, trace: true });
 */
export function pickYear(table: VariantTable, rule: PickRule, by: string): PickedYear | undefined {
  if (parsePickRule(rule) === undefined) throw new RangeError(`rule must be typical, worst, p99 or action:<action>, got ${JSON.stringify(rule)}`);
  const values = table.columns[by];
  if (values === undefined) throw new RangeError(`unknown column "${by}"; known: ${table.names.join(', ')}`);
  let rows: number[] | undefined;
  let base: 'typical' | 'worst' | 'p99';
  const action = pickRuleAction(rule);
  if (action !== undefined) {
    const name = columnName({ kind: 'action', action });
    const column = table.columns[name];
    if (column === undefined) throw new RangeError(`the table has no column "${name}"`);
    rows = [];
    for (let i = 0; i < column.length; i++) if (column[i]! > 0) rows.push(i);
    base = 'typical';
  } else base = rule as 'typical' | 'worst' | 'p99';
  const row = pickRow(values, base, rows);
  if (row === undefined) return undefined;
  return {
    rule,
    by,
    replication: Math.floor(row / table.years),
    year: row % table.years,
    value: values[row]!,
    candidates: rows?.length ?? values.length,
    replications: table.replications,
    years: table.years,
  };
}
