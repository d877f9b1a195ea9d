import { z } from 'zod';

/**
 * A text in Japanese and English, both required: reports are rendered in either language.
 *
 * @example
 * localizedTextSchema.parse({ ja: '既定', en: 'default' });
 */
export const localizedTextSchema = z.strictObject({
  ja: z.string().min(1),
  en: z.string().min(1),
});

export type LocalizedText = z.output<typeof localizedTextSchema>;
