import type { ScenarioInput } from '../schema/index.ts';

type VariantInput = NonNullable<ScenarioInput['variants']>[string];
export type MeasureInput = NonNullable<VariantInput['measures']>[number];
type BackupInput = Extract<MeasureInput, { kind: 'backup' }>['backup'];

/**
 * A second independent route on the line to a variant's hosting site. Every option that reaches its
 * systems over a line gets it, so the comparison is of hosting, not of line redundancy; the route is
 * paid at the line's own cost per route (the model prices it, nothing is added here).
 */
export const secondRoute = (link: string): MeasureInput => ({
  kind: 'line-routes',
  link,
  routes: {
    value: 2,
    source: 'assumption: a second carrier or path on the main line, given to every option that has one so the options are compared like for like',
  },
});

/**
 * An alternate office opened within `setupHours` of the town hall becoming unusable, at the scenario's
 * `bcp.alternateOfficeSite` with its own lines (priced by the model: the site's and its lines' costs).
 */
export const alternateOffice = (setupHours: { value: number; source: string }): MeasureInput => ({ kind: 'alternate-office', setupHours });

/** One more copy of `systems`' data (its site's fixed cost is priced by the model once the site is in use). */
export const extraCopy = (systems: readonly string[], backup: BackupInput): MeasureInput => ({ kind: 'backup', systems: [...systems], backup });
