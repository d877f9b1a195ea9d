import type { ScenarioInput } from '../schema/index.ts';
import { designatedCity } from './designated-city.ts';
import { riverCity } from './river-city.ts';
import { smallTown } from './small-town.ts';
import { DESIGNATED_CITY_RANGES, RIVER_CITY_RANGES, SMALL_TOWN_RANGES, withRanges } from './ranges/index.ts';

/** Presets are shared module data: freeze them so a caller's edit throws instead of changing every later run. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * The built-in scenarios by name, as written (numbers carry `{ value, source }`) and deeply frozen:
 * validate one with `scenarioSchema.parse` before simulating it, list its sources with
 * `collectProvenance`, and edit a copy (`structuredClone`).
 *
 * @example
 * const scenario = scenarioSchema.parse(PRESETS['small-town']);
 */
export const PRESETS: Readonly<Record<string, ScenarioInput>> = deepFreeze({
  // Each preset's numbers with their ranges (`ranges/`): the beliefs a study of input uncertainty varies.
  'small-town': withRanges(smallTown, SMALL_TOWN_RANGES),
  'designated-city': withRanges(designatedCity, DESIGNATED_CITY_RANGES),
  'river-city': withRanges(riverCity, RIVER_CITY_RANGES),
});

/**
 * Names of the built-in scenarios, in a fixed order.
 * @example presetNames(); // ['small-town', 'designated-city', 'river-city']
 */
export const presetNames = (): string[] => Object.keys(PRESETS);
