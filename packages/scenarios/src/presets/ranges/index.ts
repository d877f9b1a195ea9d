export { withRanges, uncoveredNumbers, spreadRange, type Belief, type FixedNumbers, type PresetRanges, type Spread } from './belief.ts';
export { SMALL_TOWN_RANGES } from './small-town.ts';
export { DESIGNATED_CITY_RANGES } from './designated-city.ts';
export { RIVER_CITY_RANGES } from './river-city.ts';
