import type { Reference } from '../reference.ts';
import { CALIBRATION_REFERENCES } from './calibration.ts';

/**
 * Every reference the presets, the policy and the model cite. Each topic keeps its references in its own
 * file beside this one; add the file's list here.
 */
export const REFERENCES: readonly Reference[] = [
  ...CALIBRATION_REFERENCES,
];
