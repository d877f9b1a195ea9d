import { dateText, quantity } from '../schema/sourced.ts';

/** The calendar time of a scripted event (JST, `YYYY-MM-DDTHH:MM`; checked against the start date). */
export const at = dateText();

/** Hours a scripted event forces (a duration or a repair time). */
export const hours = quantity();
