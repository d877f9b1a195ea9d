import { z } from 'zod';
import { text } from '../schema/sourced.ts';

/**
 * A text in Japanese and English, both required: reports are rendered in either language.
 *
 * @example
 * localizedTextSchema.parse({ ja: '既定', en: 'default' });
 */
export const localizedTextSchema = z.strictObject({
  ja: text({ oneLine: false }),
  en: text({ oneLine: false }),
});

export type LocalizedText = z.output<typeof localizedTextSchema>;
