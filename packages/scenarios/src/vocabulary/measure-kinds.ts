/**
 * The kinds of measure a variant may take on top of its hosting choice (`variants.<name>.measures`),
 * with the trait the cost model reads: `pricedByModel` — the scenario already prices what the measure
 * changes (a line's routes at its cost per route, the alternate office's site and its lines, a backup
 * site's fixed cost once it is in use), so the measure's own `annualCostYen`/`oneOffCostYen` are only
 * what comes on top (installation, media); otherwise nothing else prices it and the measure must carry
 * its whole cost.
 *
 * Adding a kind: one line here, its schema in `schema/measure.ts`, how it resolves in
 * `schema/resolve-variant.ts`, and its words in each report locale (the type check lists the places).
 *
 * @example
 * MEASURE_KIND_TRAITS['generator-hours'].pricedByModel; // false
 */
export const MEASURE_KIND_TRAITS = {
  /** Independent routes of one line (a second carrier or path). */
  'line-routes': { pricedByModel: true },
  /** An alternate office the staff move to when the town hall is unusable, with the lines from its site. */
  'alternate-office': { pricedByModel: true },
  /** One more copy of some systems' data: where it is kept, how often, online or offline. */
  backup: { pricedByModel: true },
  /** Hours a site's generator runs on its own fuel. */
  'generator-hours': { pricedByModel: false },
  /** A priority fuel-supply agreement: fuel arrives this many hours after a site's own runs out. */
  'fuel-resupply': { pricedByModel: false },
  /** A vendor's contract level: on site within so many hours at any time, or from the next business day. */
  'vendor-contract': { pricedByModel: false },
} as const satisfies Readonly<Record<string, { readonly pricedByModel: boolean }>>;

export type MeasureKind = keyof typeof MEASURE_KIND_TRAITS;

/** Every measure kind, in the table's order. */
export const MEASURE_KINDS = Object.keys(MEASURE_KIND_TRAITS) as readonly MeasureKind[];
