import { presetNames, variantIds } from '@machi/scenarios';
import { alignColumns } from './align-columns.ts';
import type { Context } from './context.ts';
import { loadScenarioArg } from './scenario-source.ts';

/**
 * `machi presets`: one aligned line per preset — name, town name, population, variants — under a
 * header in the context's language. The figures come from the validated preset, as it would run.
 *
 * @example
 * presetsCommand(ctx); // 'name        town  population  variants\nsmall-town  …'
 */
export function presetsCommand(ctx: Context): string {
  const rows = presetNames().map((name) => {
    const { scenario } = loadScenarioArg(name, ctx);
    return [name, scenario.name, String(scenario.municipality.population), variantIds(scenario).join(', ')];
  });
  return alignColumns([ctx.t.presetColumns, ...rows]);
}
