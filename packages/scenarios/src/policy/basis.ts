import { z } from 'zod';
import { text } from '../schema/sourced.ts';

/**
 * Where a rule comes from: `law` (statute or commission rule), `guideline` (official guidance),
 * `practice` (what municipalities are documented to do), `town-decision` (the town's own rule) or
 * `assumption` (no source yet). Reports list every basis that is not `confirmed`.
 */
export const BASIS_KINDS = ['law', 'guideline', 'practice', 'town-decision', 'assumption'] as const;

export type BasisKind = (typeof BASIS_KINDS)[number];

/**
 * The reason a rule exists, in both languages, with the reference it comes from (`source`, e.g.
 * `"[appi-act] art. 68"`, references cited as `[id]`, or a council decision) and whether that reference is `confirmed`
 * for a municipality. Carried unchanged into every decision the rule contributes to.
 *
 * @example
 * basisSchema.parse({ ja: '法68条', en: 'APPI art. 68', source: '[appi-act] art. 68', kind: 'law', confirmed: true });
 */
export const basisSchema = z.strictObject({
  ja: text({ oneLine: false }),
  en: text({ oneLine: false }),
  source: text({ oneLine: false }).optional(),
  kind: z.enum(BASIS_KINDS),
  confirmed: z.boolean(),
});

export type Basis = z.output<typeof basisSchema>;
