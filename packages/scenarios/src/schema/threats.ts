import type { z } from 'zod';
import { HAZARDS } from '../hazards/registry.ts';
import { sectionsSchema } from '../hazards/registry-schemas.ts';
import type { leakCauseSchema } from '../hazards/leaks/leaks-schema.ts';
import type { ransomwareSchema } from '../hazards/ransomware/ransomware-schema.ts';

/** The scenario's `threats`: one section per threat module (ransomware, leaks), in registry order. */
export const threatsSchema = sectionsSchema(HAZARDS, 'threats');

export type Ransomware = z.output<typeof ransomwareSchema>;
export type LeakCause = z.output<typeof leakCauseSchema>;
export type Threats = z.output<typeof threatsSchema>;
