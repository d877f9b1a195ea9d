import { COMMON_BELIEFS, COMMON_FIXED } from './common.ts';
import type { PresetRanges } from './belief.ts';

/**
 * The ranges of `small-town`, by scenario path: the shared beliefs (`COMMON_BELIEFS`), and the sourced
 * numbers it keeps fixed because their evidence gives one figure without a spread.
 */
export const SMALL_TOWN_RANGES: PresetRanges = {
  beliefs: COMMON_BELIEFS,
  fixed: COMMON_FIXED,
};
