import { z } from 'zod';
import { customIssue } from './custom-issue.ts';
import { backupSchema } from './system.ts';
import { id, label, list, nonNegative, positive, routeCount, yen } from './sourced.ts';

/**
 * What a measure costs beyond what the scenario already prices (see `MEASURE_KIND_TRAITS`): a yearly
 * amount, and a one-off amount spread over the years it serves (`lifeYears`). Both reach the variant's
 * running cost (`runningCostYen`) as yen a year.
 */
const costFields = {
  /** A name for the measure in reports; absent = the kind's words and its target. */
  label: label().optional(),
  annualCostYen: yen().optional(),
  oneOffCostYen: yen().optional(),
  /** Years a one-off cost is spread over (the equipment's or the contract's life). */
  lifeYears: positive().optional(),
};

const lineRoutes = z.strictObject({ kind: z.literal('line-routes'), link: id(), routes: routeCount(), ...costFields });
const alternateOffice = z.strictObject({
  kind: z.literal('alternate-office'),
  setupHours: nonNegative(),
  /** Its site (with lines `from` it); absent = the scenario's `bcp.alternateOfficeSite`, if any. */
  site: id().optional(),
  ...costFields,
});
const backup = z.strictObject({ kind: z.literal('backup'), systems: list(id()).min(1), backup: backupSchema, ...costFields });
const generatorHours = z.strictObject({ kind: z.literal('generator-hours'), site: id(), hours: nonNegative(), ...costFields });
const fuelResupply = z.strictObject({ kind: z.literal('fuel-resupply'), afterHours: nonNegative(), ...costFields });
const vendorContract = z.strictObject({
  kind: z.literal('vendor-contract'),
  vendor: id(),
  contract: z.enum(['premium', 'next-business-day']),
  responseHours: nonNegative(),
  ...costFields,
});

/**
 * One measure of a variant: what it changes (a line's routes, an alternate office, one more backup, a
 * generator's hours, fuel resupply, a vendor's contract) and what it costs. A one-off cost needs the
 * years it is spread over.
 *
 * @example
 * measureSchema.parse({ kind: 'line-routes', link: 'housing-line', routes: 2 });
 */
export const measureSchema = z
  .discriminatedUnion('kind', [lineRoutes, alternateOffice, backup, generatorHours, fuelResupply, vendorContract])
  .superRefine((m, ctx) => {
    if (m.oneOffCostYen !== undefined && m.lifeYears === undefined) customIssue(ctx, ['lifeYears'], 'oneOffCostNeedsLife', { oneOffCostYen: m.oneOffCostYen });
  });

export type Measure = z.output<typeof measureSchema>;

/** What a measure adds to the running cost per year on top of what the scenario prices: yearly + one-off / life. */
export const measureOwnAnnualYen = (m: Measure): number => (m.annualCostYen ?? 0) + (m.oneOffCostYen === undefined ? 0 : m.oneOffCostYen / m.lifeYears!);

/**
 * The fields of the resolved scenario a measure sets, as paths (`links.housing-line.routes`): two
 * measures of one variant, or a measure and the variant's own field, must not set the same one. A
 * backup adds a copy rather than setting a field, so backups never conflict.
 */
export function measureTargets(m: Measure): string[] {
  switch (m.kind) {
    case 'line-routes':
      return [`links.${m.link}.routes`];
    case 'alternate-office':
      return ['bcp.alternateOfficeSetupHours', ...(m.site === undefined ? [] : ['bcp.alternateOfficeSite'])];
    case 'backup':
      return [];
    case 'generator-hours':
      return [`sites.${m.site}.generatorHours`];
    case 'fuel-resupply':
      return ['bcp.fuelResupplyAfterHours'];
    case 'vendor-contract':
      return [`people.vendors.${m.vendor}.contract`];
  }
}
