/**
 * Rounding for what people read — notes, hazard events, the intensities of a case — never for what the
 * model computes with.
 */
export const toHundredths = (x: number): number => Math.round(x * 100) / 100;

/** `x` rounded to tenths, for reading (see `toHundredths`). */
export const toTenths = (x: number): number => Math.round(x * 10) / 10;
