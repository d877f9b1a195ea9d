import { z } from 'zod';

/** The calendar time of a scripted event (JST, `YYYY-MM-DDTHH:MM`; checked against the start date). */
export const at = z.string().min(1);

/** Hours a scripted event forces (a duration or a repair time). */
export const hours = z.number().min(0);
