import { COMMON_BELIEFS, COMMON_FIXED } from './common.ts';
import { FLOOD_BELIEFS, FLOOD_FIXED } from './flood.ts';
import type { PresetRanges } from './belief.ts';

/** The ranges of `river-city`, by scenario path: the shared beliefs, and those of its river floods. */
export const RIVER_CITY_RANGES: PresetRanges = {
  beliefs: [...COMMON_BELIEFS, ...FLOOD_BELIEFS],
  fixed: [...COMMON_FIXED, ...FLOOD_FIXED],
};
